import { AppError } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { type DepartmentView, getDepartment, listDepartments } from './manage-departments.ts';
import { assertPlan, getPlanItem, type ItemType, listPlanItems, type PlanItem } from './plan-items.ts';

export type AssignmentRole = 'lead' | 'support';

export interface AssignmentView {
  itemType: string;
  itemId: number;
  departmentId: number;
  departmentName: string;
  role: string;
}

export interface AssignInput {
  planId: number;
  itemType: ItemType;
  itemId: number;
  departmentId: number;
  /** lead 牵头单位 (one per item) or support 配合单位. */
  role?: AssignmentRole;
  by?: string | null;
}

/** Assigns an item; a new lead replaces the previous lead (who stays as nothing, not as support). */
export async function assignItem(store: Store, input: AssignInput): Promise<AssignmentView[]> {
  await getPlanItem(store, input.planId, input.itemType, input.itemId);
  await getDepartment(store, input.departmentId);
  const role = input.role ?? 'lead';
  if (role !== 'lead' && role !== 'support')
    throw new AppError('BAD_REQUEST', `role 应为 lead / support: ${role}`);
  await store.db.transaction().execute(async (trx) => {
    const base = trx
      .deleteFrom('item_assignments')
      .where('item_type', '=', input.itemType)
      .where('item_id', '=', input.itemId);
    if (role === 'lead')
      await base
        .where((eb) => eb.or([eb('role', '=', 'lead'), eb('department_id', '=', input.departmentId)]))
        .execute();
    else await base.where('department_id', '=', input.departmentId).execute();
    await trx
      .insertInto('item_assignments')
      .values({
        plan_id: input.planId,
        item_type: input.itemType,
        item_id: input.itemId,
        department_id: input.departmentId,
        role,
        created_at: new Date().toISOString(),
        created_by: input.by ?? null,
      })
      .execute();
  });
  return listAssignments(store, input.planId, { itemType: input.itemType, itemId: input.itemId });
}

export async function unassignItem(store: Store, input: Omit<AssignInput, 'role'>): Promise<void> {
  await getPlanItem(store, input.planId, input.itemType, input.itemId);
  await store.db
    .deleteFrom('item_assignments')
    .where('plan_id', '=', input.planId)
    .where('item_type', '=', input.itemType)
    .where('item_id', '=', input.itemId)
    .where('department_id', '=', input.departmentId)
    .execute();
}

export async function listAssignments(
  store: Store,
  planId: number,
  filter: { itemType?: string; itemId?: number; departmentId?: number } = {},
): Promise<AssignmentView[]> {
  await assertPlan(store, planId);
  let q = store.db
    .selectFrom('item_assignments as a')
    .innerJoin('departments as d', 'd.id', 'a.department_id')
    .select(['a.item_type', 'a.item_id', 'a.department_id', 'd.name', 'a.role'])
    .where('a.plan_id', '=', planId);
  if (filter.itemType) q = q.where('a.item_type', '=', filter.itemType);
  if (filter.itemId !== undefined) q = q.where('a.item_id', '=', filter.itemId);
  if (filter.departmentId !== undefined) q = q.where('a.department_id', '=', filter.departmentId);
  const rows = await q
    .orderBy('a.item_type')
    .orderBy('a.item_id')
    .orderBy('a.role')
    .orderBy('d.sort_order')
    .execute();
  return rows.map((r) => ({
    itemType: r.item_type,
    itemId: r.item_id,
    departmentId: r.department_id,
    departmentName: r.name,
    role: r.role,
  }));
}

export interface Suggestion {
  departmentId: number;
  departmentName: string;
  /** The keywords of the department found in the item's text. */
  matched: string[];
  score: number;
}

/** Departments whose keywords occur in a text (公园 → 绿化市容局), best first; for the user to confirm. */
export async function suggestDepartments(
  store: Store,
  text: string,
  limit = 3,
  departments?: DepartmentView[],
): Promise<Suggestion[]> {
  const normalized = text
    .normalize('NFKC')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, '')
    .toUpperCase();
  const out: Suggestion[] = [];
  for (const d of departments ?? (await listDepartments(store))) {
    const matched = d.keywords.filter((k) => normalized.includes(k.normalize('NFKC').toUpperCase()));
    // Longer keywords are more specific: 租赁住房 says more than 住房.
    if (matched.length)
      out.push({
        departmentId: d.id,
        departmentName: d.name,
        matched,
        score: matched.reduce((s, k) => s + k.length, 0),
      });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Every unassigned item of a plan with its suggestions (the 任务分工 screen's first draft). */
export async function suggestAssignments(
  store: Store,
  planId: number,
): Promise<Array<{ item: PlanItem; suggestions: Suggestion[] }>> {
  const assigned = new Set((await listAssignments(store, planId)).map((a) => `${a.itemType}:${a.itemId}`));
  const departments = await listDepartments(store);
  const out: Array<{ item: PlanItem; suggestions: Suggestion[] }> = [];
  for (const item of await listPlanItems(store, planId)) {
    if (assigned.has(`${item.type}:${item.id}`)) continue;
    out.push({ item, suggestions: await suggestDepartments(store, item.label, 3, departments) });
  }
  return out;
}
