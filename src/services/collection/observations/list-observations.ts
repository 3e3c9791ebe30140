import { sql } from 'kysely';
import { AppError } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { isoDate } from '../../validation.ts';
import { assertPlan } from '../departments/plan-items.ts';
import { knownAtBound, type ObservationView, presentObservation } from './observation-view.ts';

export interface ListObservationsInput {
  planId: number;
  indicatorId?: number;
  region?: string;
  period?: string;
  kind?: string;
  /** YYYY-MM-DD: only periods ending on or before it. */
  asOf?: string;
  /**
   * ISO date or datetime with offset (default now): only revisions known by then — a confirmed
   * value from its confirmation, not from when the department first sent it.
   */
  knownAt?: string;
  /** Submitted but not yet confirmed values are hidden unless asked for (review screens). */
  includeUnconfirmed?: boolean;
}

/**
 * The value of every series as it was known at `knownAt`: per key the latest revision recorded by
 * then, for periods ending by `asOf`. Only confirmed values unless `includeUnconfirmed`.
 */
export async function listObservations(
  store: Store,
  input: ListObservationsInput,
): Promise<ObservationView[]> {
  if (input.asOf && !isoDate.safeParse(input.asOf).success)
    throw new AppError('VALIDATION_FAILED', `asOf 应为 YYYY-MM-DD (asOf must be a date): ${input.asOf}`, {
      field: 'asOf',
      value: input.asOf,
    });
  const knownAt = knownAtBound(input.knownAt);
  await assertPlan(store, input.planId);
  const statuses = input.includeUnconfirmed ? ['confirmed', 'submitted', 'draft'] : ['confirmed'];
  let q = store.db
    .selectFrom('observations as o')
    .innerJoin('indicators as i', 'i.id', 'o.indicator_id')
    .selectAll('o')
    .where('i.plan_id', '=', input.planId)
    .where(sql<string>`coalesce(o.confirmed_at, o.recorded_at)`, '<=', knownAt)
    .where('o.status', 'in', statuses)
    .where(({ eb, selectFrom }) =>
      eb(
        'o.revision',
        '=',
        selectFrom('observations as o2')
          .select(sql<number>`max(o2.revision)`.as('r'))
          .whereRef('o2.indicator_id', '=', 'o.indicator_id')
          .whereRef('o2.region_code', '=', 'o.region_code')
          .whereRef('o2.period', '=', 'o.period')
          .whereRef('o2.kind', '=', 'o.kind')
          .where(sql<string>`coalesce(o2.confirmed_at, o2.recorded_at)`, '<=', knownAt)
          .where('o2.status', 'in', statuses),
      ),
    );
  if (input.indicatorId !== undefined) q = q.where('o.indicator_id', '=', input.indicatorId);
  if (input.region) q = q.where('o.region_code', '=', input.region);
  if (input.period) q = q.where('o.period', '=', input.period);
  if (input.kind) q = q.where('o.kind', '=', input.kind);
  if (input.asOf) q = q.where('o.period_end', '<=', input.asOf);
  const rows = await q
    .orderBy('o.indicator_id')
    .orderBy('o.region_code')
    .orderBy('o.period_end')
    .orderBy('o.period')
    .orderBy('o.kind')
    .execute();
  return rows.map(presentObservation);
}
