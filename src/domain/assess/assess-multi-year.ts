import { daysBetween, isLate, isYearClosed, type RuleResult, undetermined } from './build-assessment.ts';
import { convertUnit, formatNumber, formatPercent } from './convert-unit.ts';
import { judgeAgainstTarget } from './judge-against-target.ts';
import { annual, basePointOf, coversYear, observedRate } from './multi-year-observed.ts';
import type { RuleContext } from './rule-context.ts';

const RULE_ZH = '多年期目标按实际年均变化率与所需年均变化率之比评估';
const EPS = 1e-9;

const BAND_ZH = {
  on_track: '进度符合要求',
  needs_acceleration: '需加快',
  limited_progress: '进展有限',
  wrong_direction: '方向相反',
  holding: '已达到目标水平',
  slipping: '已回落至目标值以下',
} as const;
type MultiYearBand = keyof typeof BAND_ZH;

/** The plan period: base year (the year before the first) and the year the target is due. */
export function planWindow(ctx: RuleContext): { base: number; end: number } {
  const start = ctx.item.periodStart ?? ctx.item.planYear;
  const end = ctx.item.periodEnd ?? ctx.target.byYear ?? start + 4;
  return { base: start - 1, end: Math.max(end, start) };
}

const rateZh = (r: number) => `年均${r >= 0 ? '增长' : '下降'}${formatNumber(Math.abs(r * 100))}%`;

/**
 * Five-year targets (rule `multi_year_cagr`: 年均增长7%以上, 累计降低17%, 提高到80岁), as Statistics
 * Canada and Open SDG judge them: R = observed annual rate since the base year / annual rate
 * required to reach the target on time (see observedRate). R ≥ 0.95 on track, ≥ 0.6 needs
 * acceleration (at_risk), ≥ 0 limited progress (off_track), < 0 the wrong way (off_track).
 *
 * A level target the base already meets on the good side (提高到80岁 from 81) needs no movement:
 * it must be held, so the latest level is judged against the target in its direction like a rate.
 *
 * Final (achieved / basically achieved / missed) only once the target year has closed with its
 * full-year figure, or once that figure is overdue (`lateDays.year` after the year's end): then the
 * latest data is judged as final and flagged late. Until then a projection extrapolates the
 * observed rate to the target year.
 *
 * @example
 * // 累计降低17% over 2026–2030 needs (0.83)^(1/5) − 1 = −3.66% a year; −3.0% a year → R 0.82
 */
export function assessMultiYear(ctx: RuleContext): RuleResult {
  const { item, target, thresholds } = ctx;
  const { base, end } = planWindow(ctx);
  const isLevel = target.kind === 'level' || target.kind === 'quantity';
  const x = isLevel ? (target.normalized?.value ?? target.value) : target.value;
  if (x === null || !Number.isFinite(x))
    return undetermined('pending', 'multi_year_cagr', RULE_ZH, '目标未给出数值，待评估');

  const unit = target.normalized?.unit ?? item.unit ?? null;
  const levelKind =
    item.observationKind && item.observationKind !== 'ytd_growth' ? item.observationKind : 'level';
  const levels = annual(
    ctx.selected.flatMap((o) => {
      const v = convertUnit(o.value, o.unit, unit);
      return v === null ? [] : [{ ...o, value: v }];
    }),
    levelKind,
    end,
  );
  const basePoint = basePointOf(ctx, levels, base, unit);
  const observed = observedRate(ctx, levels, basePoint, base, end);
  if (!observed) {
    const why = isLevel && !basePoint ? `缺少${base}年基期值` : `暂无${base}年以来的数据`;
    return undetermined('no_data', 'multi_year_cagr', RULE_ZH, `${item.name}${why}`);
  }
  const { latest } = observed;
  const horizon = basePoint ? (end * 12 + 12 - basePoint.month) / 12 : end - base;

  let required: number | null;
  if (target.kind === 'cagr') required = x / 100;
  else if (target.kind === 'cumulative_change') required = (1 + x / 100) ** (1 / horizon) - 1;
  else
    required = basePoint && basePoint.value > 0 && x > 0 ? (x / basePoint.value) ** (1 / horizon) - 1 : null;
  if (required === null || !Number.isFinite(required)) {
    return undetermined('no_data', 'multi_year_cagr', RULE_ZH, `${item.name}缺少${base}年基期值`);
  }

  const closed = isYearClosed(ctx.asOf, end);
  const hasFinalFigure = latest.parsedPeriod.year >= end && coversYear(latest);
  const overdue = closed && daysBetween(`${end}-12-31`, ctx.asOf) > thresholds.lateDays.year;
  const final = closed && (hasFinalFigure || overdue);
  const partial = final && !hasFinalFigure;

  const direction = ctx.direction === 'down' || ctx.direction === 'up' ? ctx.direction : null;
  // The base already on the good side of a level target: hold it (more is never worse for up).
  const holding =
    isLevel &&
    basePoint !== null &&
    direction !== null &&
    (direction === 'up' ? basePoint.value >= x : basePoint.value <= x);

  let ratio: number;
  let band: MultiYearBand;
  let status: RuleResult['status'];
  let holdJudgement: ReturnType<typeof judgeAgainstTarget> | null = null;
  if (holding) {
    holdJudgement = judgeAgainstTarget(
      latest.value,
      { comparator: direction === 'up' ? 'gte' : 'lte', value: x, direction },
      unit === '%',
      thresholds,
    );
    ratio =
      holdJudgement.band === 'green' ? 1 : holdJudgement.band === 'yellow' ? thresholds.multiYearAtRisk : 0;
    band = holdJudgement.band === 'green' ? 'holding' : 'slipping';
    const open = { green: 'on_track', yellow: 'at_risk', red: 'off_track' } as const;
    const closedStatus = { green: 'achieved', yellow: 'basically_achieved', red: 'missed' } as const;
    status = (final ? closedStatus : open)[holdJudgement.band];
  } else {
    // A target equal to the base needs no movement: holding it (or better) is full progress.
    ratio =
      Math.abs(required) < 1e-12
        ? observed.rate >= -1e-12 === (ctx.direction !== 'down')
          ? 1
          : -1
        : observed.rate / required;
    band =
      ratio >= thresholds.multiYearOnTrack - EPS
        ? 'on_track'
        : ratio >= thresholds.multiYearAtRisk - EPS
          ? 'needs_acceleration'
          : ratio >= 0
            ? 'limited_progress'
            : 'wrong_direction';
    status = final
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
  }

  // Where the observed rate leads by the target year, in the target's own terms.
  const compounded = (1 + observed.rate) ** horizon;
  const projected =
    target.kind === 'cagr'
      ? { value: observed.rate * 100, unit: '%', zh: rateZh(observed.rate) }
      : target.kind === 'cumulative_change'
        ? {
            value: (compounded - 1) * 100,
            unit: '%',
            zh: `累计${compounded >= 1 ? '提高' : '降低'}${formatNumber(Math.abs(compounded - 1) * 100)}%`,
          }
        : basePoint
          ? {
              value: basePoint.value * compounded,
              unit,
              zh: `达到${formatNumber(basePoint.value * compounded)}${target.unit ?? unit ?? ''}`,
            }
          : null;
  const reaches =
    projected === null
      ? false
      : isLevel && direction !== null
        ? direction === 'up'
          ? projected.value >= x - EPS * Math.max(1, Math.abs(x))
          : projected.value <= x + EPS * Math.max(1, Math.abs(x))
        : holding || ratio >= 1 - EPS;
  const sentence = projected
    ? `按${base + 1}年以来${rateZh(observed.rate)}推算，${end}年${projected.zh}，${reaches ? '预计可完成目标' : '完成难度较大'}`
    : '';

  const span = `${base + 1}—${latest.parsedPeriod.year}年`;
  const verdict = holding
    ? `${latest.period}为${formatNumber(latest.value)}${target.unit ?? unit ?? ''}，${BAND_ZH[band]}（${target.text}）`
    : `${span}${item.name}${rateZh(observed.rate)}，为完成目标（${target.text}）所需${rateZh(required)}的${formatPercent(ratio)}，${BAND_ZH[band]}`;
  const summaryZh =
    (holding ? `${item.name}${verdict}` : verdict) +
    (observed.note ? `（${observed.note}）` : '') +
    (partial ? `（${end}年全年数据逾期未报，按${latest.period}数据作期末评估）` : '');
  return {
    status,
    expected: holding ? { value: x, unit } : { value: required * 100, unit: '%' },
    actual: holding
      ? { value: latest.value, unit, period: latest.period, kind: latest.kind }
      : { value: observed.rate * 100, unit: '%', period: latest.period, kind: latest.kind },
    gap: holding ? latest.value - x : (observed.rate - required) * 100,
    projection: final || !projected ? null : { value: projected.value, unit: projected.unit, sentence },
    explanation: {
      rule: 'multi_year_cagr',
      ruleZh: RULE_ZH,
      inputs: observed.rows,
      comparison: {
        baseYear: base,
        endYear: end,
        years: observed.years,
        baseValue: basePoint?.value ?? null,
        measuredFrom: observed.source,
        observedAnnualRate: observed.rate * 100,
        requiredAnnualRate: required * 100,
        ratio,
        onTrack: thresholds.multiYearOnTrack,
        atRisk: thresholds.multiYearAtRisk,
        band,
        holding,
        target: x,
        greenLower: holdJudgement?.lower ?? null,
        greenUpper: holdJudgement?.upper ?? null,
        final,
        finalOnPartialData: partial,
        note: observed.note,
      },
      summaryZh,
      late: partial || isLate(latest, ctx.asOf, thresholds),
    },
  };
}
