import type { Target } from '../target/target.types.ts';
import type { Assessment, IndicatorAssessmentInput } from './assess.types.ts';
import { assessFlow } from './assess-flow.ts';
import { assessMultiYear } from './assess-multi-year.ts';
import { assessRate } from './assess-rate.ts';
import { assessRelative } from './assess-relative.ts';
import { finishAssessment, type RuleResult, undetermined } from './build-assessment.ts';
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
 * Quantities accumulate over the year (jobs, parks, investment) unless observed as a level (a
 * stock: 床位数, 保有量) and not marked as a flow; rates and levels never do.
 */
function isFlow(ctx: RuleContext): boolean {
  if (ctx.target.kind !== 'quantity') return false;
  return ctx.item.observationKind !== 'level' || ctx.item.flow === true;
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
  const result = assessNumeric({ ...ctx, target: assignedTarget(ctx, assigned.value, unit) });
  const summaryZh = result.explanation.summaryZh.replace(
    /（[^（）]*）/,
    `（下达目标${assigned.value}${unit ?? ''}）`,
  );
  return {
    ...result,
    explanation: {
      ...result.explanation,
      rule: 'external',
      ruleZh: `${ruleZh}：${result.explanation.ruleZh}`,
      inputs: [
        {
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
  const selected = selectObservations(input.observations ?? [], {
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
  return finishAssessment(result, binding);
}
