import type { Store } from '../../store/open-database.ts';

/** Every item of a plan that has not been removed, in document order. */
export async function loadLiveItems(store: Store, planId: number) {
  const db = store.db;
  const [indicators, sections, tasks, measures, commitments, projects] = await Promise.all([
    db
      .selectFrom('indicators')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sections')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .orderBy('number')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('tasks')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('measures')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('commitments')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('projects')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
  ]);
  return { indicators, sections, tasks, measures, commitments, projects };
}
