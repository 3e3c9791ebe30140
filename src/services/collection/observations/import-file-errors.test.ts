import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BuiltPlan,
  buildCollectionPlan,
  snapshotCollection,
} from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { importRejection } from '../../../../test/support/import-rejection.ts';
import { loadRegions } from '../regions/load-regions.ts';
import { importObservations } from './import-observations.ts';
import { listObservations } from './list-observations.ts';
import { dateAsShown, isPercentFormat, xlsxCellValue } from './xlsx-cell-value.ts';

const NOW = new Date('2026-11-28T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'pw-obs-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
function file(text: string): string {
  const path = join(dir, `f${fileNo++}.csv`);
  writeFileSync(path, text);
  return path;
}

const rejection = async (promise: Promise<unknown>) => (await importRejection(promise)).errors;

async function xlsx(rows: Array<Array<{ value: ExcelJS.CellValue; numFmt?: string }>>): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('数据');
  rows.forEach((cells, r) => {
    cells.forEach((c, i) => {
      const cell = sheet.getCell(r + 1, i + 1);
      cell.value = c.value;
      if (c.numFmt) cell.numFmt = c.numFmt;
    });
  });
  const path = join(dir, `x${fileNo++}.xlsx`);
  await book.xlsx.writeFile(path);
  return path;
}
const plain = (...values: ExcelJS.CellValue[]) => values.map((value) => ({ value }));

describe('XLSX cells as they show', () => {
  const cases: Array<[unknown, string | undefined, unknown]> = [
    [0.042, '0.0%', '4.2%'],
    [0.05, '0%', '5%'],
    [0.042, '0.000', 0.042],
    [0.042, '"%"0.0', 0.042],
    [new Date(Date.UTC(2026, 5, 1)), 'yyyy-mm', '2026-06'],
    [new Date(Date.UTC(2026, 8, 1)), 'yyyy"年"m"月"', '2026-09'],
    [new Date(Date.UTC(2026, 5, 1)), 'mmm-yy', '2026-06'],
    [new Date(Date.UTC(2026, 5, 30)), 'yyyy-mm-dd', '2026-06-30'],
    [new Date(Date.UTC(2026, 0, 1)), 'yyyy', '2026'],
    [{ formula: 'A1/100', result: 0.051 }, '0.0%', '5.1%'],
  ];
  for (const [value, numFmt, shown] of cases) {
    it(`${JSON.stringify(value)} with ${numFmt} shows ${shown}`, () => {
      expect(xlsxCellValue(value, numFmt)).toEqual(shown);
    });
  }
  it('tells time formats from month formats', () => {
    expect(dateAsShown(new Date(Date.UTC(2026, 5, 1, 8, 30)), 'hh:mm')).toBe('2026');
    expect(isPercentFormat('[Red]0.0%')).toBe(true);
    expect(isPercentFormat('0.0\\%')).toBe(false);
  });
});

describeEachDatabase('import errors and file details', (t) => {
  let plan: BuiltPlan;
  beforeAll(async () => {
    await loadRegions(t.store);
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
  });

  it('refuses a header with a stray quote as an unreadable file, not a crash', async () => {
    const errors = await rejection(
      importObservations(
        t.store,
        { path: file('indic"ator,region,period,kind,value\n新增公园,310000,2026Q1,ytd_value,1\n') },
        { planId: plan.planId, now: NOW },
      ),
    );
    expect(errors).toEqual([expect.objectContaining({ row: 1, reasonCode: 'unreadable' })]);
  });

  it('refuses an unterminated quote as an unreadable file and writes nothing', async () => {
    const before = await snapshotCollection(t.store);
    const errors = await rejection(
      importObservations(
        t.store,
        {
          path: file(
            'indicator,region,period,kind,value\n新增公园,,2026Q1,ytd_value,1\n\n"unterminated,310000,2026Q1,ytd_value,1\n新增公园,,2026Q2,ytd_value,2\n',
          ),
        },
        { planId: plan.planId, now: NOW },
      ),
    );
    expect(errors.at(-1)).toMatchObject({ reasonCode: 'unreadable' });
    expect(await snapshotCollection(t.store)).toBe(before);
  });

  it('reports a multi-line record at its first line', async () => {
    const errors = await rejection(
      importObservations(
        t.store,
        {
          path: file(
            'indicator,region,period,kind,value,unit,source,note\n\n"不存在的指标",310000,2026-07,ytd_value,35,,,"multi\nline\nnote"\n新增公园,310000,2026-13,ytd_value,35,座,,\n',
          ),
        },
        { planId: plan.planId, now: NOW },
      ),
    );
    expect(errors.map((e) => [e.row, e.column, e.reasonCode])).toEqual([
      [3, 'indicator', 'unknown_indicator'],
      [6, 'period', 'bad_period'],
    ]);
  });

  it('names duplicate keys by the period column as the file wrote it', async () => {
    const zh = await rejection(
      importObservations(
        t.store,
        {
          path: file(
            '指标,地区,期间,类型,数值\n新增公园,上海,2026Q1,ytd_value,1\n新增公园,310000,2026Q1,ytd_value,2\n',
          ),
        },
        { planId: plan.planId, now: NOW },
      ),
    );
    expect(zh).toEqual([expect.objectContaining({ row: 3, column: '期间', reasonCode: 'duplicate_key' })]);
    const sdmx = await rejection(
      importObservations(
        t.store,
        {
          path: file(
            'REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n310000,urban_unemployment_rate,2026-M05,4.2\n310000,urban_unemployment_rate,2026-05,4.3\n',
          ),
        },
        { planId: plan.planId, now: NOW },
      ),
    );
    expect(sdmx).toEqual([
      expect.objectContaining({ row: 3, column: 'TIME_PERIOD', reasonCode: 'duplicate_key' }),
    ]);
  });

  it('reports an unknown SDMX indicator once, without a kind error for a column the file lacks', async () => {
    const errors = await rejection(
      importObservations(
        t.store,
        {
          path: file(
            'REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT\n310000,nope_code,2026-M08,45,人,4\n',
          ),
        },
        { planId: plan.planId, now: NOW },
      ),
    );
    expect(errors.map((e) => [e.column, e.reasonCode])).toEqual([['INDICATOR', 'unknown_indicator']]);
  });

  it('imports percentage cells as the percentage they show and date cells as the month they show', async () => {
    const header = plain('indicator', 'region', 'period', 'kind', 'value', 'unit');
    const path = await xlsx([
      header,
      [
        ...plain('城镇调查失业率', '310000', '2026-07', 'level'),
        { value: 0.042, numFmt: '0.0%' },
        { value: '%' },
      ],
      [
        ...plain('城镇调查失业率', '310000', '2026-08', 'level'),
        { value: 0.043, numFmt: '0.0%' },
        { value: null },
      ],
      [
        ...plain('城镇调查失业率', '310000'),
        { value: new Date(Date.UTC(2026, 5, 1)), numFmt: 'yyyy-mm' },
        ...plain('level', 4.1, '%'),
      ],
      [
        ...plain('城镇新增就业岗位', '310000'),
        { value: new Date(Date.UTC(2026, 8, 1)), numFmt: 'yyyy"年"m"月"' },
        ...plain('ytd_value', 40, '万人'),
      ],
    ]);
    const result = await importObservations(t.store, { path }, { planId: plan.planId, now: NOW });
    expect(result.inserted).toBe(4);
    const rates = await listObservations(t.store, {
      planId: plan.planId,
      indicatorId: plan.indicators.城镇调查失业率,
    });
    expect(rates.map((o) => [o.period, o.value, o.unit])).toEqual([
      ['2026-06', 4.1, '%'],
      ['2026-07', 4.2, '%'],
      ['2026-08', 4.3, '%'],
    ]);
    const [jobs] = await listObservations(t.store, {
      planId: plan.planId,
      indicatorId: plan.indicators.城镇新增就业岗位,
      period: '2026-09',
    });
    expect(jobs.value).toBe(400000);
  });

  it('refuses a percentage cell given with a unit of another dimension, and a full date as period', async () => {
    const header = plain('indicator', 'region', 'period', 'kind', 'value', 'unit');
    const path = await xlsx([
      header,
      [
        ...plain('城镇新增就业岗位', '310000', '2026-07', 'ytd_value'),
        { value: 0.5, numFmt: '0%' },
        { value: '万人' },
      ],
      [
        ...plain('城镇调查失业率', '310000'),
        { value: new Date(Date.UTC(2026, 5, 30)), numFmt: 'yyyy-mm-dd' },
        ...plain('level', 4.1, '%'),
      ],
    ]);
    const errors = await rejection(importObservations(t.store, { path }, { planId: plan.planId, now: NOW }));
    expect(errors.map((e) => [e.row, e.column, e.reasonCode, e.value])).toEqual([
      [2, 'unit', 'wrong_unit', '万人'],
      [3, 'period', 'bad_period', '2026-06-30'],
    ]);
  });
});
