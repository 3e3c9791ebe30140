import type { Store } from '../../../store/open-database.ts';
import { listObservations } from '../observations/list-observations.ts';
import { normalizeRegionCode } from './find-region.ts';
import { checkRegionQuery } from './region-query-input.ts';

export interface CompareRegionsInput {
  planId: number;
  indicatorId: number;
  period: string;
  kind?: string;
  /** Only the children of this region (the districts of a city); all regions with data otherwise. */
  parent?: string;
  asOf?: string;
  knownAt?: string;
}

export interface RegionComparisonRow {
  code: string;
  name: string;
  value: number;
  unit: string | null;
  kind: string;
  /** 1 for the highest value among the rows of the same kind and unit. */
  rank: number;
  /** Difference from the mean of the rows of the same kind and unit. */
  deviation: number;
}

/**
 * A table across regions (the districts of a city) for one indicator and period, highest first.
 * Rows are ranked within their (kind, unit): a growth rate in % is never ranked among amounts.
 * Groups come in the indicator's own kind first.
 */
export async function compareRegions(
  store: Store,
  input: CompareRegionsInput,
): Promise<RegionComparisonRow[]> {
  const { period, indicator } = await checkRegionQuery(store, {
    ...input,
    regions: [['parent', input.parent]],
  });
  const parent = input.parent ? normalizeRegionCode(input.parent) : null;
  const values = await listObservations(store, {
    planId: input.planId,
    indicatorId: input.indicatorId,
    period,
    kind: input.kind,
    asOf: input.asOf,
    knownAt: input.knownAt,
  });
  const regions = await store.db.selectFrom('regions').select(['code', 'name', 'parent_code']).execute();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const picked = values.filter((o) => !parent || byCode.get(o.region)?.parent_code === parent);
  const groups = new Map<string, typeof picked>();
  for (const o of picked) {
    const key = `${o.kind}\u0000${o.unit ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const ordered = [...groups.values()].sort(
    (a, b) =>
      Number(b[0].kind === indicator.observation_kind) - Number(a[0].kind === indicator.observation_kind) ||
      b.length - a.length ||
      a[0].kind.localeCompare(b[0].kind) ||
      (a[0].unit ?? '').localeCompare(b[0].unit ?? ''),
  );
  return ordered.flatMap((group) => {
    const mean = group.reduce((s, o) => s + o.value, 0) / group.length;
    return [...group]
      .sort((a, b) => b.value - a.value || a.region.localeCompare(b.region))
      .map((o, i) => ({
        code: o.region,
        name: byCode.get(o.region)?.name ?? o.region,
        value: o.value,
        unit: o.unit,
        kind: o.kind,
        rank: i + 1,
        deviation: Math.round((o.value - mean) * 1e6) / 1e6,
      }));
  });
}
