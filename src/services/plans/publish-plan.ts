import type { Store } from '../../store/open-database.ts';
import { getPlanRow } from './get-plan.ts';
import { listPlans } from './list-plans.ts';
import type { PlanSummary } from './plan.types.ts';

/** Publishing is idempotent: a published plan keeps its first publication time. */
export async function publishPlan(store: Store, planId: number): Promise<PlanSummary> {
  const plan = await getPlanRow(store, planId);
  if (plan.status !== 'published') {
    const now = new Date().toISOString();
    await store.db
      .updateTable('plans')
      .set({ status: 'published', published_at: now, updated_at: now })
      .where('id', '=', planId)
      .execute();
  }
  const all = await listPlans(store);
  return all.find((p) => p.id === planId)!;
}
