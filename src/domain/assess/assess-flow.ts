import { computePace } from '../pace/compute-pace.ts';
import { runningTotals } from '../pace/running-totals.ts';
import { formatPeriodZh } from '../period/format-period.ts';
import { buildPeriod, parsePeriod } from '../period/parse-period.ts';
import type { Observation } from './assess.types.ts';
import { finalityOf, isLate, type RuleResult, toInputRow, undetermined } from './build-assessment.ts';
import { convertUnit, formatNumber, formatPercent } from './convert-unit.ts';
import { judgeFlow } from './judge-flow.ts';
import { baseUnitOf, type RuleContext, targetNumber } from './rule-context.ts';
import type { SelectedObservation } from './select-observations.ts';

const RULE_ZH = '总量类指标按序时进度评估';

/** '2026-04' → '4月', '2026Q2' → '二季度'. */
function formatMissing(key: string): string {
  const p = parsePeriod(key);
  return p ? formatPeriodZh(p, { withYear: false }) : key;
}

/** Observations of the series converted to the target's unit; other dimensions are refused. */
function inUnit(obs: SelectedObservation[], unit: string | null): SelectedObservation[] {
  return obs.flatMap((o) => {
    const value = convertUnit(o.value, o.unit, unit);
    return value === null ? [] : [{ ...o, value, unit: unit ?? o.unit ?? null }];
  });
}

interface YearToDate {
  value: number;
  /** The observation the amount is as of (the last one summed for period values). */
  latest: SelectedObservation;
  used: SelectedObservation[];
  /** Periods missing before the latest one reported (period values only). */
  missing: string[];
  /** Reported periods after a gap, left out of the amount. */
  afterGap: string[];
  janFebCombined: boolean;
}

/**
 * The year's cumulative amount: the latest ytd_value, or the running total of the year's
 * period_values at the finest granularity present. A period missing in the middle is not summed
 * over — the total would understate the year — so the amount is the total up to the last
 * contiguous period, and the gap is reported; a February without January is a Jan–Feb combined
 * release, not a gap.
 */
function cumulative(
  obs: SelectedObservation[],
  year: number,
): YearToDate | { value: null; missing: string[] } | null {
  const ytd = obs.filter((o) => o.kind === 'ytd_value' && o.parsedPeriod.year === year);
  if (ytd.length > 0) {
    const latest = ytd[ytd.length - 1];
    return { value: latest.value, latest, used: [latest], missing: [], afterGap: [], janFebCombined: false };
  }
  const periods = obs.filter((o) => o.kind === 'period_value' && o.parsedPeriod.year === year);
  if (periods.length === 0) return null;
  const order = ['month', 'quarter', 'half', 'year'] as const;
  const granularity = order.find((g) => periods.some((o) => o.parsedPeriod.granularity === g))!;
  const rows = periods.filter((o) => o.parsedPeriod.granularity === granularity);
  const step = { month: 1, quarter: 3, half: 6, year: 12 }[granularity];
  const byIndex = new Map(rows.map((o) => [o.parsedPeriod.endMonth / step, o.value]));
  const run = runningTotals(byIndex, granularity);
  const keyOf = (index: number) => buildPeriod(year, granularity, index)?.key ?? String(index);
  const missing = run.missing.map(keyOf);
  if (run.through === 0) return { value: null, missing };
  const used = rows.filter((o) => o.parsedPeriod.endMonth <= run.through);
  const afterGap = rows.filter((o) => o.parsedPeriod.endMonth > run.through).map((o) => o.period);
  return {
    value: run.points.get(run.through)!,
    latest: used[used.length - 1],
    used,
    missing,
    afterGap,
    janFebCombined: run.janFebCombined,
  };
}

/**
 * Flows with an annual total (rule `flow_pace`): expected = T × s, with s learned from the
 * series' earlier years when possible (see computePace), judged by judgeFlow.
 */
export function assessFlow(ctx: RuleContext): RuleResult {
  const { item, target, thresholds } = ctx;
  const total = targetNumber(target, ctx.direction);
  const unit = baseUnitOf(ctx);
  if (total === null) return undetermined('pending', 'flow_pace', RULE_ZH, '目标未给出数值，待评估');
  const series = inUnit(
    ctx.selected.filter((o) => o.kind === 'ytd_value' || o.kind === 'period_value'),
    unit,
  );
  const sum = cumulative(series, item.planYear);
  if (!sum) return undetermined('no_data', 'flow_pace', RULE_ZH, `${item.name}暂无${item.planYear}年数据`);
  if (sum.value === null) {
    const r = undetermined(
      'pending',
      'flow_pace',
      RULE_ZH,
      `${item.name}缺少${sum.missing.join('、')}数据，无法累计全年完成量，待补报后评估`,
      { missingPeriods: sum.missing.join(',') },
    );
    return { ...r, explanation: { ...r.explanation, missingPeriods: sum.missing } };
  }
  const period = sum.latest.parsedPeriod;
  const pace = computePace({
    period,
    history: series.filter((o) => o.parsedPeriod.year < item.planYear),
    minYears: thresholds.seasonalMinYears,
  });
  // 以内 makes a cap and 以上 a floor whatever the catalog says; otherwise the indicator's direction.
  const direction =
    target.comparator === 'lte' || (target.comparator !== 'gte' && ctx.direction === 'down') ? 'down' : 'up';
  const { final, partial } = finalityOf(
    ctx.asOf,
    item.planYear,
    period.endMonth,
    period.granularity,
    thresholds,
  );
  const j = judgeFlow({
    actual: sum.value,
    total,
    share: pace.share,
    approx: target.comparator === 'approx',
    direction,
    final,
    thresholds,
  });
  const shown = (v: number) => {
    const written = target.unit ? convertUnit(v, unit, target.unit) : null;
    return written === null ? `${formatNumber(v)}${unit ?? ''}` : `${formatNumber(written)}${target.unit}`;
  };
  const when = formatPeriodZh(period, { ytd: true, withYear: false });
  const diff = Number(j.pointsVsPace.toFixed(1));
  const vsPace =
    diff === 0
      ? '与序时进度持平'
      : diff > 0
        ? `超过序时进度${formatNumber(diff, 1)}个百分点`
        : `低于序时进度${formatNumber(-diff, 1)}个百分点`;
  const gapNote =
    sum.missing.length > 0
      ? `（${sum.missing.map((k) => formatMissing(k)).join('、')}数据缺失，按${when}连续数据评估）`
      : '';
  const partialNote = partial ? `（全年数据逾期未报，按${when}数据作年终评估）` : '';
  const summaryZh =
    (j.status === 'achieved' && direction === 'up'
      ? `${when}${item.name}${shown(sum.value)}，已完成全年目标（${target.text}）`
      : final
        ? `${when}${item.name}${shown(sum.value)}，完成全年目标的${formatPercent(j.completion)}`
        : `${when}${item.name}${shown(sum.value)}，完成全年目标的${formatPercent(j.completion)}，${vsPace}`) +
    gapNote +
    partialNote;
  const sentence =
    j.projectionOk === null
      ? ''
      : direction === 'up'
        ? j.projectionOk
          ? '预计全年可完成'
          : '完成难度较大'
        : j.projectionOk
          ? '预计全年可控制在目标以内'
          : '预计全年将超出目标';
  const inputs = sum.used.map((o: Observation) => toInputRow(o));
  return {
    status: j.status,
    expected: { value: j.expected, unit, share: pace.share },
    actual: { value: sum.value, unit, period: period.key, kind: sum.latest.kind },
    gap: sum.value - j.expected,
    // A year judged final on partial data has nothing left to project.
    projection: j.projected === null || partial ? null : { value: j.projected, unit, sentence },
    explanation: {
      rule: 'flow_pace',
      ruleZh: RULE_ZH,
      inputs,
      comparison: {
        actual: sum.value,
        total,
        expected: j.expected,
        share: pace.share,
        ratio: Number.isFinite(j.ratio) ? j.ratio : null,
        completion: j.completion,
        pointsVsPace: j.pointsVsPace,
        mode: thresholds.flowMode,
        greenRatio: thresholds.flowGreenRatio,
        yellowRatio: thresholds.flowYellowRatio,
        yellowPoints: thresholds.flowYellowPoints,
        redPoints: thresholds.flowRedPoints,
        direction,
        final,
        missingPeriods: sum.missing.length > 0 ? sum.missing.join(',') : null,
        leftOutAfterGap: sum.afterGap.length > 0 ? sum.afterGap.join(',') : null,
        janFebCombined: sum.janFebCombined,
        finalOnPartialData: partial,
      },
      pace: { share: pace.share, method: pace.method, yearsUsed: pace.yearsUsed, note: pace.note },
      summaryZh,
      late: partial || isLate(sum.latest, ctx.asOf, thresholds),
      ...(sum.missing.length > 0 ? { missingPeriods: sum.missing } : {}),
    },
  };
}
