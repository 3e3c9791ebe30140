import { formatPeriodZh } from '../period/format-period.ts';
import { defaultKindOf } from './assess-rate.ts';
import { isLate, isYearClosed, type RuleResult, toInputRow, undetermined } from './build-assessment.ts';
import { formatNumber } from './convert-unit.ts';
import { deriveGrowth } from './derive-growth.ts';
import type { RuleContext } from './rule-context.ts';
import { latestOf, selectObservations } from './select-observations.ts';

const RULE_ZH = '相对目标与参照指标增速比较';

/**
 * Relative targets (与经济增长基本同步, rule `relative`): the gap d = own − reference growth of
 * the same period (else the reference's latest). Up direction is one-sided (growing faster is
 * fine): green d ≥ −0.5, yellow d ≥ −1, red below; down mirrors it; otherwise both sides by |d|.
 * No reference data → pending (there is nothing to compare with).
 */
export function assessRelative(ctx: RuleContext): RuleResult {
  const { item, target, thresholds, input } = ctx;
  const kind = defaultKindOf(ctx);
  const reference = selectObservations(input.referenceObservations ?? [], {
    asOf: ctx.asOf,
    knownAt: input.knownAt,
    region: item.region,
  }).filter((o) => o.kind === kind && o.parsedPeriod.year === item.planYear);
  const refName = target.reference ?? '参照指标';
  if (reference.length === 0) {
    return undetermined('pending', 'relative', RULE_ZH, `${refName}暂无${item.planYear}年数据，待评估`);
  }
  // Income and similar series may come as amounts only: growth against last year's same period.
  const published = latestOf(ctx.selected, kind, item.planYear);
  const ownDerived = published ? null : deriveGrowth(ctx.selected, item.planYear);
  const own = published ?? ownDerived?.derived;
  if (!own) return undetermined('no_data', 'relative', RULE_ZH, `${item.name}暂无${item.planYear}年数据`);
  const ref = reference.find((o) => o.period === own.period) ?? reference[reference.length - 1];
  const d = own.value - ref.value;
  const direction = ctx.direction;
  const wrongSide =
    direction === 'up' ? Math.max(0, -d) : direction === 'down' ? Math.max(0, d) : Math.abs(d);
  const EPS = 1e-9;
  const band =
    wrongSide <= thresholds.relativeGreenPoints + EPS
      ? 'green'
      : wrongSide <= thresholds.relativeYellowPoints + EPS
        ? 'yellow'
        : 'red';
  const final = isYearClosed(ctx.asOf, item.planYear) && own.parsedPeriod.endMonth === 12;
  const status = final
    ? ({ green: 'achieved', yellow: 'basically_achieved', red: 'missed' } as const)[band]
    : ({ green: 'on_track', yellow: 'at_risk', red: 'off_track' } as const)[band];
  const when = formatPeriodZh(own.parsedPeriod, { ytd: true, withYear: false });
  const rate = (v: number) => `${v >= 0 ? '增长' : '下降'}${formatNumber(Math.abs(v))}%`;
  const relation = Math.abs(d) < EPS ? '持平' : `${d > 0 ? '高' : '低'}${formatNumber(Math.abs(d))}个百分点`;
  const verdict = band === 'green' ? '基本同步' : band === 'yellow' ? '略有差距' : '差距较大';
  return {
    status,
    expected: { value: ref.value, unit: '%' },
    actual: { value: own.value, unit: '%', period: own.period, kind },
    gap: d,
    projection: {
      value: own.value,
      unit: '%',
      sentence: band === 'green' ? '预计全年可完成' : '完成难度较大',
    },
    explanation: {
      rule: 'relative',
      ruleZh: RULE_ZH,
      // Two series of growth: the role says which is the indicator's own and which the reference.
      inputs: [
        ...(ownDerived ? ownDerived.from.map((o) => toInputRow(o, 'derived_from')) : [toInputRow(own)]),
        { ...toInputRow(ref, 'reference'), series: refName, source: ref.source ?? refName },
      ],
      comparison: {
        actual: own.value,
        reference: ref.value,
        referencePeriod: ref.period,
        difference: d,
        greenPoints: thresholds.relativeGreenPoints,
        yellowPoints: thresholds.relativeYellowPoints,
        direction: direction ?? 'band',
        band,
      },
      summaryZh: `${when}${item.name}${rate(own.value)}，比${refName}${relation}，${verdict}`,
      late: isLate(own, ctx.asOf, thresholds),
    },
  };
}
