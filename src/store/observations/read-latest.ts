import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/** When a confirmed value became known: its confirmation, or its recording for the office's own. */
export const KNOWN_SINCE = sql<string>`coalesce(confirmed_at, recorded_at)`;

/** The columns an assessment reads of one observation. */
export interface LatestObservationRow {
  indicator_id: number;
  region_code: string;
  period: string;
  kind: string;
  value: number;
  unit: string | null;
  revision: number;
  known_at: string;
  recorded_by: string | null;
  source: string | null;
  vintage: string | null;
}

export interface LatestQuery {
  indicatorIds: number[];
  /** YYYY-MM-DD: periods ending after it are not read. */
  asOf: string;
  /** UTC ISO instant: revisions confirmed after it are not read. */
  knownAt: string;
}

/**
 * What an assessment as of `asOf`, with what was known at `knownAt`, can use: per key (indicator,
 * region, period, kind) only the latest confirmed revision known by then, of periods ending by
 * `asOf`. The database does the choosing — a later revision is found through the key's unique
 * index (indicator, region, period, kind, revision) — so corrections, pending submissions and
 * future periods are never shipped to the process. The engine's own selection gives the same
 * answer on these rows as on the full history.
 */
export async function readLatestObservations(
  db: Kysely<Database>,
  query: LatestQuery,
): Promise<LatestObservationRow[]> {
  if (query.indicatorIds.length === 0) return [];
  const { rows } = await sql<LatestObservationRow>`
    select o.indicator_id, o.region_code, o.period, o.kind, o.value, o.unit, o.revision,
      coalesce(o.confirmed_at, o.recorded_at) as known_at, o.recorded_by, o.source, o.vintage
    from observations o
    where o.indicator_id in (${sql.join(query.indicatorIds)})
      and o.status = 'confirmed'
      and o.period_end <= ${query.asOf}
      and coalesce(o.confirmed_at, o.recorded_at) <= ${query.knownAt}
      and not exists (
        select 1 from observations n
        where n.indicator_id = o.indicator_id and n.region_code = o.region_code
          and n.period = o.period and n.kind = o.kind and n.revision > o.revision
          and n.status = 'confirmed' and coalesce(n.confirmed_at, n.recorded_at) <= ${query.knownAt}
      )
    order by o.id`.execute(db);
  return rows;
}
