import { beforeAll, expect, it } from 'vitest';
import { type BuiltPlan, buildCollectionPlan } from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { getSeriesHistory } from './get-series-history.ts';
import { recordObservations } from './import-observations.ts';
import { listObservations } from './list-observations.ts';

const NOW = new Date('2026-11-28T00:00:00Z');

describeEachDatabase('observation revisions and as-of reads', (t) => {
  let plan: BuiltPlan;
  let jobs: number;
  const recordedAt: string[] = [];
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    jobs = plan.indicators.城镇新增就业岗位;
    const base = { planId: plan.planId, now: NOW };
    for (const [by, value, source] of [
      ['统计局', 30, '快报'],
      ['统计局', 31, '修订'],
      ['人社局', 31, '重复'],
    ] as const) {
      await recordObservations(
        t.store,
        [
          {
            indicator: '城镇新增就业岗位',
            region: '310000',
            period: '2026-06',
            kind: 'ytd_value',
            value,
            unit: '万人',
            source,
          },
          ...(by === '统计局' && value === 30
            ? [
                {
                  indicator: '城镇新增就业岗位',
                  region: '310000',
                  period: '2026-09',
                  kind: 'ytd_value',
                  value: 45,
                  unit: '万人',
                },
              ]
            : []),
        ],
        { ...base, by },
      );
      const [last] = await t.store.db
        .selectFrom('observations')
        .select('recorded_at')
        .orderBy('id', 'desc')
        .limit(1)
        .execute();
      recordedAt.push(last.recorded_at);
      // Distinct recording instants, so knownAt can fall between them.
      await new Promise((r) => setTimeout(r, 5));
    }
  });

  it('keeps every revision; an unchanged value adds none', async () => {
    const history = await getSeriesHistory(t.store, { indicatorId: jobs, period: '2026-06' });
    expect(history.map((h) => [h.revision, h.value, h.recordedBy, h.source])).toEqual([
      [1, 300000, '统计局', '快报'],
      [2, 310000, '统计局', '修订'],
    ]);
  });

  it('reads the latest revision by default', async () => {
    const rows = await listObservations(t.store, { planId: plan.planId, indicatorId: jobs });
    expect(rows.map((r) => [r.period, r.value, r.revision])).toEqual([
      ['2026-06', 310000, 2],
      ['2026-09', 450000, 1],
    ]);
  });

  it('reads as known at a past instant and as of a past date', async () => {
    const before = await listObservations(t.store, {
      planId: plan.planId,
      indicatorId: jobs,
      knownAt: recordedAt[0],
    });
    expect(before.map((r) => [r.period, r.value])).toEqual([
      ['2026-06', 300000],
      ['2026-09', 450000],
    ]);
    const asOf = await listObservations(t.store, {
      planId: plan.planId,
      indicatorId: jobs,
      asOf: '2026-07-31',
    });
    expect(asOf.map((r) => [r.period, r.value])).toEqual([['2026-06', 310000]]);
    const nothing = await listObservations(t.store, { planId: plan.planId, knownAt: '2000-01-01' });
    expect(nothing).toEqual([]);
  });
});
