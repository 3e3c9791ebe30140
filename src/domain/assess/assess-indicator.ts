import type { Target } from '../target/target.types.ts';
import type { Assessment, IndicatorAssessmentInput } from './assess.types.ts';
import { assessFlow } from './assess-flow.ts';
import { assessMultiYear } from './assess-multi-year.ts';
import { assessRate } from './assess-rate.ts';
import { assessRelative } from './assess-relative.ts';
import { finishAssessment, type RuleResult, undetermined } from './build-assessment.ts';
import { formatNumber } from './convert-unit.ts';
import { asSignedChanges, REDUCTION_NOTE, reportsReduction } from './reduction-series.ts';
import type { RuleContext } from './rule-context.ts';
import { selectObservations } from './select-observations.ts';
import { STATUS_LABELS } from './status-labels.ts';
import { mergeThresholds } from './thresholds.ts';

function byTime<T extends { at: string }>(rows: T[], knownAt: string): T | undefined {
  const limit = Date.parse(knownAt);
  return rows
    .filter((r) => Date.parse(r.at) <= limit)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .at(-1);
}

/**
 * A quantity accumulates over the year (jobs, parks, investment) when the item says it is a flow
 * or its series is not a level (cumulative or per-period amounts; the total of a growth series);
 * a stock (拥有量, 常住人口, 床位数) is observed as a level and judged as one. With no kind, `flow:
 * false` is a decision (the user's, or indicatorColumns' reading of the name); only when the item
 * says nothing either way does a quantity default to a flow. Rates and levels never are.
 */
function isFlow(ctx: RuleContext): boolean {
  if (ctx.target.kind !== 'quantity') return false;
  const { flow, observationKind: kind } = ctx.item;
  if (flow === true) return true;
  if (kind === 'level') return false;
  // An amount (200亿美元) of a series usually published as growth (外贸进出口) is its year's total.
  if (kind === 'ytd_value' || kind === 'period_value' || kind === 'ytd_growth') return true;
  return flow !== false;
}

function isMultiYear(ctx: RuleContext): boolean {
  const { target, item } = ctx;
  if (target.kind === 'cagr' || target.kind === 'cumulative_change') return true;
  const span = item.periodStart != null && item.periodEnd != null && item.periodEnd > item.periodStart;
  const later = target.byYear != null && target.byYear > item.planYear;
  return (span || later) && (target.kind === 'level' || (target.kind === 'quantity' && !isFlow(ctx)));
}

/** Numeric targets: multi-year, relative, flows, then rates and levels. */
function assessNumeric(ctx: RuleContext): RuleResult {
  if (isMultiYear(ctx)) return assessMultiYear(ctx);
  if (ctx.target.kind === 'relative') return assessRelative(ctx);
  if (isFlow(ctx)) return assessFlow(ctx);
  return assessRate(ctx);
}

/** An assigned number turned into the target it stands for, in the indicator's terms. */
function assignedTarget(ctx: RuleContext, value: number, unit: string | null): Target {
  const kind = ctx.item.observationKind;
  const flow = ctx.item.flow === true || kind === 'ytd_value' || kind === 'period_value';
  const direction = ctx.direction ?? 'up';
  return {
    ...ctx.target,
    // The rules name the target by its text: name the assigned number, so every sentence and
    // gap is about the number it was judged against.
    text: `下达目标${formatNumber(value, 6)}${unit ?? ''}`,
    kind: flow ? 'quantity' : kind === 'ytd_growth' ? 'growth' : 'level',
    comparator: direction === 'down' ? 'lte' : direction === 'band' ? 'eq' : 'gte',
    value,
    min: null,
    max: null,
    unit,
    normalized: { value, unit: unit ?? ctx.item.unit ?? '' },
    direction,
  };
}

function assessExternal(ctx: RuleContext): RuleResult {
  const assigned = byTime(ctx.input.assignedValues ?? [], ctx.input.knownAt);
  const ruleZh = '上级下达目标，按下达值评估';
  if (!assigned) return undetermined('pending', 'external', ruleZh, `${ctx.item.name}待上级下达目标后评估`);
  const unit = assigned.unit ?? ctx.item.unit ?? null;
  const target = assignedTarget(ctx, assigned.value, unit);
  const result = assessNumeric({ ...ctx, target });
  // A trajectory sentence names its own point (序时目标值); the assigned number is added, never swapped in.
  const summaryZh = result.explanation.summaryZh.includes(target.text)
    ? result.explanation.summaryZh
    : `${result.explanation.summaryZh}（${target.text}）`;
  return {
    ...result,
    explanation: {
      ...result.explanation,
      rule: 'external',
      ruleZh: `${ruleZh}：${result.explanation.ruleZh}`,
      inputs: [
        {
          role: 'assigned',
          period: null,
          kind: 'assigned',
          value: assigned.value,
          unit,
          revision: null,
          recordedAt: assigned.at,
          source: `assigned by ${assigned.by}`,
          recordedBy: assigned.by,
        },
        ...result.explanation.inputs,
      ],
      comparison: { ...result.explanation.comparison, innerRule: result.explanation.rule },
      summaryZh,
    },
  };
}

function assessQualitative(ctx: RuleContext): RuleResult {
  const judgement = byTime(ctx.input.judgements ?? [], ctx.input.knownAt);
  const ruleZh = '定性目标按人工研判';
  if (!judgement)
    return undetermined('pending', 'qualitative', ruleZh, `${ctx.item.name}（${ctx.target.text}）待人工研判`);
  const label = STATUS_LABELS[judgement.status].zh;
  return {
    status: judgement.status,
    expected: null,
    actual: null,
    gap: null,
    projection: null,
    explanation: {
      rule: 'qualitative',
      ruleZh,
      inputs: [
        {
          role: 'judgement',
          period: null,
          kind: 'judgement',
          value: null,
          unit: null,
          revision: null,
          recordedAt: judgement.at,
          source: judgement.note ?? null,
          recordedBy: judgement.by,
        },
      ],
      comparison: { judgedBy: judgement.by, judgedAt: judgement.at, note: judgement.note ?? null },
      summaryZh: `${ctx.item.name}：${judgement.note ? `${judgement.note}，` : ''}研判为${label}`,
    },
  };
}

/**
 * Assesses one indicator at `asOf` with what was known at `knownAt` (DESIGN "Assessment"):
 * selects observations (latest revision per period, kind and region), picks the rule from the
 * target — qualitative, external, multi-year, relative, flow or rate/level — and explains it.
 * Never throws for numeric inputs; an unreadable target is `pending`.
 *
 * @example
 * assessIndicator({ item: { id: 1, name: '城镇新增就业', planYear: 2026, target }, observations,
 *   asOf: '2026-07-20', knownAt: '2026-07-20T00:00:00Z' }).explanation.summaryZh
 * // '1—6月城镇新增就业28.5万人，完成全年目标的47.5%，低于序时进度2.5个百分点'
 */
export function assessIndicator(input: IndicatorAssessmentInput): Assessment {
  const { item } = input;
  const binding = item.attribute === 'binding';
  const thresholds = mergeThresholds(input.thresholds, item.thresholds);
  const target = item.target;
  if (!target) {
    return finishAssessment(
      undetermined('pending', 'no_target', '未设定目标', `${item.name}未设定目标，待评估`),
      binding,
    );
  }
  // 能耗降低 3.2 is a 3.2% fall: on the target's signed scale before any rule reads it.
  const reduction = reportsReduction(item.name, target);
  const observations = reduction ? asSignedChanges(input.observations ?? []) : (input.observations ?? []);
  const selected = selectObservations(observations, {
    asOf: input.asOf,
    knownAt: input.knownAt,
    region: item.region,
  });
  const ctx: RuleContext = {
    input,
    item,
    target,
    direction: item.direction ?? target.direction ?? null,
    thresholds,
    selected,
    asOf: input.asOf,
  };
  let result: RuleResult;
  if (target.kind === 'qualitative') result = assessQualitative(ctx);
  else if (target.kind === 'external') result = assessExternal(ctx);
  else result = assessNumeric(ctx);
  if (reduction) result = { ...result, explanation: { ...result.explanation, seriesNote: REDUCTION_NOTE } };
  return finishAssessment(result, binding);
}
