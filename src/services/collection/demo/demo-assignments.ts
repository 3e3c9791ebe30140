import type { Store } from '../../../store/open-database.ts';
import { suggestAssignments } from '../departments/assign-items.ts';
import { DEMO_BY } from './demo-constants.ts';

/** Accepts the keyword suggestions for every unassigned item: the top one leads, the next supports. */
export async function assignDemoDepartments(store: Store, planId: number): Promise<number> {
  const now = new Date().toISOString();
  const values: Array<{
    plan_id: number;
    item_type: string;
    item_id: number;
    department_id: number;
    role: string;
    created_at: string;
    created_by: string;
  }> = [];
  for (const { item, suggestions } of await suggestAssignments(store, planId)) {
    suggestions.slice(0, 2).forEach((s, i) => {
      values.push({
        plan_id: planId,
        item_type: item.type,
        item_id: item.id,
        department_id: s.departmentId,
        role: i === 0 ? 'lead' : 'support',
        created_at: now,
        created_by: DEMO_BY,
      });
    });
  }
  for (let i = 0; i < values.length; i += 500)
    await store.db
      .insertInto('item_assignments')
      .values(values.slice(i, i + 500))
      .execute();
  return values.length;
}
