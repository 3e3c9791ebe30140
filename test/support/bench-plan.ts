import { BENCH_INDICATORS } from '../../bench/generate-observations-csv.ts';
import type { Store } from '../../src/store/open-database.ts';
import { buildCollectionPlan } from './collection-builders.ts';

/** The plan the generated benchmark CSV fits: quantities in 人 with a large target. */
export function buildBenchPlan(store: Store) {
  return buildCollectionPlan(store, {
    regionCode: '310000',
    indicators: BENCH_INDICATORS.map((name) => ({
      name,
      unit: '人',
      kind: 'ytd_value',
      flow: true,
      target: { kind: 'quantity', value: 1e9, unit: '人', normalized: { value: 1e9, unit: '人' } },
    })),
  });
}
