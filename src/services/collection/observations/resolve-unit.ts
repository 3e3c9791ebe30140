import { convertUnit, splitUnit, unitDimension } from '../../../domain/numbers/units.ts';
import type { IndicatorInfo } from './import-context.ts';

/** The unit each dimension's values are stored in: amounts are always kept in these. */
const DIMENSION_BASE: Record<string, string> = {
  person: '人',
  person_time: '人次',
  money: '元',
  money_usd: '美元',
  area: '平方米',
  length: '米',
  mass: '吨',
  volume: '立方米',
  energy: '千瓦时',
  power: '千瓦',
  coal_equivalent: '吨标准煤',
  teu: '标箱',
  percent: '%',
  permille: '‰',
  percentage_point: '个百分点',
  age: '岁',
  duration: '天',
  concentration: '微克每立方米',
  money_per_person: '元/人',
};

/** The base unit of a written unit's dimension: 亿元 → 元, 万人 → 人, 万套(间) → 套(间). */
export function dimensionBase(unit: string): string {
  const dimension = unitDimension(unit);
  return (dimension && DIMENSION_BASE[dimension]) || splitUnit(unit).base;
}

const AMOUNT_KINDS = new Set(['ytd_value', 'period_value']);

/**
 * The unit a blank unit cell stands for: the unit the indicator's target is written in (万人,
 * 亿元, 座), % for a growth rate. Null when there is none to take: a growth target (增长5%) says
 * nothing of the unit its amounts (GDP in 亿元 or 元) come in.
 */
export function blankUnitMeaning(indicator: IndicatorInfo, kind: string): string | null {
  if (kind === 'ytd_growth') return '%';
  if (indicator.growthTarget && AMOUNT_KINDS.has(kind)) return null;
  return indicator.writtenUnit;
}

export type UnitResolution =
  | {
      ok: {
        /** In the stored unit (the indicator's base unit, else the dimension's). */
        value: number;
        unit: string | null;
        /** The unit the value was written in, or the one a blank unit was taken to mean. */
        writtenUnit: string | null;
        /** True when the unit cell was blank and `writtenUnit` is the indicator's unit. */
        assumed: boolean;
      };
    }
  | { error: { reasonCode: 'wrong_unit' | 'missing_unit'; reason: string } };

/**
 * Reads a value's unit and converts the value to the unit it is stored in. Every amount is kept
 * in its dimension's base unit (元, 人, 平方米…) whatever the indicator's target kind, so two
 * rows of one series always compare; a unit of another dimension than the indicator's is
 * refused, and so is a unit planwatch does not know.
 *
 * @example
 * // jobs: target 60万人以上
 * resolveUnit(jobs, 'ytd_value', 25, '', false) // { value: 250000, unit: '人', writtenUnit: '万人', assumed: true }
 * // GDP: target 增长5%左右, an amount in 亿元
 * resolveUnit(gdp, 'ytd_value', 800, '亿元', false) // { value: 80000000000, unit: '元', … }
 */
export function resolveUnit(
  indicator: IndicatorInfo,
  kind: string,
  value: number,
  unitText: string,
  percentWritten: boolean,
): UnitResolution {
  const fail = (reasonCode: 'wrong_unit' | 'missing_unit', reason: string) => ({
    error: { reasonCode, reason },
  });
  let written: string | null = unitText || null;
  let assumed = false;
  if (written && percentWritten && unitDimension(written) !== 'percent')
    return fail('wrong_unit', `数值带 % 号，单位却是 ${written} (a percentage given with unit ${written})`);
  if (!written && percentWritten) written = '%';
  if (!written) {
    written = blankUnitMeaning(indicator, kind);
    if (!written) {
      // An indicator without any unit takes bare numbers (an index level: 上年=100); the
      // amounts of a growth target need theirs.
      if (indicator.writtenUnit === null && !(indicator.growthTarget && AMOUNT_KINDS.has(kind)))
        return { ok: { value, unit: null, writtenUnit: null, assumed: false } };
      return fail(
        'missing_unit',
        `单位为空：指标目标为增速，数值的单位不明，请填写单位（如 亿元）(unit required: the target is a growth rate, the amount's unit is ambiguous)`,
      );
    }
    assumed = true;
  }
  const dimension = unitDimension(written);
  if (kind === 'ytd_growth') {
    if (dimension !== 'percent')
      return fail('wrong_unit', `累计增速的单位应为 % (ytd_growth is in %, not ${written})`);
    return { ok: { value, unit: '%', writtenUnit: written, assumed } };
  }
  if (!dimension) {
    if (written === indicator.writtenUnit)
      return { ok: { value, unit: written, writtenUnit: written, assumed } };
    return fail('wrong_unit', `未知单位 ${written} (unknown unit)`);
  }
  const own = indicator.writtenUnit ? unitDimension(indicator.writtenUnit) : null;
  let target: string;
  if (!indicator.growthTarget && own && indicator.baseUnit) {
    if (dimension !== own)
      return fail(
        'wrong_unit',
        `单位 ${written} 与指标单位 ${indicator.writtenUnit} 不一致 (unit does not convert to ${indicator.baseUnit})`,
      );
    target = indicator.baseUnit;
  } else target = dimensionBase(written);
  const converted = convertUnit(value, written, target);
  if (converted === null)
    return fail('wrong_unit', `单位 ${written} 无法换算为 ${target} (does not convert)`);
  return { ok: { value: converted, unit: target, writtenUnit: written, assumed } };
}
