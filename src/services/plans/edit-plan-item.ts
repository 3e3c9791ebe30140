import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { checkThresholds, mergeThresholds, type ThresholdOverrides } from '../../domain/assess/thresholds.ts';
import { normalizeQuantity } from '../../domain/numbers/units.ts';
import { parseTarget } from '../../domain/target/parse-target.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { inTransaction, type Store } from '../../store/open-database.ts';
import { parseOrThrow, text, thresholdOverridesSchema } from '../validation.ts';
import { getPlanRow } from './get-plan.ts';
import { indicatorColumns } from './indicator-columns.ts';
import type { CommitmentDto, IndicatorDto, ItemType, MeasureDto, ProjectDto } from './plan.types.ts';
import {
  parseJsonColumn,
  presentCommitment,
  presentIndicator,
  presentMeasure,
  presentProject,
} from './plan-presenters.ts';

const TABLES = {
  indicator: 'indicators',
  commitment: 'commitments',
  project: 'projects',
  measure: 'measures',
} as const;

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const stage = z.enum(['complete', 'construct', 'start', 'reserve']);
const comparator = z.enum(['approx', 'gte', 'lte', 'eq', 'range']);
const name = text(500).pipe(z.string().min(1));

export const itemPatchSchemas = {
  indicator: z
    .object({
      name,
      attribute: z.enum(['expected', 'binding']),
      category: text(200).nullable(),
      targetText: text(500).pipe(z.string().min(1)),
      direction: z.enum(['up', 'down', 'band']).nullable(),
      // The catalog's defaults, editable per plan.
      observationKind: z.enum(['ytd_value', 'ytd_growth', 'period_value', 'level']).nullable(),
      frequency: z.enum(['monthly', 'quarterly', 'yearly']).nullable(),
      flow: z.boolean(),
      thresholds: thresholdOverridesSchema.nullable(),
    })
    .partial()
    .strict(),
  commitment: z
    .object({
      text: name,
      subject: text(500),
      value: z.number().finite(),
      unit: text(20).pipe(z.string().min(1)),
      comparator,
    })
    .partial()
    .strict(),
  project: z.object({ name, stage }).partial().strict(),
  measure: z
    .object({ text: text(5000).pipe(z.string().min(1)) })
    .partial()
    .strict(),
};

export const itemCreateSchemas = {
  indicator: z.object({
    span,
    name,
    targetText: text(500).pipe(z.string().min(1)),
    attribute: z.enum(['expected', 'binding']).default('expected'),
    category: text(200).nullable().default(null),
  }),
  commitment: z.object({
    span,
    text: name,
    subject: text(500).default(''),
    value: z.number().finite(),
    unit: text(20).pipe(z.string().min(1)),
    comparator: comparator.default('eq'),
    section: z.number().int().nullable().default(null),
  }),
  project: z.object({ span, name, stage: stage.default('construct') }),
  measure: z.object({
    span,
    text: text(5000).pipe(z.string().min(1)),
    taskId: z.number().int().nullable().default(null),
  }),
};

/** What an edit or an addition of each item type answers with. */
export interface ItemDtos {
  indicator: IndicatorDto;
  commitment: CommitmentDto;
  project: ProjectDto;
  measure: MeasureDto;
}
type Dto = ItemDtos[ItemType];

/** An addition, tagged with its item type: one branch per type, each with its own fields. */
type ItemCreate = {
  [T in ItemType]: { type: T } & z.output<(typeof itemCreateSchemas)[T]>;
}[ItemType];

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
  tx: Store,
  planId: number,
  type: ItemType,
  itemId: number,
  action: 'update' | 'delete' | 'create',
  before: unknown,
  after: unknown,
  by: string | null,
) {
  const now = new Date().toISOString();
  await tx.db
    .insertInto('item_revisions')
    .values({
      plan_id: planId,
      item_type: type,
      item_id: itemId,
      action,
      before_json: before == null ? null : JSON.stringify(before),
      after_json: after == null ? null : JSON.stringify(after),
      recorded_at: now,
      recorded_by: by,
    })
    .execute();
  await tx.db.updateTable('plans').set({ updated_at: now }).where('id', '=', planId).execute();
}

/** The column changes a validated patch makes to the row as it was. */
function columnsFor(type: ItemType, p: Record<string, unknown>, before: Record<string, unknown>) {
  const set: Record<string, unknown> = {};
  if (type === 'indicator') {
    if (p.name !== undefined) set.name = p.name;
    if (p.attribute !== undefined) set.attribute = p.attribute;
    if (p.category !== undefined) set.category = p.category;
    if (p.targetText !== undefined || p.name !== undefined) {
      const indicatorName = (p.name as string | undefined) ?? (before.name as string);
      const targetText = (p.targetText as string | undefined) ?? (before.target_text as string);
      Object.assign(set, indicatorColumns(indicatorName, parseTarget(targetText, { indicatorName })));
    }
    if (p.direction !== undefined) set.direction = p.direction;
    if (p.observationKind !== undefined) set.observation_kind = p.observationKind;
    if (p.frequency !== undefined) set.frequency = p.frequency;
    if (p.flow !== undefined) set.flow = p.flow ? 1 : 0;
    if (p.thresholds !== undefined) set.thresholds_json = p.thresholds ? JSON.stringify(p.thresholds) : null;
  } else if (type === 'commitment') {
    for (const k of ['text', 'subject', 'value', 'unit', 'comparator'] as const)
      if (p[k] !== undefined) set[k] = p[k];
    if (p.value !== undefined || p.unit !== undefined) {
      const n = normalizeQuantity(
        (p.value as number | undefined) ?? (before.value as number),
        (p.unit as string | undefined) ?? (before.unit as string),
      );
      set.normalized_value = n.value;
      set.normalized_unit = n.unit;
    }
  } else if (type === 'project') {
    if (p.name !== undefined) set.name = p.name;
    if (p.stage !== undefined) set.planned_stage = p.stage;
  } else if (p.text !== undefined) set.text = p.text;
  return set;
}

/** Edits one item; the previous state is kept in item_revisions, never lost. */
export async function updatePlanItem<T extends ItemType>(
  store: Store,
  planId: number,
  type: T,
  itemId: number,
  patch: unknown,
  by: string | null = null,
): Promise<ItemDtos[T]> {
  const plan = await getPlanRow(store, planId);
  const p = parseOrThrow(itemPatchSchemas[type], patch, '条目内容无效 (invalid item)') as Record<
    string,
    unknown
  >;
  if (type === 'indicator' && p.thresholds) {
    // The same checks as PUT …/thresholds: an edit must not store thresholds the engine would misread.
    const inherited = mergeThresholds(parseJsonColumn<ThresholdOverrides>(plan.thresholds_json));
    const issues = checkThresholds(p.thresholds as ThresholdOverrides, inherited);
    if (issues.length > 0)
      throw new AppError(
        'VALIDATION_FAILED',
        `评估阈值无效 (invalid thresholds): ${issues.map((i) => `${i.path}: ${i.message}`).join('；')}`,
        { issues },
      );
  }
  return inTransaction(store, async (tx) => {
    const before = await loadItem(tx, planId, type, itemId);
    const set = columnsFor(type, p, before as Record<string, unknown>);
    if (Object.keys(set).length > 0)
      await tx.db
        .updateTable(TABLES[type as ItemType])
        .set(set)
        .where('id', '=', itemId)
        .execute();
    const after = await loadItem(tx, planId, type, itemId);
    await recordRevision(tx, planId, type, itemId, 'update', before, after, by);
    return present(type, after) as ItemDtos[T];
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
  await inTransaction(store, async (tx) => {
    const before = await loadItem(tx, planId, type, itemId);
    await tx.db
      .updateTable(TABLES[type])
      .set({ deleted_at: new Date().toISOString() })
      .where('id', '=', itemId)
      .execute();
    await recordRevision(tx, planId, type, itemId, 'delete', before, null, by);
  });
}

/** The task a measure belongs to: the one named, else the one whose text it follows. */
async function taskFor(tx: Store, planId: number, taskId: number | null, at: number) {
  const q = tx.db
    .selectFrom('tasks')
    .select(['id', 'section_id'])
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null);
  if (taskId != null) {
    const task = await q.where('id', '=', taskId).executeTakeFirst();
    if (!task) throw notFound('任务 (task)', taskId);
    return task;
  }
  const task = await q
    .where('span_start', '<=', at)
    .orderBy('span_start', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!task) {
    throw new AppError(
      'VALIDATION_FAILED',
      '选区之前没有任务，请指定 taskId (no task precedes the selection: give taskId)',
    );
  }
  return task;
}

/** Adds an item the parser missed, from a selection of the source text. */
export async function createPlanItem<T extends ItemType>(
  store: Store,
  planId: number,
  type: T,
  body: unknown,
  by: string | null = null,
): Promise<ItemDtos[T]> {
  const plan = await getPlanRow(store, planId);
  const d = parseOrThrow(
    itemCreateSchemas[type] as (typeof itemCreateSchemas)[ItemType],
    body,
    '条目内容无效 (invalid item)',
  );
  if (d.span[1] < d.span[0] || d.span[1] > plan.source_text.length) {
    throw new AppError('VALIDATION_FAILED', '选区超出原文范围 (span outside the document)', { span: d.span });
  }
  const key = `${type}-manual-${randomUUID().slice(0, 8)}`;
  const common = { plan_id: planId, key, sort_order: 10_000, span_start: d.span[0], span_end: d.span[1] };
  const input = { type, ...d } as ItemCreate;
  return inTransaction(store, async (tx) => {
    let id: number;
    if (input.type === 'indicator') {
      const indicatorName = input.name;
      const target = parseTarget(input.targetText, { indicatorName });
      const period =
        plan.period_start && plan.period_end
          ? `${plan.period_start}-${plan.period_end}`
          : String(plan.year ?? '');
      const row = await tx.db
        .insertInto('indicators')
        .values({
          ...common,
          name: indicatorName,
          attribute: input.attribute,
          category: input.category,
          period,
          ...indicatorColumns(indicatorName, target),
          thresholds_json: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    } else if (input.type === 'commitment') {
      const n = normalizeQuantity(input.value, input.unit);
      const row = await tx.db
        .insertInto('commitments')
        .values({
          ...common,
          text: input.text,
          subject: input.subject,
          value: input.value,
          unit: input.unit,
          comparator: input.comparator,
          normalized_value: n.value,
          normalized_unit: n.unit,
          section_number: input.section,
          task_key: null,
          indicator_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    } else if (input.type === 'project') {
      const row = await tx.db
        .insertInto('projects')
        .values({ ...common, name: input.name, planned_stage: input.stage, section_number: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    } else {
      const task = await taskFor(tx, planId, input.taskId, d.span[0]);
      const row = await tx.db
        .insertInto('measures')
        .values({ ...common, task_id: task.id, section_id: task.section_id, text: input.text })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    }
    const after = await loadItem(tx, planId, type, id);
    await recordRevision(tx, planId, type, id, 'create', null, after, by);
    return present(type, after) as ItemDtos[T];
  });
}
