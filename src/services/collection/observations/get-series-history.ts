import { notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { knownAtBound, type ObservationView, presentObservation } from './observation-view.ts';

export interface SeriesKey {
  /** When given, the indicator must belong to this plan (404 otherwise). */
  planId?: number;
  indicatorId: number;
  region?: string;
  period?: string;
  kind?: string;
  /** Only revisions recorded at or before this instant (a bare date means the end of that day). */
  knownAt?: string;
}

/**
 * Every revision of a series, oldest first: who recorded which value when, from what source.
 * Narrow it to one key with region, period and kind.
 */
export async function getSeriesHistory(store: Store, key: SeriesKey): Promise<ObservationView[]> {
  const knownAt = key.knownAt ? knownAtBound(key.knownAt) : null;
  let indicator = store.db.selectFrom('indicators').select('id').where('id', '=', key.indicatorId);
  if (key.planId !== undefined) indicator = indicator.where('plan_id', '=', key.planId);
  if (!(await indicator.executeTakeFirst())) throw notFound('指标 (indicator)', key.indicatorId);
  let q = store.db.selectFrom('observations').selectAll().where('indicator_id', '=', key.indicatorId);
  if (key.region) q = q.where('region_code', '=', key.region);
  if (key.period) q = q.where('period', '=', key.period);
  if (key.kind) q = q.where('kind', '=', key.kind);
  if (knownAt) q = q.where('recorded_at', '<=', knownAt);
  const rows = await q
    .orderBy('region_code')
    .orderBy('period_end')
    .orderBy('period')
    .orderBy('kind')
    .orderBy('revision')
    .execute();
  return rows.map(presentObservation);
}
