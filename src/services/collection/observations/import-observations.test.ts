import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BuiltPlan,
  buildCollectionPlan,
  snapshotCollection,
} from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { importRejection } from '../../../../test/support/import-rejection.ts';
import { loadRegions } from '../regions/load-regions.ts';
import { importObservations, recordObservations } from './import-observations.ts';
import { listObservations } from './list-observations.ts';

const NOW = new Date('2026-11-28T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'pw-obs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
function csvFile(text: string, encoding = 'utf8'): string {
  const path = join(dir, `f${fileNo++}.csv`);
  writeFileSync(path, encoding === 'utf8' ? text : iconv.encode(text, encoding));
  return path;
}
const HEADER = 'indicator,region,period,kind,value,unit,source,note';

const rejection = importRejection;

describeEachDatabase('importObservations', (t) => {
  let plan: BuiltPlan;
  beforeAll(async () => {
    await loadRegions(t.store);
    plan = await buildCollectionPlan(t.store);
  });

  it('imports a valid file, converting units and resolving names, codes and the default region', async () => {
    const path = csvFile(
      [
        HEADER,
        '城镇新增就业岗位,,2026-06,ytd_value,30.5,万人,市人社局,',
        'new_urban_jobs,310115,2026-03,ytd_value,12000,人,,',
        '地区生产总值增长,上海,2026-Q2,ytd_growth,5.1,%,,',
        '细颗粒物（PM2.5）平均浓度,浦东新区,2026-M06,level,28,,,',
      ].join('\n'),
    );
    const result = await importObservations(
      t.store,
      { path },
      { planId: plan.planId, by: 'tester', now: NOW },
    );
    expect(result).toMatchObject({ rows: 4, inserted: 4, unchanged: 0, revised: 0 });
    const jobs = await listObservations(t.store, {
      planId: plan.planId,
      indicatorId: plan.indicators.城镇新增就业岗位,
    });
    expect(jobs.map((o) => [o.region, o.period, o.value, o.unit])).toEqual([
      ['310000', '2026-06', 305000, '人'],
      ['310115', '2026-03', 12000, '人'],
    ]);
    expect(jobs[0].source).toBe('市人社局');
    const pm = await listObservations(t.store, {
      planId: plan.planId,
      indicatorId: plan.indicators['细颗粒物(PM<sub>2.5</sub>)平均浓度'],
    });
    expect(pm[0]).toMatchObject({ period: '2026-06', region: '310115', value: 28 });
  });

  it('reads GB18030 CSV and SDMX-CSV columns', async () => {
    const gbk = csvFile(`指标,地区,期间,类型,数值,单位\n新增公园,上海市,2026Q1,ytd_value,20,座\n`, 'gb18030');
    expect(
      (await importObservations(t.store, { path: gbk }, { planId: plan.planId, now: NOW })).inserted,
    ).toBe(1);
    const sdmx = csvFile(
      'DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\nX,310000,urban_unemployment_rate,2026-M05,4.2,%,\nX,310000,new_urban_jobs,2026-M05,25.1,人,4\n',
    );
    expect(
      (await importObservations(t.store, { path: sdmx }, { planId: plan.planId, now: NOW })).inserted,
    ).toBe(2);
    const [may] = await listObservations(t.store, {
      planId: plan.planId,
      indicatorId: plan.indicators.城镇新增就业岗位,
      period: '2026-05',
    });
    expect(may.value).toBe(251000);
  });

  const badRows: Array<[string, string, string, string]> = [
    ['unknown_indicator', '不存在的指标,,2026-06,ytd_value,1,,,', 'indicator', '不存在的指标'],
    ['unknown_region', '新增公园,火星市,2026Q1,ytd_value,1,座,,', 'region', '火星市'],
    ['bad_period', '新增公园,,2026Q5,ytd_value,1,座,,', 'period', '2026Q5'],
    ['future_period', '新增公园,,2027Q1,ytd_value,1,座,,', 'period', '2027Q1'],
    ['bad_kind', '新增公园,,2026Q1,monthly,1,座,,', 'kind', 'monthly'],
    ['non_numeric', '新增公园,,2026Q1,ytd_value,十座,座,,', 'value', '十座'],
    ['missing_value', '新增公园,,2026Q1,ytd_value,,座,,', 'value', ''],
    ['wrong_unit', '城镇调查失业率,,2026-06,level,45,千分比,,', 'unit', '千分比'],
    ['wrong_unit', '城镇新增就业岗位,,2026-06,ytd_value,3,平方公里,,', 'unit', '平方公里'],
    ['implausible_value', '城镇调查失业率,,2026-06,level,450,%,,', 'value', '450'],
    ['implausible_value', '城镇新增就业岗位,,2026-06,ytd_value,-5,万人,,', 'value', '-5'],
  ];
  for (const [code, line, column, value] of badRows) {
    it(`refuses ${code}: ${line}`, async () => {
      const before = await snapshotCollection(t.store);
      const path = csvFile(`${HEADER}\n新增公园,,2026Q2,ytd_value,40,座,,\n${line}\n`);
      const details = await rejection(
        importObservations(t.store, { path }, { planId: plan.planId, now: NOW }),
      );
      expect(details.total).toBe(1);
      expect(details.errors[0]).toMatchObject({ row: 3, column, reasonCode: code, value: value || null });
      // Atomic: the valid row 2 was not written either.
      expect(await snapshotCollection(t.store)).toBe(before);
    });
  }

  it('lists every error of a file: duplicates across rows, several errors in one row', async () => {
    const before = await snapshotCollection(t.store);
    const path = csvFile(
      [
        HEADER,
        '新增公园,,2026Q3,ytd_value,50,座,,',
        '新增公园,上海市,2026Q3,ytd_value,51,座,,',
        '不存在,火星,2026Q9,x,abc,,,',
      ].join('\n'),
    );
    const details = await rejection(importObservations(t.store, { path }, { planId: plan.planId, now: NOW }));
    expect(details.total).toBe(6);
    expect(details.errors.map((e) => [e.row, e.reasonCode])).toEqual([
      [3, 'duplicate_key'],
      [4, 'unknown_indicator'],
      [4, 'unknown_region'],
      [4, 'bad_period'],
      [4, 'bad_kind'],
      [4, 'non_numeric'],
    ]);
    expect(await snapshotCollection(t.store)).toBe(before);
  });

  it('refuses a file without the required columns', async () => {
    const details = await rejection(
      importObservations(
        t.store,
        { path: csvFile('name,when\nx,2026\n') },
        { planId: plan.planId, now: NOW },
      ),
    );
    expect(details.errors.map((e) => e.column)).toEqual(['indicator', 'period', 'value']);
  });

  it('imports a JSON batch with vintage and price basis; errors name the item', async () => {
    const ok = await recordObservations(
      t.store,
      [
        {
          indicator: 'gdp',
          period: '2026Q1',
          kind: 'ytd_growth',
          value: 5.3,
          vintage: '初步核算',
          priceBasis: '可比价',
        },
      ],
      { planId: plan.planId, now: NOW },
    );
    expect(ok.inserted).toBe(1);
    const [gdp] = await listObservations(t.store, {
      planId: plan.planId,
      indicatorId: plan.indicators.地区生产总值增长,
      period: '2026Q1',
    });
    expect(gdp).toMatchObject({ vintage: 'preliminary', priceBasis: 'comparable', value: 5.3 });
    const details = await rejection(
      recordObservations(
        t.store,
        [
          { indicator: 'gdp', period: '2026Q1', value: 5 },
          { indicator: 'gdp', period: '2026Q1', value: 5, vintage: '估计' },
        ],
        {
          planId: plan.planId,
          now: NOW,
        },
      ),
    );
    expect(details.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'vintage', reasonCode: 'bad_vintage' }),
    ]);
  });
});

describe('import row numbers', () => {
  it('reports a quoted multi-line record at its first line and counts the lines it spans', async () => {
    const { openObservationFile } = await import('./read-observation-rows.ts');
    const path = csvFile(
      `${HEADER}\n新增公园,,2026Q1,ytd_value,1,座,,"两行\n备注"\n新增公园,,2026Q2,ytd_value,2,座,,\n`,
    );
    const stream = await openObservationFile({ path });
    const rows: number[] = [];
    for await (const r of stream.rows) rows.push(r.row);
    expect(rows).toEqual([2, 4]);
  });
});
