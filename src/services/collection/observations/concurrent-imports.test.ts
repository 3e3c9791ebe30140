import { beforeAll, expect, it } from 'vitest';
import { type BuiltPlan, buildCollectionPlan } from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { recordObservations } from './import-observations.ts';

const NOW = new Date('2026-11-28T00:00:00Z');

describeEachDatabase('parallel imports of the same keys', (t) => {
  let plan: BuiltPlan;
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
  });

  it('all succeed, each key getting revisions 1–10', async () => {
    const periods = ['2026-03', '2026-06', '2026-09'];
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        recordObservations(
          t.store,
          periods.map((period) => ({
            indicator: '城镇新增就业岗位',
            region: '310000',
            period,
            kind: 'ytd_value',
            value: 10 + i,
            unit: '万人',
          })),
          { planId: plan.planId, now: NOW, by: `import ${i}` },
        ),
      ),
    );
    expect(
      results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason),
    ).toEqual([]);
    for (const period of periods) {
      const rows = await t.store.db
        .selectFrom('observations')
        .select(['revision', 'value'])
        .where('indicator_id', '=', plan.indicators.城镇新增就业岗位)
        .where('period', '=', period)
        .orderBy('revision')
        .execute();
      expect(rows.map((r) => Number(r.revision))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(new Set(rows.map((r) => Number(r.value))).size).toBe(10);
    }
  });
});
