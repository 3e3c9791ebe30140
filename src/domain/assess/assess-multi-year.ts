import { type RuleResult, toInputRow, undetermined } from './build-assessment.ts';
import { convertUnit, formatNumber, formatPercent } from './convert-unit.ts';
import type { RuleContext } from './rule-context.ts';
import type { SelectedObservation } from './select-observations.ts';

const RULE_ZH = '多年期目标按实际年均变化率与所需年均变化率之比评估';

const BAND_ZH = {
  on_track: '进度符合要求',
  needs_acceleration: '需加快',
  limited_progress: '进展有限',
  wrong_direction: '方向相反',
} as const;

/** The plan period: base year (the year before the first) and the year the target is due. */
export function planWindow(ctx: RuleContext): { base: number; end: number } {
  const start = ctx.item.periodStart ?? ctx.item.planYear;
  const end = ctx.item.periodEnd ?? ctx.target.byYear ?? start + 4;
  return { base: start - 1, end: Math.max(end, start) };
}

/** One value per year: full-year observations preferred, else the year's latest of the kind. */
function annual(selected: SelectedObservation[], kind: string): Map<number, SelectedObservation> {
  const out = new Map<number, SelectedObservation>();
  for (const o of selected) {
    if (o.kind !== kind) continue;
    const have = out.get(o.parsedPeriod.year);
    if (!have || o.parsedPeriod.endMonth >= have.parsedPeriod.endMonth) out.set(o.parsedPeriod.year, o);
  }
  return out;
}

/**
 * Five-year targets (rule `multi_year_cagr`: 年均增长7%以上, 累计降低17%, 提高到80岁), as Statistics
 * Canada and Open SDG judge them: R = observed annual rate since the base year / annual rate
 * required to reach the target on time. Observed from yearly growth rates (geometric mean) when
 * every year since the base has one, else from levels ((V_latest / V_base)^(1/n) − 1).
 * R ≥ 0.95 on track, ≥ 0.6 needs acceleration (at_risk), ≥ 0 limited progress (off_track),
 * < 0 the wrong way (off_track). In the final year: R ≥ 1 achieved, ≥ 0.95 basically, else missed.
 *
 * @example
 * // 累计降低17% over 2026–2030 needs (0.83)^(1/5) − 1 = −3.66% a year; −3.0% a year → R 0.82
 */
export function assessMultiYear(ctx: RuleContext): RuleResult {
  const { item, target, thresholds } = ctx;
  const { base, end } = planWindow(ctx);
  const horizon = end - base;
  const x =
    target.kind === 'level' || target.kind === 'quantity'
      ? (target.normalized?.value ?? target.value)
      : target.value;
  if (x === null) return undetermined('pending', 'multi_year_cagr', RULE_ZH, '目标未给出数值，待评估');

  const unit = target.normalized?.unit ?? item.unit ?? null;
  const levelKind =
    item.observationKind && item.observationKind !== 'ytd_growth' ? item.observationKind : 'level';
  const levels = annual(
    ctx.selected.flatMap((o) => {
      const v = convertUnit(o.value, o.unit, unit);
      return v === null ? [] : [{ ...o, value: v }];
    }),
    levelKind,
  );
  const growths = annual(ctx.selected, 'ytd_growth');

  let observed: number | null = null;
  let years = 0;
  let latest: SelectedObservation | undefined;
  let inputs: SelectedObservation[] = [];
  const growthYears: SelectedObservation[] = [];
  for (let y = base + 1; growths.has(y); y++) growthYears.push(growths.get(y)!);
  const baseLevel =
    levels.get(base)?.value ?? (item.baseline && !item.baseline.period ? item.baseline.value : undefined);
  if (target.kind !== 'level' && growthYears.length > 0) {
    years = growthYears.length;
    const product = growthYears.reduce((p, o) => p * (1 + o.value / 100), 1);
    observed = product > 0 ? product ** (1 / years) - 1 : -1;
    latest = growthYears[growthYears.length - 1];
    inputs = growthYears;
  } else if (baseLevel !== undefined && baseLevel > 0) {
    const laterYears = [...levels.keys()].filter((y) => y > base).sort((a, b) => a - b);
    if (laterYears.length > 0) {
      latest = levels.get(laterYears[laterYears.length - 1])!;
      years = latest.parsedPeriod.year - base;
      observed = latest.value > 0 ? (latest.value / baseLevel) ** (1 / years) - 1 : -1;
      inputs = [...(levels.has(base) ? [levels.get(base)!] : []), latest];
    }
  }
  if (observed === null || !latest) {
    return undetermined('no_data', 'multi_year_cagr', RULE_ZH, `${item.name}暂无${base}年以来的数据`);
  }

  let required: number | null;
  if (target.kind === 'cagr') required = x / 100;
  else if (target.kind === 'cumulative_change') required = (1 + x / 100) ** (1 / horizon) - 1;
  else
    required =
      baseLevel !== undefined && baseLevel > 0 && x > 0 ? (x / baseLevel) ** (1 / horizon) - 1 : null;
  if (required === null) {
    return undetermined('no_data', 'multi_year_cagr', RULE_ZH, `${item.name}缺少${base}年基期值`);
  }
  // A target equal to the base needs no movement: holding it (or better) is full progress.
  const ratio =
    Math.abs(required) < 1e-12
      ? observed >= -1e-12 === (ctx.direction !== 'down')
        ? 1
        : -1
      : observed / required;
  const EPS = 1e-9;
  const band =
    ratio >= thresholds.multiYearOnTrack - EPS
      ? 'on_track'
      : ratio >= thresholds.multiYearAtRisk - EPS
        ? 'needs_acceleration'
        : ratio >= 0
          ? 'limited_progress'
          : 'wrong_direction';
  const final = latest.parsedPeriod.year >= end;
  const status: RuleResult['status'] = final
    ? ratio >= 1 - EPS
      ? 'achieved'
      : band === 'on_track'
        ? 'basically_achieved'
        : 'missed'
    : band === 'on_track'
      ? 'on_track'
      : band === 'needs_acceleration'
        ? 'at_risk'
        : 'off_track';
  const span = `${base + 1}—${latest.parsedPeriod.year}年`;
  const rateZh = (r: number) => `年均${r >= 0 ? '增长' : '下降'}${formatNumber(Math.abs(r * 100))}%`;
  return {
    status,
    expected: { value: required * 100, unit: '%' },
    actual: { value: observed * 100, unit: '%', period: latest.period, kind: latest.kind },
    gap: (observed - required) * 100,
    projection: null,
    explanation: {
      rule: 'multi_year_cagr',
      ruleZh: RULE_ZH,
      inputs: inputs.map(toInputRow),
      comparison: {
        baseYear: base,
        endYear: end,
        years,
        baseValue: baseLevel ?? null,
        observedAnnualRate: observed * 100,
        requiredAnnualRate: required * 100,
        ratio,
        onTrack: thresholds.multiYearOnTrack,
        atRisk: thresholds.multiYearAtRisk,
        band,
        final,
      },
      summaryZh: `${span}${item.name}${rateZh(observed)}，为完成目标（${target.text}）所需${rateZh(required)}的${formatPercent(ratio)}，${BAND_ZH[band]}`,
    },
  };
}
