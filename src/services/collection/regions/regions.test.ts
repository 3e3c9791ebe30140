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
    ['3101', null, '310000'],
    ['310100', null, '310000'],
    ['内蒙古', null, '150000'],
    ['广西', null, '450000'],
    ['新疆', null, '650000'],
    ['西藏', null, '540000'],
    ['宁夏', null, '640000'],
    ['延边', null, '222400'],
    // 东乡区 (江西) and 东乡族自治县 (甘肃): resolved within a province.
    ['东乡', null, null],
    ['东乡', '620000', '622926'],
    ['鄂温克', null, '150724'],
    ['浦东', null, '310115'],
    ['黄浦', null, '310101'],
    // 河南省 and 河南蒙古族自治县: ambiguous without a parent.
    ['河南', null, null],
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

  it('sums amounts in their base unit and never mixes a % into an amount ranking', async () => {
    const hz = await buildCollectionPlan(t.store, {
      region: '杭州市',
      indicators: [
        {
          name: '全市生产总值',
          unit: '%',
          kind: 'ytd_growth',
          target: { kind: 'growth', value: 5, unit: '%', normalized: { value: 5, unit: '%' } },
        },
      ],
    });
    const gdp = hz.indicators.全市生产总值;
    await recordObservations(
      t.store,
      [
        {
          indicator: '全市生产总值',
          region: '上城区',
          period: '2026Q1',
          kind: 'ytd_value',
          value: 800,
          unit: '亿元',
        },
        {
          indicator: '全市生产总值',
          region: '西湖区',
          period: '2026Q1',
          kind: 'ytd_value',
          value: 70000000000,
          unit: '元',
        },
        {
          indicator: '全市生产总值',
          region: '滨江区',
          period: '2026Q1',
          kind: 'ytd_growth',
          value: 6.1,
          unit: '%',
        },
        {
          indicator: '全市生产总值',
          region: '330102',
          period: '2026Q1',
          kind: 'ytd_growth',
          value: 5.5,
          unit: '%',
        },
      ],
      { planId: hz.planId, now: NOW },
    );
    const up = await rollUpRegion(t.store, {
      planId: hz.planId,
      indicatorId: gdp,
      region: '330100',
      period: '2026Q1',
      kind: 'ytd_value',
    });
    expect([up.value, up.unit]).toEqual([150000000000, '元']);
    const table = await compareRegions(t.store, { planId: hz.planId, indicatorId: gdp, period: '2026-Q1' });
    expect(table.map((r) => [r.name, r.kind, r.unit, r.rank])).toEqual([
      ['滨江区', 'ytd_growth', '%', 1],
      ['上城区', 'ytd_growth', '%', 2],
      ['上城区', 'ytd_value', '元', 1],
      ['西湖区', 'ytd_value', '元', 2],
    ]);
  });

  const badQueries: Array<[string, Record<string, string>, string]> = [
    ['an unknown region', { region: '999999' }, 'NOT_FOUND'],
    ['a garbage period', { period: 'garbage' }, 'VALIDATION_FAILED'],
    ['a garbage knownAt', { knownAt: 'garbage' }, 'VALIDATION_FAILED'],
    ['an impossible asOf', { asOf: '2026-02-30' }, 'VALIDATION_FAILED'],
    ['an unknown kind', { kind: 'monthly' }, 'VALIDATION_FAILED'],
  ];
  for (const [name, query, code] of badQueries) {
    it(`refuses a roll-up for ${name} (${code})`, async () => {
      await expect(
        rollUpRegion(t.store, {
          planId: plan.planId,
          indicatorId: plan.indicators.新增公园,
          region: '310000',
          period: '2026Q2',
          ...query,
        }),
      ).rejects.toMatchObject({ code });
    });
  }
  it('refuses a comparison under an unknown parent or for another plan’s indicator', async () => {
    const input = { planId: plan.planId, indicatorId: plan.indicators.新增公园, period: '2026Q2' };
    await expect(compareRegions(t.store, { ...input, parent: '999999' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(compareRegions(t.store, { ...input, planId: 999999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
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
