import { AppError, notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';

export const ITEM_TYPES = ['indicator', 'measure', 'commitment', 'project'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

const TABLES = {
  indicator: 'indicators',
  measure: 'measures',
  commitment: 'commitments',
  project: 'projects',
} as const;

export interface PlanItem {
  type: ItemType;
  id: number;
  planId: number;
  /** The name, or the text of a measure or commitment. */
  label: string;
}

export function assertItemType(type: string): ItemType {
  if (!(ITEM_TYPES as readonly string[]).includes(type))
    throw new AppError('BAD_REQUEST', `条目类型应为 ${ITEM_TYPES.join(' / ')} (unknown item type): ${type}`);
  return type as ItemType;
}

/** A plan that does not exist is a 404, not an empty list or a foreign-key error. */
export async function assertPlan(store: Store, planId: number): Promise<void> {
  const plan = await store.db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('规划 (plan)', planId);
}

/** Every live item of a plan of the given types, in document order. */
export async function listPlanItems(
  store: Store,
  planId: number,
  types: readonly ItemType[] = ITEM_TYPES,
): Promise<PlanItem[]> {
  const out: PlanItem[] = [];
  for (const type of types) {
    const table = TABLES[type];
    const label = type === 'measure' || type === 'commitment' ? 'text' : 'name';
    const rows = (await store.db
      .selectFrom(table)
      .select(['id', 'plan_id', `${label} as label` as 'id'])
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .orderBy('sort_order')
      .orderBy('id')
      .execute()) as unknown as Array<{ id: number; plan_id: number; label: string }>;
    for (const r of rows) out.push({ type, id: r.id, planId: r.plan_id, label: r.label });
  }
  return out;
}

export async function getPlanItem(
  store: Store,
  planId: number,
  type: ItemType,
  id: number,
): Promise<PlanItem> {
  const items = (await listPlanItems(store, planId, [type])).filter((i) => i.id === id);
  if (items.length === 0) throw notFound(`条目 (${type})`, id);
  return items[0];
}
