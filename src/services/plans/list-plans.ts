import type { Store } from '../../store/open-database.ts';
import type { PlanSummary } from './plan.types.ts';
import { presentPlanSummary } from './plan-presenters.ts';

type CountTable = 'indicators' | 'sections' | 'measures' | 'commitments' | 'projects';
const COUNTED: CountTable[] = ['indicators', 'sections', 'measures', 'commitments', 'projects'];

/** Plans, newest first, each with the number of live items of every kind. */
export async function listPlans(store: Store): Promise<PlanSummary[]> {
  const plans = await store.db.selectFrom('plans').selectAll().orderBy('id', 'desc').execute();
  if (plans.length === 0) return [];
  const counts = new Map<number, PlanSummary['counts']>();
  for (const p of plans)
    counts.set(p.id, { indicators: 0, sections: 0, measures: 0, commitments: 0, projects: 0 });
  for (const table of COUNTED) {
    const rows = await store.db
      .selectFrom(table)
      .select(['plan_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('deleted_at', 'is', null)
      .groupBy('plan_id')
      .execute();
    for (const r of rows) {
      const c = counts.get(r.plan_id);
      if (c) c[table] = Number(r.n);
    }
  }
  return plans.map((p) => presentPlanSummary(p, counts.get(p.id)!));
}

export async function countPlans(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('plans')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
