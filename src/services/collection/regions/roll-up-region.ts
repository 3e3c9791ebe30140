import { AppError } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { listObservations } from '../observations/list-observations.ts';
import { normalizeRegionCode } from './find-region.ts';
import { checkRegionQuery, isRateUnit } from './region-query-input.ts';

export interface RollUpInput {
  planId: number;
  indicatorId: number;
  /** The parent region whose children are summed (GB/T 2260 code). */
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
  /** The sum of the children that reported in `unit`. */
  value: number;
  unit: string | null;
  children: Array<{ code: string; name: string; value: number | null; unit: string | null }>;
  /** Children without a value for the period: the sum is incomplete while any are listed. */
  missing: string[];
  /** Children whose value is in another unit than `unit` (a % among amounts): not summed. */
  excluded: Array<{ code: string; value: number; unit: string | null }>;
  /** The parent's own reported value in `unit`, when there is one, to compare with the sum. */
  reported: number | null;
}

const ADDITIVE = new Set(['ytd_value', 'period_value']);

/**
 * Sums a flow (new jobs, investment) over the direct children of a region: districts to their
 * city, cities to their province. Only values of one kind and one unit add up (amounts are stored
 * in their base unit, so 800亿元 and 70000000000元 are both 元); rates and levels are refused.
 */
export async function rollUpRegion(store: Store, input: RollUpInput): Promise<RollUpResult> {
  const { period, indicator } = await checkRegionQuery(store, {
    ...input,
    regions: [['region', input.region]],
  });
  const region = normalizeRegionCode(input.region)!;
  const kind = input.kind ?? indicator.observation_kind ?? 'ytd_value';
  if (!ADDITIVE.has(kind))
    throw new AppError(
      'BAD_REQUEST',
      `${kind} 不可跨地区加总 (only ytd_value and period_value add up across regions)`,
      { field: 'kind', value: kind },
    );
  const children = await store.db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('parent_code', '=', region)
    .orderBy('code')
    .execute();
  const values = await listObservations(store, {
    planId: input.planId,
    indicatorId: input.indicatorId,
    period,
    kind,
    asOf: input.asOf,
    knownAt: input.knownAt,
  });
  const byRegion = new Map(values.map((o) => [o.region, o]));
  const childValues = children.flatMap((c) => {
    const o = byRegion.get(c.code);
    return o ? [o] : [];
  });
  // The unit most children report in: the others (a growth rate typed as ytd_value) stay out.
  const counts = new Map<string | null, number>();
  for (const o of childValues) counts.set(o.unit, (counts.get(o.unit) ?? 0) + 1);
  const unit =
    [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? byRegion.get(region)?.unit ?? indicator.unit;
  if (isRateUnit(unit))
    throw new AppError('BAD_REQUEST', `单位为 ${unit} 的数值不可跨地区加总 (rates do not add up)`, {
      field: 'kind',
      value: kind,
    });
  const rows = children.map((c) => {
    const o = byRegion.get(c.code);
    return { code: c.code, name: c.name, value: o?.value ?? null, unit: o?.unit ?? null };
  });
  const summed = rows.filter((r) => r.value !== null && r.unit === unit);
  const parent = byRegion.get(region);
  return {
    region,
    period,
    kind,
    value: summed.reduce((s, r) => s + (r.value ?? 0), 0),
    unit,
    children: rows,
    missing: rows.filter((r) => r.value === null).map((r) => r.code),
    excluded: rows
      .filter((r) => r.value !== null && r.unit !== unit)
      .map((r) => ({ code: r.code, value: r.value!, unit: r.unit })),
    reported: parent && parent.unit === unit ? parent.value : null,
  };
}
