import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import {
  addPlanItems,
  type BuiltPlan,
  buildCollectionPlan,
} from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { assignItem, listAssignments } from '../departments/assign-items.ts';
import { listDepartments, seedDepartments } from '../departments/manage-departments.ts';
import { recordObservations } from '../observations/import-observations.ts';
import { listObservations } from '../observations/list-observations.ts';
import { buildDepartmentTemplate, importDepartmentTemplate } from './department-template.ts';
import { importTaskDivision } from './import-task-division.ts';
import { exportTaskDivisionDocx, exportTaskDivisionXlsx } from './task-division.ts';

const NOW = new Date('2026-11-28T00:00:00Z');

/** A Word document holding one table, as a user might type the 任务分工方案. */
async function wordTable(header: string[], rows: string[][]): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const table = new Table({
    rows: [header, ...rows].map((r) => new TableRow({ children: r.map(cell) })),
  });
  const doc = new Document({ sections: [{ children: [new Paragraph('任务分工方案'), table] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function fill(bytes: Buffer, values: Record<number, unknown>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  for (const [row, value] of Object.entries(values))
    sheet.getCell(`E${row}`).value = value as ExcelJS.CellValue;
  return Buffer.from(await book.xlsx.writeBuffer());
}

describeEachDatabase('Excel templates and the 任务分工方案', (t) => {
  let plan: BuiltPlan;
  let hr: number;
  let greening: number;
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    await addPlanItems(t.store, plan.planId);
    await seedDepartments(t.store);
    const departments = await listDepartments(t.store);
    hr = departments.find((d) => d.name === '人力资源社会保障局')!.id;
    greening = departments.find((d) => d.name === '绿化市容局')!.id;
    for (const name of ['城镇新增就业岗位', '城镇调查失业率'])
      await assignItem(t.store, {
        planId: plan.planId,
        itemType: 'indicator',
        itemId: plan.indicators[name],
        departmentId: hr,
      });
    await recordObservations(
      t.store,
      [{ indicator: '城镇新增就业岗位', period: '2026-05', value: 250000, unit: '人' }],
      { planId: plan.planId, now: NOW },
    );
  });

  it('writes a department template with its items, units and last values, and reads it back filled', async () => {
    const template = await buildDepartmentTemplate(t.store, {
      planId: plan.planId,
      departmentId: hr,
      period: '2026-06',
    });
    expect(template.rows).toBe(2);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '城镇新增就业岗位',
      '310000',
      '2026-06',
      'ytd_value',
      undefined,
      '万人',
      '人力资源社会保障局',
      undefined,
      25,
      '2026-05',
    ]);
    expect(sheet.getCell('E2').dataValidation).toMatchObject({ type: 'decimal' });

    // Row 3 (unemployment) left blank: skipped, not refused.
    const filled = await fill(template.bytes, { 2: 31.2 });
    const result = await importDepartmentTemplate(
      t.store,
      { bytes: filled },
      { planId: plan.planId, now: NOW, by: '人社局' },
    );
    expect(result).toMatchObject({ rows: 1, inserted: 1, skippedEmpty: 1 });
    const [june] = await listObservations(t.store, {
      planId: plan.planId,
      indicatorId: plan.indicators.城镇新增就业岗位,
      period: '2026-06',
    });
    expect(june).toMatchObject({
      value: 312000,
      unit: '人',
      source: '人力资源社会保障局',
      recordedBy: '人社局',
    });
  });

  it('reports a bad cell by its sheet row and writes nothing', async () => {
    const template = await buildDepartmentTemplate(t.store, {
      planId: plan.planId,
      departmentId: hr,
      period: '2026-07',
    });
    const filled = await fill(template.bytes, { 2: 33, 3: '五' });
    await expect(
      importDepartmentTemplate(t.store, { bytes: filled }, { planId: plan.planId, now: NOW }),
    ).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      details: {
        total: 1,
        errors: [expect.objectContaining({ row: 3, column: '数值', reasonCode: 'non_numeric' })],
      },
    });
    expect(await listObservations(t.store, { planId: plan.planId, period: '2026-07' })).toEqual([]);
  });

  it('exports the 任务分工方案 to Excel and Word and imports the edited table', async () => {
    const xlsx = await exportTaskDivisionXlsx(t.store, plan.planId);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const parks = sheet.getColumn(4).values.indexOf('新增公园100座');
    expect(parks).toBeGreaterThan(1);
    sheet.getCell(`E${parks}`).value = '绿化市容局';
    sheet.getCell(`F${parks}`).value = '规划资源局、财政局';
    sheet.getCell(`G${parks}`).value = '2026-12-31';
    const edited = Buffer.from(await book.xlsx.writeBuffer());
    const result = await importTaskDivision(t.store, plan.planId, edited, '规划处');
    expect(result.items).toBe(sheet.rowCount - 1);
    const commitment = await listAssignments(t.store, plan.planId, { itemType: 'commitment' });
    expect(commitment.map((a) => [a.departmentName, a.role])).toEqual([
      ['绿化市容局', 'lead'],
      ['财政局', 'support'],
      ['规划资源局', 'support'],
    ]);
    expect(commitment[0].departmentId).toBe(greening);

    sheet.getCell(`E${parks}`).value = '不存在局';
    const bad = Buffer.from(await book.xlsx.writeBuffer());
    await expect(importTaskDivision(t.store, plan.planId, bad)).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      details: {
        errors: [
          expect.objectContaining({ row: parks, column: '牵头单位', reasonCode: 'unknown_department' }),
        ],
      },
    });

    const docx = await exportTaskDivisionDocx(t.store, plan.planId);
    expect([...docx.subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
  });
});

describeEachDatabase('the 任务分工方案 in Word', (t) => {
  let plan: BuiltPlan;
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    await addPlanItems(t.store, plan.planId);
    await seedDepartments(t.store);
    const greening = (await listDepartments(t.store)).find((d) => d.name === '绿化市容局')!.id;
    await assignItem(t.store, {
      planId: plan.planId,
      itemType: 'indicator',
      itemId: plan.indicators.新增公园,
      departmentId: greening,
    });
  });

  it('imports the .docx the export writes, unchanged', async () => {
    const docx = await exportTaskDivisionDocx(t.store, plan.planId);
    const before = await listAssignments(t.store, plan.planId);
    const result = await importTaskDivision(t.store, plan.planId, docx, '规划处');
    expect(result).toMatchObject({ format: 'docx', assignments: before.length });
    expect(await listAssignments(t.store, plan.planId)).toEqual(before);
  });

  it('lists every bad table row of an edited .docx and writes nothing', async () => {
    const before = await listAssignments(t.store, plan.planId);
    const parks = plan.indicators.新增公园;
    const bytes = await wordTable(
      ['序号', '类型', '编号', '内容', '牵头单位', '配合单位', '完成时限'],
      [
        ['1', '指标', String(parks), '新增公园', '不存在局', '', ''],
        [
          '2',
          '指标',
          String(plan.indicators.城镇调查失业率),
          '城镇调查失业率',
          '人力资源社会保障局',
          '',
          '2026-02-30',
        ],
        ['3', '指标', '999999', '?', '绿化市容局', '', ''],
      ],
    );
    await expect(importTaskDivision(t.store, plan.planId, bytes)).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      details: {
        total: 3,
        errors: [
          expect.objectContaining({
            row: 2,
            column: '牵头单位',
            reasonCode: 'unknown_department',
            value: '不存在局',
          }),
          expect.objectContaining({ row: 3, column: '完成时限', reasonCode: 'bad_date' }),
          expect.objectContaining({ row: 4, column: '编号', reasonCode: 'unknown_item' }),
        ],
      },
    });
    expect(await listAssignments(t.store, plan.planId)).toEqual(before);
  });

  it('reads an older Word export without 编号 by type and text', async () => {
    const bytes = await wordTable(
      ['序号', '类型', '内容', '牵头单位', '配合单位', '完成时限'],
      [['1', '指标', '城镇调查失业率', '人力资源社会保障局', '统计局', '']],
    );
    expect(await importTaskDivision(t.store, plan.planId, bytes)).toMatchObject({ items: 1, assignments: 2 });
    const rows = await listAssignments(t.store, plan.planId, { itemType: 'indicator' });
    expect(
      rows.filter((a) => a.itemId === plan.indicators.城镇调查失业率).map((a) => a.departmentName),
    ).toEqual(['人力资源社会保障局', '统计局']);
  });

  it('refuses an impossible 完成时限 and a file that is neither export', async () => {
    const xlsx = await exportTaskDivisionXlsx(t.store, plan.planId);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    book.worksheets[0].getCell('G2').value = '2026-02-30';
    const bad = Buffer.from(await book.xlsx.writeBuffer());
    await expect(importTaskDivision(t.store, plan.planId, bad)).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ row: 2, column: '完成时限', reasonCode: 'bad_date' })] },
    });
    await expect(importTaskDivision(t.store, plan.planId, new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      details: { errors: [expect.objectContaining({ reasonCode: 'unreadable' })] },
    });
  });
});
