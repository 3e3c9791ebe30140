import { roundNoise } from '../../../domain/numbers/parse-number.ts';
import { parsePeriod } from '../../../domain/period/parse-period.ts';
import { TEXT_LIMITS, textProblem } from '../../validation.ts';
import type { ImportContext } from './import-context.ts';
import type { ObservationField, RawObservation } from './observation-columns.ts';
import { OBSERVATION_KINDS } from './observation-view.ts';
import { resolveUnit } from './resolve-unit.ts';

export type ReasonCode =
  | 'missing_column'
  | 'missing_value'
  | 'unknown_indicator'
  | 'unknown_region'
  | 'bad_period'
  | 'future_period'
  | 'bad_kind'
  | 'non_numeric'
  | 'wrong_unit'
  | 'missing_unit'
  | 'implausible_value'
  | 'duplicate_key'
  | 'bad_vintage'
  | 'bad_price_basis'
  | 'invalid_text'
  | 'unreadable';

export interface RowError {
  row: number;
  column: string;
  value: string | null;
  reason: string;
  reasonCode: ReasonCode;
}

/** A row ready to stage: ids resolved, value in the indicator's base unit. */
export interface ValidObservation {
  row: number;
  indicatorId: number;
  regionCode: string;
  period: string;
  periodEnd: string;
  kind: string;
  value: number;
  unit: string | null;
  /** The number and unit as written (the unit a blank cell was taken to mean, when assumed). */
  writtenValue: number;
  writtenUnit: string | null;
  unitAssumed: boolean;
  vintage: string | null;
  priceBasis: string | null;
  source: string | null;
  note: string | null;
}

const VINTAGES: Record<string, string> = {
  快报: 'flash',
  flash: 'flash',
  初步核算: 'preliminary',
  初步: 'preliminary',
  preliminary: 'preliminary',
  最终核实: 'final',
  最终: 'final',
  final: 'final',
};
const PRICE_BASES: Record<string, string> = {
  可比价: 'comparable',
  可比价格: 'comparable',
  comparable: 'comparable',
  现价: 'current',
  当年价: 'current',
  current: 'current',
};
const KIND_ALIASES: Record<string, string> = {
  累计值: 'ytd_value',
  累计: 'ytd_value',
  累计增长: 'ytd_growth',
  累计增速: 'ytd_growth',
  当期值: 'period_value',
  当月值: 'period_value',
  当季值: 'period_value',
  水平值: 'level',
  时点值: 'level',
};

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v).normalize('NFKC').trim();
}

/** 1,234.5 · １２３ · −3.2 · 5% → a number and whether a % sign was written; null when not a number. */
export function readNumber(v: unknown): { value: number; percent: boolean } | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, percent: false } : null;
  let s = text(v).replace(/[,\s]/g, '').replace(/[−–]/g, '-');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? { value: n, percent } : null;
}

/**
 * Checks one row against the plan: every problem of the row is listed, not only the first.
 * Duplicate keys are found later, across the whole file, in the staging table.
 */
export function validateObservation(
  row: number,
  raw: RawObservation,
  ctx: ImportContext,
  columnOf: (field: ObservationField) => string,
  options: { defaultSource?: string | null } = {},
): { ok: ValidObservation } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (field: ObservationField, reasonCode: ReasonCode, reason: string) =>
    errors.push({
      row,
      column: columnOf(field),
      value: text(raw[field]).slice(0, 200) || null,
      reason,
      reasonCode,
    });

  const indicatorText = text(raw.indicator);
  const indicator = indicatorText ? ctx.findIndicator(indicatorText) : null;
  if (!indicatorText) fail('indicator', 'missing_value', '指标为空 (indicator is empty)');
  else if (!indicator)
    fail(
      'indicator',
      'unknown_indicator',
      `规划中没有此指标 (no indicator of this plan has this name or code)`,
    );

  const regionText = text(raw.region);
  const regionCode = regionText ? ctx.findRegion(regionText) : ctx.defaultRegion;
  if (!regionCode)
    fail(
      'region',
      'unknown_region',
      regionText
        ? '未知地区 (unknown region: GB/T 2260 code or name)'
        : '地区为空且规划未设地区 (region empty and the plan has none)',
    );

  const periodText = text(raw.period);
  const period = periodText ? parsePeriod(periodText) : null;
  if (!periodText) fail('period', 'bad_period', '期间为空 (period is empty)');
  else if (!period)
    fail(
      'period',
      'bad_period',
      /^\d{4}-\d{2}-\d{2}$/.test(periodText)
        ? '日期不是期间：请写 2026-06、2026Q2 或 2026H1 (a date is not a period)'
        : '无法识别的期间 (period must be like 2026, 2026Q2, 2026H1, 2026-06)',
    );
  else if (period.end > ctx.today)
    fail('period', 'future_period', `期间尚未结束 (the period ends ${period.end}, after today)`);

  const kindText = text(raw.kind);
  const kind = kindText
    ? (KIND_ALIASES[kindText] ?? kindText.toLowerCase())
    : (indicator?.defaultKind ?? null);
  if (kindText && !(OBSERVATION_KINDS as readonly string[]).includes(kind ?? ''))
    fail('kind', 'bad_kind', `类型应为 ${OBSERVATION_KINDS.join(' / ')} (unknown observation kind)`);
  // No kind written and none known for the indicator; an unknown indicator is reported once, above.
  else if (!kindText && indicator && !kind)
    fail('kind', 'missing_value', `类型为空且指标无默认类型：请填写 ${OBSERVATION_KINDS.join(' / ')}`);

  const number = readNumber(raw.value);
  if (text(raw.value) === '' && typeof raw.value !== 'number')
    fail('value', 'missing_value', '数值为空 (value is empty)');
  else if (!number) fail('value', 'non_numeric', '不是数字 (not a number)');

  const multText = text(raw.unitMult);
  if (number && multText) {
    if (/^-?\d{1,2}$/.test(multText)) number.value = roundNoise(number.value * 10 ** Number(multText));
    else fail('unitMult', 'non_numeric', 'UNIT_MULT 应为整数 (must be an integer power of ten)');
  }
  const unitText = text(raw.unit);
  let value = number?.value ?? Number.NaN;
  let unit: string | null = unitText || null;
  let writtenUnit: string | null = unit;
  let unitAssumed = false;
  if (indicator && number && kind && (OBSERVATION_KINDS as readonly string[]).includes(kind)) {
    const resolved = resolveUnit(indicator, kind, number.value, unitText, number.percent);
    if ('error' in resolved) fail('unit', resolved.error.reasonCode, resolved.error.reason);
    else {
      ({ value, unit, writtenUnit } = resolved.ok);
      unitAssumed = resolved.ok.assumed;
      const bound = unit === indicator.baseUnit ? indicator.targetValue : null;
      const problem = implausible(value, unit, kind, bound);
      if (problem) fail('value', 'implausible_value', problem);
    }
  }

  const vintageText = text(raw.vintage);
  const vintage = vintageText ? (VINTAGES[vintageText.toLowerCase()] ?? null) : null;
  if (vintageText && !vintage) fail('vintage', 'bad_vintage', '数据版本应为 快报 / 初步核算 / 最终核实');
  const priceText = text(raw.priceBasis);
  const priceBasis = priceText ? (PRICE_BASES[priceText.toLowerCase()] ?? null) : null;
  if (priceText && !priceBasis) fail('priceBasis', 'bad_price_basis', '价格口径应为 可比价 / 现价');

  // Free text is stored as written: the same limits as a form's (NUL, broken characters, length).
  for (const [field, max] of [
    ['source', TEXT_LIMITS.title],
    ['note', TEXT_LIMITS.note],
  ] as const) {
    const value = raw[field];
    const problem = typeof value === 'string' ? textProblem(value, max) : null;
    if (problem) fail(field, 'invalid_text', problem);
  }

  if (errors.length > 0 || !indicator || !regionCode || !period || !kind) return { errors };
  return {
    ok: {
      row,
      indicatorId: indicator.id,
      regionCode,
      period: period.key,
      periodEnd: period.end,
      kind,
      value,
      unit,
      writtenValue: number?.value ?? value,
      writtenUnit,
      unitAssumed,
      vintage,
      priceBasis,
      source: text(raw.source) || options.defaultSource || null,
      note: text(raw.note) || null,
    },
  };
}

/** A bound wide enough for any real statistic, narrow enough to catch 万 typed as 元 and a shifted column. */
function implausible(value: number, unit: string | null, kind: string, target: number | null): string | null {
  if (unit === '%') {
    const [min, max] = kind === 'ytd_growth' ? [-100, 1000] : [-100, 100];
    if (value < min || value > max) return `超出合理范围 [${min}, ${max}] % (outside the plausible range)`;
    return null;
  }
  if (unit === null) return null;
  if (value < 0) return '数量不能为负 (a quantity cannot be negative)';
  if (target && target > 0 && value > target * 100)
    return `超过全年目标的 100 倍 (more than 100 × the annual target ${target} ${unit}: wrong unit?)`;
  return null;
}
