import { z } from 'zod';
import { notFound } from '../../errors/app-error.ts';
import type { Store } from '../../store/open-database.ts';
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
    .select(['id', 'target_json'])
    .where('id', '=', indicatorId)
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('指标 (indicator)', indicatorId);
  return row;
}

/**
 * Records a person's judgement of a qualitative target (持续改善 …). Judgements are history: the
 * assessment uses the latest one recorded by its knownAt.
 */
export async function recordJudgement(store: Store, planId: number, indicatorId: number, body: unknown) {
  const j = parseOrThrow(judgementSchema, body);
  await requireIndicator(store, planId, indicatorId);
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
  await requireIndicator(store, planId, indicatorId);
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

/** Sets the plan-level assessment thresholds (merged over the defaults; null restores them). */
export async function setPlanThresholds(store: Store, planId: number, body: unknown) {
  const t = parseOrThrow(thresholdsSchema, body, '评估阈值无效 (invalid thresholds)');
  const r = await store.db
    .updateTable('plans')
    .set({ thresholds_json: t ? JSON.stringify(t) : null, updated_at: new Date().toISOString() })
    .where('id', '=', planId)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw notFound('规划 (plan)', planId);
  return { planId, thresholds: t };
}
