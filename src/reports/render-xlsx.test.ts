import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { isFormulaLike, renderXlsx } from './render-xlsx.ts';
import type { ReportModel } from './report.types.ts';

const model = (names: string[]): ReportModel => ({
  lang: 'zh',
  title: 't',
  subtitle: '',
  coverNote: null,
  blocks: [],
  dateLine: '',
  fileStem: 't',
  meta: {
    planId: 1,
    asOf: '2026-06-30',
    knownAt: '2026-07-01T00:00:00.000Z',
    generatedAt: '2026-07-01T00:00:00.000Z',
    region: null,
  },
  appendix: [
    {
      name: '主要指标',
      columns: [
        { header: '名称', key: 'name', width: 30 },
        { header: '实际值', key: 'actual', width: 10, numFmt: '#,##0.##' },
      ],
      rows: names.map((name, i) => ({ name, actual: i + 0.5 })),
    },
  ],
});

it('writes text that looks like a formula as text, never as a formula', async () => {
  const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2', '@SUM(A1)', '普通名称'];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(model(hostile))) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('主要指标')!;
  hostile.forEach((text, i) => {
    const cell = sheet.getRow(i + 2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(text);
    expect(cell.formula).toBeUndefined();
    if (isFormulaLike(text)) expect(cell.numFmt).toBe('@');
  });
  expect(sheet.getRow(2).getCell(2).value).toBe(0.5);
  expect(sheet.getRow(2).getCell(2).numFmt).toBe('#,##0.##');
});
