import { z } from 'zod';
import {
  checkThresholds,
  DEFAULT_THRESHOLDS,
  mergeThresholds,
  type ThresholdIssue,
  type ThresholdOverrides,
  type Thresholds,
} from '../../domain/assess/index.ts';
import type { Target } from '../../domain/target/target.types.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import type { Store } from '../../store/open-database.ts';
import { updatePlanItem } from '../plans/edit-plan-item.ts';
import { parseJsonColumn } from '../plans/plan-presenters.ts';
import { parseOrThrow, text, thresholdOverridesSchema } from '../validation.ts';

export const judgementSchema = z.object({
  status: z.enum(['achieved', 'on_track', 'at_risk', 'off_track', 'basically_achieved', 'missed']),
  note: text(2000).nullish(),
  by: text(100).pipe(z.string().min(1)),
});

export const assignmentSchema = z.object({
  value: z.number().finite(),
  unit: text(20).nullish(),
  note: text(2000).nullish(),
  by: text(100).pipe(z.string().min(1)),
});

async function requireIndicator(store: Store, planId: number, indicatorId: number) {
  const row = await store.db
    .selectFrom('indicators')
    .select(['id', 'name', 'target_json', 'thresholds_json'])
    .where('id', '=', indicatorId)
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('指标 (indicator)', indicatorId);
  return row;
}

/**
 * Refuses an input the indicator's rule never reads: a judgement only decides a qualitative
 * target (持续改善), an assigned value only an external one (完成国家下达目标). Accepting either
 * elsewhere would store a number or a verdict that silently changes nothing.
 */
function requireTargetKind(
  row: { id: number; name: string; target_json: string },
  kind: 'qualitative' | 'external',
  what: string,
) {
  const target = parseJsonColumn<Target>(row.target_json);
  if (target?.kind === kind) return;
  const only =
    kind === 'qualitative' ? '定性目标（如持续改善、保持稳定）' : '上级下达目标（完成国家下达目标）';
  throw new AppError(
    'VALIDATION_FAILED',
    `指标「${row.name}」的目标（${target?.text ?? '无'}）不是${only}，不能录入${what} (only a ${kind} target takes this input; this one is ${target?.kind ?? 'none'})`,
    { indicatorId: row.id, targetKind: target?.kind ?? null, accepts: kind },
  );
}

/**
 * Records a person's judgement of a qualitative target (持续改善 …). Judgements are history: the
 * assessment uses the latest one recorded by its knownAt.
 */
export async function recordJudgement(store: Store, planId: number, indicatorId: number, body: unknown) {
  const j = parseOrThrow(judgementSchema, body);
  requireTargetKind(await requireIndicator(store, planId, indicatorId), 'qualitative', '人工研判');
  const recordedAt = new Date().toISOString();
  const row = await store.db
    .insertInto('indicator_judgements')
    .values({
      indicator_id: indicatorId,
      status: j.status,
      note: j.note ?? null,
      recorded_at: recordedAt,
      recorded_by: j.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, indicatorId, status: j.status, note: j.note ?? null, recordedAt, recordedBy: j.by };
}

/**
 * Records the number a higher level assigned to an external target (完成国家下达目标), with who
 * entered it and when; until one exists the indicator stays `pending`.
 */
export async function recordAssignment(store: Store, planId: number, indicatorId: number, body: unknown) {
  const a = parseOrThrow(assignmentSchema, body);
  requireTargetKind(await requireIndicator(store, planId, indicatorId), 'external', '下达目标值');
  const recordedAt = new Date().toISOString();
  const row = await store.db
    .insertInto('indicator_assignments')
    .values({
      indicator_id: indicatorId,
      value: a.value,
      unit: a.unit ?? null,
      note: a.note ?? null,
      recorded_at: recordedAt,
      recorded_by: a.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    indicatorId,
    value: a.value,
    unit: a.unit ?? null,
    note: a.note ?? null,
    recordedAt,
    recordedBy: a.by,
  };
}

const thresholdsSchema = thresholdOverridesSchema.nullable();

/**
 * The overrides in a request body, or every problem with them in one error: the fields the schema
 * refuses (a negative tolerance, an unknown key) and, among the rest, those out of range or
 * inconsistent once merged over `inherited` — so one answer lists each field to fix.
 */
function parseThresholds(body: unknown, inherited: Thresholds): ThresholdOverrides | null {
  const r = thresholdsSchema.safeParse(body);
  if (r.success) {
    refuseIssues(r.data ? checkThresholds(r.data, inherited) : []);
    return r.data;
  }
  const issues: ThresholdIssue[] = r.error.issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
  }));
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const refused = new Set(r.error.issues.map((i) => String(i.path[0] ?? '')));
    const rest = Object.fromEntries(Object.entries(body).filter(([k]) => !refused.has(k)));
    const parsedRest = thresholdOverridesSchema.safeParse(rest);
    if (parsedRest.success) issues.push(...checkThresholds(parsedRest.data, inherited));
  }
  refuseIssues(issues.length > 0 ? issues : [{ path: '', message: '评估阈值无效 (invalid thresholds)' }]);
  return null;
}

function refuseIssues(issues: ThresholdIssue[]): void {
  if (issues.length === 0) return;
  // The fields are in the message too: the CLI shows the message, not the details.
  throw new AppError(
    'VALIDATION_FAILED',
    `评估阈值无效 (invalid thresholds): ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('；')}`,
    { issues },
  );
}

/**
 * Sets the plan-level assessment thresholds (merged over the defaults; null restores them).
 * Refused, listing every field, when they are out of range or inconsistent — on their own or
 * under an indicator's own overrides, which are merged over them.
 */
export async function setPlanThresholds(store: Store, planId: number, body: unknown) {
  const plan = await store.db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('规划 (plan)', planId);
  const t = parseThresholds(body, DEFAULT_THRESHOLDS);
  const merged = mergeThresholds(t);
  const indicators = await store.db
    .selectFrom('indicators')
    .select(['id', 'thresholds_json'])
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .where('thresholds_json', 'is not', null)
    .execute();
  const issues: ThresholdIssue[] = [];
  for (const ind of indicators) {
    const own = parseJsonColumn<ThresholdOverrides>(ind.thresholds_json);
    if (!own) continue;
    for (const i of checkThresholds(own, merged))
      issues.push({ path: `indicators.${ind.id}.${i.path}`, message: i.message });
  }
  refuseIssues(issues);
  await store.db
    .updateTable('plans')
    .set({ thresholds_json: t ? JSON.stringify(t) : null, updated_at: new Date().toISOString() })
    .where('id', '=', planId)
    .execute();
  return { planId, thresholds: t };
}

/**
 * Sets one indicator's own thresholds, merged over the plan's (null: inherit them all), checked
 * against the plan's settings they will be merged with.
 */
export async function setIndicatorThresholds(
  store: Store,
  planId: number,
  indicatorId: number,
  body: unknown,
  by: string | null = null,
) {
  await requireIndicator(store, planId, indicatorId);
  const plan = await store.db
    .selectFrom('plans')
    .select('thresholds_json')
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
  const inherited = mergeThresholds(parseJsonColumn<ThresholdOverrides>(plan.thresholds_json));
  const t = parseThresholds(body, inherited);
  // Through the item edit, so the previous setting is kept in the item's revisions.
  await updatePlanItem(store, planId, 'indicator', indicatorId, { thresholds: t }, by);
  return { planId, indicatorId, thresholds: t, effective: mergeThresholds(inherited, t) };
}

/**
 * The thresholds in force: the plan's overrides, the indicator's (when one is named) and what
 * they merge to over the defaults — what `planwatch thresholds` shows before anything is changed.
 */
export async function getThresholds(store: Store, planId: number, indicatorId?: number) {
  const plan = await store.db
    .selectFrom('plans')
    .select('thresholds_json')
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!plan) throw notFound('规划 (plan)', planId);
  const planOverrides = parseJsonColumn<ThresholdOverrides>(plan.thresholds_json);
  const row = indicatorId === undefined ? null : await requireIndicator(store, planId, indicatorId);
  const indicatorOverrides = row ? parseJsonColumn<ThresholdOverrides>(row.thresholds_json) : null;
  return {
    planId,
    indicatorId: row?.id ?? null,
    plan: planOverrides,
    indicator: indicatorOverrides,
    effective: mergeThresholds(planOverrides, indicatorOverrides),
  };
}

/**
 * The id of a live indicator of the plan named by its id or by its name as written (exact, else
 * the one name that starts with it); refused when the name is ambiguous.
 */
export async function resolveIndicatorId(store: Store, planId: number, idOrName: string): Promise<number> {
  const rows = await store.db
    .selectFrom('indicators')
    .select(['id', 'name'])
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .execute();
  if (/^\d+$/.test(idOrName)) {
    const byId = rows.find((r) => r.id === Number(idOrName));
    if (byId) return byId.id;
  }
  const exact = rows.filter((r) => r.name === idOrName);
  const matches = exact.length > 0 ? exact : rows.filter((r) => r.name.startsWith(idOrName));
  if (matches.length === 1) return matches[0].id;
  if (matches.length === 0) throw notFound('指标 (indicator)', idOrName);
  throw new AppError(
    'BAD_REQUEST',
    `指标名称不唯一 (ambiguous indicator): ${idOrName} → ${matches.map((m) => `${m.id} ${m.name}`).join('；')}`,
  );
}
