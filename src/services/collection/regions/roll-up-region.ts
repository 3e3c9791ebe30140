import { AppError, notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { listObservations } from '../observations/list-observations.ts';

export interface RollUpInput {
  planId: number;
  indicatorId: number;
  /** The parent region whose children are summed. */
  region: string;
  period: string;
  kind?: string;
  asOf?: string;
  knownAt?: string;
}

export interface RollUpResult {
  region: string;
  period: string;
  kind: string;
  /** The sum of the children that reported. */
  value: number;
  unit: string | null;
  children: Array<{ code: string; name: string; value: number | null }>;
  /** Children without a value for the period: the sum is incomplete while any are listed. */
  missing: string[];
  /** The parent's own reported value, when there is one, to compare with the sum. */
  reported: number | null;
}

const ADDITIVE = new Set(['ytd_value', 'period_value']);

/**
 * Sums a flow (new jobs, investment) over the direct children of a region: districts to their
 * city, cities to their province. Rates and levels do not add up and are refused.
 */
export async function rollUpRegion(store: Store, input: RollUpInput): Promise<RollUpResult> {
  const indicator = await store.db
    .selectFrom('indicators')
    .select(['id', 'observation_kind', 'flow', 'unit'])
    .where('id', '=', input.indicatorId)
    .where('plan_id', '=', input.planId)
    .executeTakeFirst();
  if (!indicator) throw notFound('指标 (indicator)', input.indicatorId);
  const kind = input.kind ?? indicator.observation_kind ?? 'ytd_value';
  if (!ADDITIVE.has(kind))
    throw new AppError(
      'BAD_REQUEST',
      `${kind} 不可跨地区加总 (only ytd_value and period_value add up across regions)`,
    );
  const children = await store.db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('parent_code', '=', input.region)
    .orderBy('code')
    .execute();
  const values = await listObservations(store, {
    planId: input.planId,
    indicatorId: input.indicatorId,
    period: input.period,
    kind,
    asOf: input.asOf,
    knownAt: input.knownAt,
  });
  const byRegion = new Map(values.map((o) => [o.region, o]));
  const rows = children.map((c) => ({
    code: c.code,
    name: c.name,
    value: byRegion.get(c.code)?.value ?? null,
  }));
  const reportedRows = rows.filter((r) => r.value !== null);
  return {
    region: input.region,
    period: input.period,
    kind,
    value: reportedRows.reduce((s, r) => s + (r.value ?? 0), 0),
    unit: values.find((o) => o.region !== input.region)?.unit ?? indicator.unit,
    children: rows,
    missing: rows.filter((r) => r.value === null).map((r) => r.code),
    reported: byRegion.get(input.region)?.value ?? null,
  };
}
