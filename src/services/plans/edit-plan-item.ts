import { z } from 'zod';
import { normalizeQuantity } from '../../domain/numbers/units.ts';
import { parseTarget } from '../../domain/target/parse-target.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import type { ItemType } from '../../http/api.types.ts';
import type { Store } from '../../store/open-database.ts';
import { getPlanRow } from './get-plan.ts';
import { presentCommitment, presentIndicator, presentMeasure, presentProject } from './plan-presenters.ts';

const TABLES = {
  indicator: 'indicators',
  commitment: 'commitments',
  project: 'projects',
  measure: 'measures',
} as const;

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const stage = z.enum(['complete', 'construct', 'start', 'reserve']);
const comparator = z.enum(['approx', 'gte', 'lte', 'eq', 'range']);

export const itemPatchSchemas = {
  indicator: z
    .object({
      name: z.string().min(1),
      attribute: z.enum(['expected', 'binding']),
      category: z.string().nullable(),
      targetText: z.string().min(1),
      direction: z.enum(['up', 'down', 'band']).nullable(),
      // The catalog's defaults, editable per plan.
      observationKind: z.enum(['ytd_value', 'ytd_growth', 'period_value', 'level']).nullable(),
      frequency: z.enum(['monthly', 'quarterly', 'yearly']).nullable(),
      flow: z.boolean(),
      thresholds: z.record(z.string(), z.union([z.number(), z.string()])).nullable(),
    })
    .partial(),
  commitment: z
    .object({
      text: z.string().min(1),
      subject: z.string(),
      value: z.number(),
      unit: z.string().min(1),
      comparator,
    })
    .partial(),
  project: z.object({ name: z.string().min(1), stage }).partial(),
  measure: z.object({ text: z.string().min(1) }).partial(),
};

export const itemCreateSchemas = {
  indicator: z.object({
    span,
    name: z.string().min(1),
    targetText: z.string().min(1),
    attribute: z.enum(['expected', 'binding']).default('expected'),
    category: z.string().nullable().default(null),
  }),
  commitment: z.object({
    span,
    text: z.string().min(1),
    subject: z.string().default(''),
    value: z.number(),
    unit: z.string().min(1),
    comparator: comparator.default('eq'),
    section: z.number().int().nullable().default(null),
  }),
  project: z.object({ span, name: z.string().min(1), stage: stage.default('construct') }),
  measure: z.object({ span, text: z.string().min(1), taskId: z.number().int().nullable().default(null) }),
};

type Dto = ReturnType<
  typeof presentIndicator | typeof presentCommitment | typeof presentProject | typeof presentMeasure
>;

function invalid(error: z.ZodError): AppError {
  return new AppError('VALIDATION_FAILED', '条目内容无效 (invalid item)', { issues: error.issues });
}

async function loadItem(store: Store, planId: number, type: ItemType, itemId: number) {
  const row = await store.db
    .selectFrom(TABLES[type])
    .selectAll()
    .where('id', '=', itemId)
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound(`条目 (${type})`, itemId);
  return row;
}

function present(type: ItemType, row: unknown): Dto {
  switch (type) {
    case 'indicator':
      return presentIndicator(row as Parameters<typeof presentIndicator>[0]);
    case 'commitment':
      return presentCommitment(row as Parameters<typeof presentCommitment>[0]);
    case 'project':
      return presentProject(row as Parameters<typeof presentProject>[0]);
    case 'measure':
      return presentMeasure(row as Parameters<typeof presentMeasure>[0]);
  }
}

async function recordRevision(
  store: Store,
  planId: number,
  type: ItemType,
  itemId: number,
  action: 'update' | 'delete' | 'create',
  before: unknown,
  after: unknown,
  by: string | null,
) {
  await store.db
    .insertInto('item_revisions')
    .values({
      plan_id: planId,
      item_type: type,
      item_id: itemId,
      action,
      before_json: before == null ? null : JSON.stringify(before),
      after_json: after == null ? null : JSON.stringify(after),
      recorded_at: new Date().toISOString(),
      recorded_by: by,
    })
    .execute();
}

/** Edits one item; the previous state is kept in item_revisions, never lost. */
export async function updatePlanItem(
  store: Store,
  planId: number,
  type: ItemType,
  itemId: number,
  patch: unknown,
  by: string | null = null,
): Promise<Dto> {
  await getPlanRow(store, planId);
  const parsed = itemPatchSchemas[type].safeParse(patch);
  if (!parsed.success) throw invalid(parsed.error);
  const before = await loadItem(store, planId, type, itemId);
  const p = parsed.data as Record<string, unknown>;
  const set: Record<string, unknown> = {};
  if (type === 'indicator') {
    if (p.name !== undefined) set.name = p.name;
    if (p.attribute !== undefined) set.attribute = p.attribute;
    if (p.category !== undefined) set.category = p.category;
    if (p.direction !== undefined) set.direction = p.direction;
    if (p.observationKind !== undefined) set.observation_kind = p.observationKind;
    if (p.frequency !== undefined) set.frequency = p.frequency;
    if (p.flow !== undefined) set.flow = p.flow ? 1 : 0;
    if (p.thresholds !== undefined) set.thresholds_json = p.thresholds ? JSON.stringify(p.thresholds) : null;
    if (p.targetText !== undefined) {
      const name = (p.name as string | undefined) ?? (before as { name: string }).name;
      const target = parseTarget(p.targetText as string, { indicatorName: name });
      set.target_text = target.text;
      set.target_json = JSON.stringify(target);
      if (p.direction === undefined) set.direction = target.direction;
      set.unit = target.unit;
    }
  } else if (type === 'commitment') {
    const b = before as { value: number; unit: string };
    for (const k of ['text', 'subject', 'value', 'unit', 'comparator'] as const)
      if (p[k] !== undefined) set[k] = p[k];
    if (p.value !== undefined || p.unit !== undefined) {
      const n = normalizeQuantity(
        (p.value as number | undefined) ?? b.value,
        (p.unit as string | undefined) ?? b.unit,
      );
      set.normalized_value = n.value;
      set.normalized_unit = n.unit;
    }
  } else if (type === 'project') {
    if (p.name !== undefined) set.name = p.name;
    if (p.stage !== undefined) set.planned_stage = p.stage;
  } else if (p.text !== undefined) set.text = p.text;

  return store.db.transaction().execute(async (trx) => {
    const tx = { ...store, db: trx } as Store;
    if (Object.keys(set).length > 0) {
      await trx.updateTable(TABLES[type]).set(set).where('id', '=', itemId).execute();
    }
    const after = await loadItem(tx, planId, type, itemId);
    await recordRevision(tx, planId, type, itemId, 'update', before, after, by);
    await trx
      .updateTable('plans')
      .set({ updated_at: new Date().toISOString() })
      .where('id', '=', planId)
      .execute();
    return present(type, after);
  });
}

/** Removes an item from the plan (soft delete: the row and its history stay). */
export async function deletePlanItem(
  store: Store,
  planId: number,
  type: ItemType,
  itemId: number,
  by: string | null = null,
): Promise<void> {
  const before = await loadItem(store, planId, type, itemId);
  await store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable(TABLES[type])
      .set({ deleted_at: new Date().toISOString() })
      .where('id', '=', itemId)
      .execute();
    await recordRevision({ ...store, db: trx } as Store, planId, type, itemId, 'delete', before, null, by);
  });
}

/** Adds an item the parser missed, from a selection of the source text. */
export async function createPlanItem(
  store: Store,
  planId: number,
  type: ItemType,
  body: unknown,
  by: string | null = null,
): Promise<Dto> {
  const plan = await getPlanRow(store, planId);
  const parsed = itemCreateSchemas[type].safeParse(body);
  if (!parsed.success) throw invalid(parsed.error);
  const d = parsed.data as Record<string, unknown> & { span: [number, number] };
  if (d.span[1] < d.span[0] || d.span[1] > plan.source_text.length) {
    throw new AppError('VALIDATION_FAILED', '选区超出原文范围 (span outside the document)', { span: d.span });
  }
  const key = `${type}-manual-${Date.now().toString(36)}`;
  const spanCols = { span_start: d.span[0], span_end: d.span[1] };
  return store.db.transaction().execute(async (trx) => {
    let id: number;
    if (type === 'indicator') {
      const target = parseTarget(d.targetText as string, { indicatorName: d.name as string });
      id = (
        await trx
          .insertInto('indicators')
          .values({
            plan_id: planId,
            key,
            name: d.name as string,
            attribute: d.attribute as string,
            category: d.category as string | null,
            period: String(plan.year ?? ''),
            target_text: target.text,
            target_json: JSON.stringify(target),
            direction: target.direction,
            code: null,
            unit: target.unit,
            observation_kind: null,
            frequency: null,
            flow: target.kind === 'quantity' ? 1 : 0,
            thresholds_json: null,
            sort_order: 10_000,
            ...spanCols,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    } else if (type === 'commitment') {
      const n = normalizeQuantity(d.value as number, d.unit as string);
      id = (
        await trx
          .insertInto('commitments')
          .values({
            plan_id: planId,
            key,
            text: d.text as string,
            subject: d.subject as string,
            value: d.value as number,
            unit: d.unit as string,
            comparator: d.comparator as string,
            normalized_value: n.value,
            normalized_unit: n.unit,
            section_number: d.section as number | null,
            task_key: null,
            indicator_id: null,
            sort_order: 10_000,
            ...spanCols,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    } else if (type === 'project') {
      id = (
        await trx
          .insertInto('projects')
          .values({
            plan_id: planId,
            key,
            name: d.name as string,
            planned_stage: d.stage as string,
            section_number: null,
            sort_order: 10_000,
            ...spanCols,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    } else {
      // Without an explicit task, the selection belongs to the task it follows in the text.
      const task = d.taskId
        ? await trx
            .selectFrom('tasks')
            .select(['id', 'section_id'])
            .where('id', '=', d.taskId as number)
            .where('plan_id', '=', planId)
            .executeTakeFirst()
        : await trx
            .selectFrom('tasks')
            .select(['id', 'section_id'])
            .where('plan_id', '=', planId)
            .where('deleted_at', 'is', null)
            .where('span_start', '<=', d.span[0])
            .orderBy('span_start', 'desc')
            .limit(1)
            .executeTakeFirst();
      id = (
        await trx
          .insertInto('measures')
          .values({
            plan_id: planId,
            task_id: task?.id ?? null,
            section_id: task?.section_id ?? null,
            key,
            text: d.text as string,
            sort_order: 10_000,
            ...spanCols,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }
    const tx = { ...store, db: trx } as Store;
    const after = await loadItem(tx, planId, type, id);
    await recordRevision(tx, planId, type, id, 'create', null, after, by);
    return present(type, after);
  });
}
