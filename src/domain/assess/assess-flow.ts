import { computePace } from '../pace/compute-pace.ts';
import { formatPeriodZh } from '../period/format-period.ts';
import { buildPeriod } from '../period/parse-period.ts';
import type { Observation } from './assess.types.ts';
import { isLate, isYearClosed, type RuleResult, toInputRow, undetermined } from './build-assessment.ts';
import { convertUnit, formatNumber, formatPercent } from './convert-unit.ts';
import { judgeFlow } from './judge-flow.ts';
import { baseUnitOf, type RuleContext, targetNumber } from './rule-context.ts';
import type { SelectedObservation } from './select-observations.ts';

const RULE_ZH = '总量类指标按序时进度评估';

/** Observations of the series converted to the target's unit; other dimensions are refused. */
function inUnit(obs: SelectedObservation[], unit: string | null): SelectedObservation[] {
  return obs.flatMap((o) => {
    const value = convertUnit(o.value, o.unit, unit);
    return value === null ? [] : [{ ...o, value, unit: unit ?? o.unit ?? null }];
  });
}

/**
 * The year's cumulative amount: the latest ytd_value, or the sum of the year's period_values at
 * the finest granularity present (gaps are reported, the sum then understates).
 */
function cumulative(
  obs: SelectedObservation[],
  year: number,
): { value: number; latest: SelectedObservation; used: SelectedObservation[]; missing: string[] } | null {
  const ytd = obs.filter((o) => o.kind === 'ytd_value' && o.parsedPeriod.year === year);
  if (ytd.length > 0) {
    const latest = ytd[ytd.length - 1];
    return { value: latest.value, latest, used: [latest], missing: [] };
  }
  const periods = obs.filter((o) => o.kind === 'period_value' && o.parsedPeriod.year === year);
  if (periods.length === 0) return null;
  const order = ['month', 'quarter', 'half', 'year'] as const;
  const granularity = order.find((g) => periods.some((o) => o.parsedPeriod.granularity === g))!;
  const used = periods.filter((o) => o.parsedPeriod.granularity === granularity);
  const latest = used[used.length - 1];
  const step = { month: 1, quarter: 3, half: 6, year: 12 }[granularity];
  const have = new Set(used.map((o) => o.parsedPeriod.endMonth));
  const missing: string[] = [];
  for (let m = step; m < latest.parsedPeriod.endMonth; m += step) {
    if (!have.has(m)) missing.push(buildPeriod(year, granularity, m / step)?.key ?? String(m));
  }
  return { value: used.reduce((s, o) => s + o.value, 0), latest, used, missing };
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
  const period = sum.latest.parsedPeriod;
  const pace = computePace({
    period,
    history: series.filter((o) => o.parsedPeriod.year < item.planYear),
    minYears: thresholds.seasonalMinYears,
  });
  // 以内 makes a cap and 以上 a floor whatever the catalog says; otherwise the indicator's direction.
  const direction =
    target.comparator === 'lte' || (target.comparator !== 'gte' && ctx.direction === 'down') ? 'down' : 'up';
  const final = isYearClosed(ctx.asOf, item.planYear) && period.endMonth === 12;
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
  const summaryZh =
    j.status === 'achieved' && direction === 'up'
      ? `${when}${item.name}${shown(sum.value)}，已完成全年目标（${target.text}）`
      : `${when}${item.name}${shown(sum.value)}，完成全年目标的${formatPercent(j.completion)}，${vsPace}`;
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
    projection: j.projected === null ? null : { value: j.projected, unit, sentence },
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
      },
      pace: { share: pace.share, method: pace.method, yearsUsed: pace.yearsUsed, note: pace.note },
      summaryZh,
      late: isLate(sum.latest, ctx.asOf, thresholds),
    },
  };
}
