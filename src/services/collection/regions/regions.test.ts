import { beforeAll, expect, it } from 'vitest';
import { type BuiltPlan, buildCollectionPlan } from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { recordObservations } from '../observations/import-observations.ts';
import { compareRegions } from './compare-regions.ts';
import { findRegion } from './find-region.ts';
import { loadRegions } from './load-regions.ts';
import { rollUpRegion } from './roll-up-region.ts';

const NOW = new Date('2026-11-28T00:00:00Z');

describeEachDatabase('regions', (t) => {
  let plan: BuiltPlan;
  beforeAll(async () => {
    expect(await loadRegions(t.store)).toBeGreaterThan(3000);
    plan = await buildCollectionPlan(t.store, { region: '上海市' });
  });

  it('loads once: provinces, cities and counties, municipal districts under the city', async () => {
    expect(await loadRegions(t.store)).toBe(0);
    const levels = await t.store.db
      .selectFrom('regions')
      .select(['level'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy('level')
      .orderBy('level')
      .execute();
    expect(levels.map((l) => [l.level, Number(l.n) > 0])).toEqual([
      ['city', true],
      ['county', true],
      ['province', true],
    ]);
    expect(await findRegion(t.store, '310115')).toMatchObject({
      name: '浦东新区',
      parent_code: '310000',
      level: 'county',
    });
  });

  const lookups: Array<[string, string | null, string | null]> = [
    ['上海', null, '310000'],
    ['31', null, '310000'],
    ['浦东新区', null, '310115'],
    ['广州市', null, '440100'],
    ['朝阳区', null, null],
    ['朝阳区', '110000', '110105'],
    ['不存在', null, null],
  ];
  for (const [text, within, code] of lookups) {
    it(`findRegion(${text}${within ? ` within ${within}` : ''}) → ${code}`, async () => {
      expect((await findRegion(t.store, text, within))?.code ?? null).toBe(code);
    });
  }

  it('rolls district flows up to the city and compares districts', async () => {
    const row = (region: string, value: number) => ({
      indicator: '新增公园',
      region,
      period: '2026Q2',
      kind: 'ytd_value',
      value,
    });
    await recordObservations(
      t.store,
      [row('浦东新区', 12), row('闵行区', 5), row('黄浦区', 3), row('上海市', 21)],
      { planId: plan.planId, now: NOW },
    );
    const up = await rollUpRegion(t.store, {
      planId: plan.planId,
      indicatorId: plan.indicators.新增公园,
      region: '310000',
      period: '2026Q2',
    });
    expect(up.value).toBe(20);
    expect(up.reported).toBe(21);
    expect(up.children.length).toBe(16);
    expect(up.missing.length).toBe(13);
    const table = await compareRegions(t.store, {
      planId: plan.planId,
      indicatorId: plan.indicators.新增公园,
      period: '2026Q2',
      parent: '310000',
    });
    expect(table.map((r) => [r.name, r.rank])).toEqual([
      ['浦东新区', 1],
      ['闵行区', 2],
      ['黄浦区', 3],
    ]);
  });

  it('refuses to add up rates', async () => {
    await expect(
      rollUpRegion(t.store, {
        planId: plan.planId,
        indicatorId: plan.indicators.城镇调查失业率,
        region: '310000',
        period: '2026-06',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
