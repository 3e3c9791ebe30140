import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { listAssignments } from '../departments/assign-items.ts';
import { type ItemType, listPlanItems } from '../departments/plan-items.ts';
import { FREQUENCIES, getSchedules } from '../progress/schedules.ts';

export const DIVISION_HEADER = [
  '序号',
  '类型',
  '编号',
  '内容',
  '牵头单位',
  '配合单位',
  '完成时限',
  '报送频率',
];
export const TYPE_ZH: Record<ItemType, string> = {
  indicator: '指标',
  measure: '措施',
  commitment: '量化任务',
  project: '重大项目',
};
export const TYPE_FROM_ZH = new Map(Object.entries(TYPE_ZH).map(([k, v]) => [v, k as ItemType]));
const FREQ_ZH: Record<string, string> = { monthly: '月', quarterly: '季', half_yearly: '半年', yearly: '年' };
export const FREQ_FROM = new Map<string, string>([
  ...Object.entries(FREQ_ZH).map(([k, v]) => [v, k] as [string, string]),
  ['每月', 'monthly'],
  ['按月', 'monthly'],
  ['每季度', 'quarterly'],
  ['按季', 'quarterly'],
  ['季度', 'quarterly'],
  ['每半年', 'half_yearly'],
  ['每年', 'yearly'],
  ['按年', 'yearly'],
  ...FREQUENCIES.map((f) => [f, f] as [string, string]),
]);

export interface DivisionRow {
  no: number;
  type: ItemType;
  id: number;
  text: string;
  lead: string[];
  support: string[];
  deadline: string | null;
  frequency: string | null;
}

/** The 任务分工方案: every item of a plan with its lead and supporting departments. */
export async function loadTaskDivision(store: Store, planId: number): Promise<DivisionRow[]> {
  const plan = await store.db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('规划 (plan)', planId);
  const assignments = await listAssignments(store, planId);
  const schedules = await getSchedules(store, planId);
  const items = await listPlanItems(store, planId);
  return items.map((item, i) => {
    const mine = assignments.filter((a) => a.itemType === item.type && a.itemId === item.id);
    const s = schedules.get(`${item.type}:${item.id}`);
    return {
      no: i + 1,
      type: item.type,
      id: item.id,
      text: item.label,
      lead: mine.filter((a) => a.role === 'lead').map((a) => a.departmentName),
      support: mine.filter((a) => a.role === 'support').map((a) => a.departmentName),
      deadline: s?.deadline ?? null,
      frequency: s?.frequency ?? null,
    };
  });
}

/** One row of the table as both exports write it, in DIVISION_HEADER's order. */
function divisionCells(r: DivisionRow): Array<string | number> {
  return [
    r.no,
    TYPE_ZH[r.type],
    r.id,
    r.text,
    r.lead.join('、'),
    r.support.join('、'),
    r.deadline ?? '',
    r.frequency ? FREQ_ZH[r.frequency] : '',
  ];
}

/**
 * The 任务分工方案 as Excel: the columns of DIVISION_HEADER; edited and uploaded back through
 * importTaskDivision, like the Word export.
 */
export async function exportTaskDivisionXlsx(store: Store, planId: number): Promise<Buffer> {
  const rows = await loadTaskDivision(store, planId);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('任务分工方案');
  sheet.addRow(DIVISION_HEADER).font = { bold: true };
  for (const r of rows) sheet.addRow(divisionCells(r));
  sheet.columns.forEach((c, i) => {
    c.width = [6, 10, 8, 60, 18, 24, 12, 10][i];
  });
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The 任务分工方案 as a Word table (the same columns, 编号 included so it imports back). */
export async function exportTaskDivisionDocx(store: Store, planId: number): Promise<Buffer> {
  const rows = await loadTaskDivision(store, planId);
  const plan = await store.db
    .selectFrom('plans')
    .select('title')
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold, font: '仿宋', size: 21 })] })],
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: DIVISION_HEADER.map((h) => cell(h, true)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: divisionCells(r).map((t) => cell(String(t))),
          }),
      ),
    ],
  });
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                text: `${plan.title}任务分工方案`,
                bold: true,
                font: '方正小标宋简体',
                size: 36,
              }),
            ],
          }),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
