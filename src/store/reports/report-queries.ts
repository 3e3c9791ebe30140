import { sql } from 'kysely';
import type { Store } from '../open-database.ts';

/** When a confirmed report became known: its confirmation, or its recording for the office's own. */
const KNOWN_SINCE = sql<string>`coalesce(confirmed_at, recorded_at)`;

/** The plan row a report is titled from; undefined when there is no such plan. */
export function findReportPlan(store: Store, planId: number) {
  return store.db
    .selectFrom('plans')
    .select(['id', 'title', 'region', 'year', 'kind', 'period_start', 'period_end', 'demo'])
    .where('id', '=', planId)
    .executeTakeFirst();
}

/** The plan's sections (一)…(八) and its portfolio facts (正式项目184项), in document order. */
export async function listReportStructure(store: Store, planId: number) {
  const [sections, portfolio] = await Promise.all([
    store.db
      .selectFrom('sections')
      .select(['number', 'title'])
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .orderBy('number')
      .execute(),
    store.db
      .selectFrom('portfolio_facts')
      .select(['label', 'value', 'unit', 'normalized_value', 'normalized_unit'])
      .where('plan_id', '=', planId)
      .orderBy('id')
      .execute(),
  ]);
  return { sections, portfolio };
}

/**
 * Per item, the latest confirmed progress report known by `knownAt` that gives a reason for a delay
 * or a remedy (滞后原因, 整改措施), with whether any input is synthetic (示例数据).
 */
export async function listProgressNotes(store: Store, planId: number, knownAt: string) {
  const rows = await store.db
    .selectFrom('progress_reports')
    .select(['item_type', 'item_id', 'delay_reason', 'remedy', 'note'])
    .where('plan_id', '=', planId)
    .where('review_status', '=', 'confirmed')
    .where(KNOWN_SINCE, '<=', knownAt)
    .orderBy(KNOWN_SINCE)
    .orderBy('id')
    .execute();
  return rows;
}

/** Whether any confirmed observation or progress report of the plan is labelled synthetic. */
export async function hasSyntheticInputs(store: Store, planId: number): Promise<boolean> {
  const like = '%示例数据%';
  const observation = await store.db
    .selectFrom('observations as o')
    .innerJoin('indicators as i', 'i.id', 'o.indicator_id')
    .select('o.id')
    .where('i.plan_id', '=', planId)
    .where((eb) => eb.or([eb('o.source', 'like', like), eb('o.note', 'like', like)]))
    .limit(1)
    .executeTakeFirst();
  if (observation) return true;
  const progress = await store.db
    .selectFrom('progress_reports')
    .select('id')
    .where('plan_id', '=', planId)
    .where('note', 'like', like)
    .limit(1)
    .executeTakeFirst();
  return progress != null;
}
