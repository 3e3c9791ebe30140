import { beforeAll, expect, it } from 'vitest';
import {
  type BuiltPlan,
  buildCollectionPlan,
  type IndicatorSpec,
} from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { importRejection } from '../../../../test/support/import-rejection.ts';
import { convertUnit, unitDimension } from '../../../domain/numbers/units.ts';
import { loadRegions } from '../regions/load-regions.ts';
import { recordObservations } from './import-observations.ts';
import { listObservations } from './list-observations.ts';
import { dimensionBase } from './resolve-unit.ts';

const NOW = new Date('2026-11-28T00:00:00Z');

/** A city plan as the audit's: quantity, growth, level and index targets. */
const UNIT_INDICATORS: IndicatorSpec[] = [
  {
    name: '城镇新增就业人数',
    unit: '万人',
    kind: 'ytd_value',
    flow: true,
    target: { kind: 'quantity', value: 60, unit: '万人', normalized: { value: 600000, unit: '人' } },
  },
  {
    name: '固定资产投资额',
    unit: '亿元',
    kind: 'ytd_value',
    flow: true,
    target: { kind: 'quantity', value: 2550, unit: '亿元', normalized: { value: 255000000000, unit: '元' } },
  },
  {
    name: '全市生产总值',
    unit: '%',
    kind: 'ytd_growth',
    target: { kind: 'growth', value: 5, unit: '%', normalized: { value: 5, unit: '%' } },
  },
  {
    name: '人口自然增长率',
    unit: '‰',
    kind: 'level',
    target: { kind: 'level', value: 3, unit: '‰', normalized: { value: 3, unit: '‰' } },
  },
  {
    name: '居民消费价格指数',
    unit: null,
    kind: 'ytd_growth',
    target: { kind: 'index', value: 102, unit: null, normalized: { value: 102, unit: '' } },
  },
];

const errorsOf = async (promise: Promise<unknown>) => (await importRejection(promise)).errors;

it('stores every dimension in a base unit that is its own reference unit', () => {
  for (const unit of [
    '万人',
    '亿元',
    '万平方米',
    '公顷',
    '万吨',
    '亿千瓦时',
    '万标箱',
    '万套(间)',
    '个百分点',
  ]) {
    const base = dimensionBase(unit);
    expect([unit, unitDimension(base)]).toEqual([unit, unitDimension(unit)]);
    expect(convertUnit(1, base, base)).toBe(1);
  }
  expect(dimensionBase('亿元')).toBe('元');
  expect(dimensionBase('平方公里')).toBe('平方米');
  expect(dimensionBase('万套(间)')).toBe('套(间)');
});

describeEachDatabase('observation units', (t) => {
  let plan: BuiltPlan;
  const row = (indicator: string, period: string, kind: string, value: number | string, unit = '') => ({
    indicator,
    region: '330100',
    period,
    kind,
    value,
    unit,
  });
  beforeAll(async () => {
    await loadRegions(t.store);
    plan = await buildCollectionPlan(t.store, { region: '杭州市', indicators: UNIT_INDICATORS });
  });
  const read = async (name: string) =>
    (await listObservations(t.store, { planId: plan.planId, indicatorId: plan.indicators[name] })).map(
      (o) => [o.period, o.kind, o.value, o.unit, o.written?.value, o.written?.unit, o.written?.unitAssumed],
    );

  it('takes a blank unit as the unit the target is written in, and records that it did', async () => {
    const result = await recordObservations(
      t.store,
      [
        row('城镇新增就业人数', '2026-05', 'ytd_value', 25),
        row('城镇新增就业人数', '2026-04', 'ytd_value', 200000, '人'),
        row('固定资产投资额', '2026-06', 'ytd_value', 1300),
        row('人口自然增长率', '2026-06', 'level', 2.9),
        row('全市生产总值', '2026Q1', 'ytd_growth', 5.5),
        row('居民消费价格指数', '2026-06', 'level', 102.3),
      ],
      { planId: plan.planId, now: NOW },
    );
    expect(result.inserted).toBe(6);
    expect(await read('城镇新增就业人数')).toEqual([
      ['2026-04', 'ytd_value', 200000, '人', 200000, '人', false],
      ['2026-05', 'ytd_value', 250000, '人', 25, '万人', true],
    ]);
    expect(await read('固定资产投资额')).toEqual([
      ['2026-06', 'ytd_value', 130000000000, '元', 1300, '亿元', true],
    ]);
    expect(await read('人口自然增长率')).toEqual([['2026-06', 'level', 2.9, '‰', 2.9, '‰', true]]);
    // An index has no unit: a bare number stays bare.
    expect(await read('居民消费价格指数')).toEqual([['2026-06', 'level', 102.3, null, 102.3, null, false]]);
  });

  it('converts the amounts of a growth-target indicator to 元, as written in 亿元 or 元', async () => {
    await recordObservations(
      t.store,
      [
        { ...row('全市生产总值', '2026Q1', 'ytd_value', 800, '亿元'), region: '330102' },
        { ...row('全市生产总值', '2026Q1', 'ytd_value', 70000000000, '元'), region: '330106' },
        { ...row('全市生产总值', '2026Q1', 'ytd_value', 9000000, '万元'), region: '330108' },
      ],
      { planId: plan.planId, now: NOW },
    );
    const amounts = (await read('全市生产总值')).filter((r) => r[1] === 'ytd_value');
    expect(amounts.map((r) => [r[2], r[3]])).toEqual([
      [80000000000, '元'],
      [70000000000, '元'],
      [90000000000, '元'],
    ]);
  });

  it('refuses an amount of a growth target without a unit, and units that do not fit', async () => {
    const errors = await errorsOf(
      recordObservations(
        t.store,
        [
          row('全市生产总值', '2026Q2', 'ytd_value', 900),
          row('城镇新增就业人数', '2026-06', 'ytd_value', 3, '平方公里'),
          row('全市生产总值', '2026Q2', 'ytd_growth', 5.3, '亿元'),
          row('固定资产投资额', '2026-07', 'ytd_value', 5, '斤两'),
        ],
        { planId: plan.planId, now: NOW },
      ),
    );
    expect(errors.map((e) => [e.row, e.column, e.reasonCode])).toEqual([
      [1, 'unit', 'missing_unit'],
      [2, 'unit', 'wrong_unit'],
      [3, 'unit', 'wrong_unit'],
      [4, 'unit', 'wrong_unit'],
    ]);
  });

  it('reads short province and autonomous-area names', async () => {
    const regions = ['内蒙古', '广西', '新疆', '西藏', '宁夏', '延边', '浦东', '上城', '3101'];
    const result = await recordObservations(
      t.store,
      regions.map((region) => ({ ...row('人口自然增长率', '2026-05', 'level', 3), region })),
      { planId: plan.planId, now: NOW },
    );
    expect(result.inserted).toBe(regions.length);
    const codes = (
      await listObservations(t.store, {
        planId: plan.planId,
        indicatorId: plan.indicators.人口自然增长率,
        period: '2026-05',
      })
    ).map((o) => o.region);
    expect(codes.sort()).toEqual(
      ['150000', '450000', '650000', '540000', '640000', '222400', '310115', '330102', '310000'].sort(),
    );
  });
});
