import { beforeAll, expect, it } from 'vitest';
import {
  addPlanItems,
  buildCollectionPlan,
  SAMPLE_INDICATORS,
} from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { assessPlan } from '../../assessment/assess-plan.ts';
import { listDueItems } from '../progress/list-due-items.ts';
import { DEMO_SOURCE, generateDemoData } from './generate-demo-data.ts';

const QUALITATIVE = {
  name: '营商环境',
  target: { kind: 'qualitative', value: null, unit: null, normalized: null },
};
const EXTERNAL = {
  name: '单位生产总值能耗降低',
  target: { kind: 'external', value: null, unit: null, normalized: null },
};

describeEachDatabase('generateDemoData', (t) => {
  let plans: number[];
  beforeAll(async () => {
    plans = [];
    for (let i = 0; i < 2; i++) {
      const plan = await buildCollectionPlan(t.store, {
        indicators: [...SAMPLE_INDICATORS, QUALITATIVE, EXTERNAL],
      });
      await addPlanItems(t.store, plan.planId);
      plans.push(plan.planId);
    }
  });

  it('adds labelled synthetic history and plan-year data up to the as-of date, once', async () => {
    const result = await generateDemoData(t.store, plans[0], { asOf: '2026-07-20', seed: 7 });
    expect(result).toMatchObject({ skipped: false, asOf: '2026-07-20' });
    expect(result.observations).toBeGreaterThan(100);
    const rows = await t.store.db
      .selectFrom('observations as o')
      .innerJoin('indicators as i', 'i.id', 'o.indicator_id')
      .select(['o.source', 'o.period', 'o.period_end', 'i.name'])
      .where('i.plan_id', '=', plans[0])
      .execute();
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set([DEMO_SOURCE]));
    expect(rows.some((r) => r.period.startsWith('2022'))).toBe(true);
    expect(rows.every((r) => r.period_end <= '2026-07-05')).toBe(true);
    expect(rows.some((r) => r.name === EXTERNAL.name)).toBe(false);
    const plan = await t.store.db
      .selectFrom('plans')
      .select(['demo'])
      .where('id', '=', plans[0])
      .executeTakeFirstOrThrow();
    expect(plan.demo).toBe(1);
    expect((await generateDemoData(t.store, plans[0], { asOf: '2026-07-20', seed: 7 })).skipped).toBe(true);
  });

  it('is deterministic for a seed', async () => {
    await generateDemoData(t.store, plans[1], { asOf: '2026-07-20', seed: 7 });
    const values = async (planId: number) =>
      (
        await t.store.db
          .selectFrom('observations as o')
          .innerJoin('indicators as i', 'i.id', 'o.indicator_id')
          .select(['i.name', 'o.period', 'o.kind', 'o.value'])
          .where('i.plan_id', '=', planId)
          .orderBy('i.sort_order')
          .orderBy('o.period')
          .execute()
      ).map((r) => `${r.name}|${r.period}|${r.kind}|${r.value}`);
    expect(await values(plans[1])).toEqual(await values(plans[0]));
  });

  it('gives the assessment something to say about every kind of item', async () => {
    const assessment = await assessPlan(t.store, plans[0], { asOf: '2026-07-20' });
    const types = new Set(assessment.items.filter((i) => i.status !== 'no_data').map((i) => i.type));
    expect(types).toEqual(new Set(['indicator', 'commitment', 'project', 'measure']));
  });

  it('reports progress for every period owed, so only a realistic few are overdue', async () => {
    const lists = await listDueItems(t.store, { planId: plans[0], asOf: '2026-07-20' });
    const items = lists.flatMap((l) => l.items);
    const progressItems = items.filter((i) => i.itemType !== 'indicator');
    expect(progressItems.length).toBeGreaterThan(0);
    const reported = progressItems.filter((i) => i.state === 'reported').length;
    expect(reported / progressItems.length).toBeGreaterThan(0.7);
    for (const i of items.filter((x) => x.state === 'reported')) expect(i.lastReportedAt).not.toBeNull();
  });
});
