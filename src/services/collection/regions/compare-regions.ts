import type { Store } from '../../../store/open-database.ts';
import { listObservations } from '../observations/list-observations.ts';

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
  /** 1 for the highest value. */
  rank: number;
  /** Difference from the mean of the regions compared. */
  deviation: number;
}

/** A table across regions (the districts of a city) for one indicator and period, highest first. */
export async function compareRegions(
  store: Store,
  input: CompareRegionsInput,
): Promise<RegionComparisonRow[]> {
  const values = await listObservations(store, {
    planId: input.planId,
    indicatorId: input.indicatorId,
    period: input.period,
    kind: input.kind,
    asOf: input.asOf,
    knownAt: input.knownAt,
  });
  const regions = await store.db.selectFrom('regions').select(['code', 'name', 'parent_code']).execute();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const picked = values.filter((o) => !input.parent || byCode.get(o.region)?.parent_code === input.parent);
  const mean = picked.length ? picked.reduce((s, o) => s + o.value, 0) / picked.length : 0;
  return picked
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
}
