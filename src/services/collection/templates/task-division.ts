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
import { AppError, notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { listAssignments } from '../departments/assign-items.ts';
import { listDepartments } from '../departments/manage-departments.ts';
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
const TYPE_ZH: Record<ItemType, string> = {
  indicator: '指标',
  measure: '措施',
  commitment: '量化任务',
  project: '重大项目',
};
const TYPE_FROM_ZH = new Map(Object.entries(TYPE_ZH).map(([k, v]) => [v, k as ItemType]));
const FREQ_ZH: Record<string, string> = { monthly: '月', quarterly: '季', half_yearly: '半年', yearly: '年' };
const FREQ_FROM = new Map<string, string>([
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

export async function exportTaskDivisionXlsx(store: Store, planId: number): Promise<Buffer> {
  const rows = await loadTaskDivision(store, planId);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('任务分工方案');
  sheet.addRow(DIVISION_HEADER).font = { bold: true };
  for (const r of rows)
    sheet.addRow([
      r.no,
      TYPE_ZH[r.type],
      r.id,
      r.text,
      r.lead.join('、'),
      r.support.join('、'),
      r.deadline ?? '',
      r.frequency ? FREQ_ZH[r.frequency] : '',
    ]);
  sheet.columns.forEach((c, i) => {
    c.width = [6, 10, 8, 60, 18, 24, 12, 10][i];
  });
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}

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
        children: ['序号', '类型', '内容', '牵头单位', '配合单位', '完成时限'].map((h) => cell(h, true)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: [
              String(r.no),
              TYPE_ZH[r.type],
              r.text,
              r.lead.join('、'),
              r.support.join('、'),
              r.deadline ?? '',
            ].map((t) => cell(t)),
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

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in (v as object))
    return (v as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in (v as object)) return cellText((v as { result: unknown }).result);
  return String(v).trim();
}

/**
 * Reads an edited 任务分工方案 back: each listed item gets exactly the departments named (lead
 * and support) and its deadline and frequency. Atomic like observation imports: an unknown
 * department or item rejects the file with every error.
 */
export async function importTaskDivisionXlsx(
  store: Store,
  planId: number,
  bytes: Uint8Array,
  by?: string | null,
): Promise<{ items: number; assignments: number }> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError('IMPORT_INVALID', `XLSX 无法读取 (unreadable XLSX): ${(error as Error).message}`, {
      errors: [],
      total: 1,
    });
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new AppError('IMPORT_INVALID', '文件为空 (the file is empty)', { errors: [], total: 0 });
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(cellText);
  const col = (name: string) => header.indexOf(name) + 1;
  const departments = new Map((await listDepartments(store)).map((d) => [d.name, d.id]));
  const items = new Set((await listPlanItems(store, planId)).map((i) => `${i.type}:${i.id}`));
  const errors: Array<{
    row: number;
    column: string;
    value: string | null;
    reason: string;
    reasonCode: string;
  }> = [];
  const parsed: Array<{
    type: ItemType;
    id: number;
    lead: number[];
    support: number[];
    deadline: string | null;
    frequency: string | null;
  }> = [];
  for (const name of ['类型', '编号', '牵头单位']) {
    if (col(name) === 0)
      errors.push({
        row: 1,
        column: name,
        value: null,
        reason: `缺少列 ${name} (missing column)`,
        reasonCode: 'missing_column',
      });
  }
  if (errors.length)
    throw new AppError('IMPORT_INVALID', `任务分工表缺少列 (missing columns)`, {
      errors,
      total: errors.length,
    });
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const get = (name: string) => (col(name) ? cellText(row.getCell(col(name)).value) : '');
    const typeText = get('类型');
    const type = TYPE_FROM_ZH.get(typeText) ?? (typeText in TYPE_ZH ? (typeText as ItemType) : null);
    const id = Number(get('编号'));
    const fail = (column: string, value: string, reason: string, reasonCode: string) =>
      errors.push({ row: rowNumber, column, value: value || null, reason, reasonCode });
    if (!type) return fail('类型', typeText, '类型应为 指标/措施/量化任务/重大项目', 'bad_type');
    if (!items.has(`${type}:${id}`))
      return fail('编号', get('编号'), '规划中没有此条目 (no such item in the plan)', 'unknown_item');
    const names = (name: string) =>
      get(name)
        .split(/[、,，;；\s]+/)
        .filter(Boolean);
    const resolve = (column: string) =>
      names(column).flatMap((n) => {
        const found = departments.get(n);
        if (found === undefined)
          fail(column, n, '未知部门：请先在部门列表中添加 (unknown department)', 'unknown_department');
        return found === undefined ? [] : [found];
      });
    const lead = resolve('牵头单位');
    const support = resolve('配合单位').filter((d) => !lead.includes(d));
    if (lead.length > 1)
      fail('牵头单位', get('牵头单位'), '只能有一个牵头单位 (one lead department)', 'several_leads');
    const deadline = get('完成时限') || null;
    if (deadline && !/^\d{4}-\d{2}-\d{2}$/.test(deadline))
      fail('完成时限', deadline, '日期应为 YYYY-MM-DD', 'bad_date');
    const freqText = get('报送频率');
    const frequency = freqText ? (FREQ_FROM.get(freqText) ?? null) : null;
    if (freqText && !frequency) fail('报送频率', freqText, '频率应为 月/季/半年/年', 'bad_frequency');
    parsed.push({ type, id, lead, support, deadline, frequency });
  });
  if (errors.length)
    throw new AppError(
      'IMPORT_INVALID',
      `任务分工表有 ${errors.length} 处错误，未写入 (rejected, nothing written)`,
      {
        errors: errors.slice(0, 1000),
        total: errors.length,
      },
    );
  const now = new Date().toISOString();
  let count = 0;
  await store.db.transaction().execute(async (trx) => {
    for (const p of parsed) {
      await trx
        .deleteFrom('item_assignments')
        .where('item_type', '=', p.type)
        .where('item_id', '=', p.id)
        .execute();
      const values = [
        ...p.lead.map((d) => ({ department_id: d, role: 'lead' })),
        ...p.support.map((d) => ({ department_id: d, role: 'support' })),
      ].map((v) => ({
        ...v,
        plan_id: planId,
        item_type: p.type,
        item_id: p.id,
        created_at: now,
        created_by: by ?? null,
      }));
      if (values.length) await trx.insertInto('item_assignments').values(values).execute();
      count += values.length;
      if (p.deadline || p.frequency) {
        const existing = await trx
          .selectFrom('item_schedules')
          .selectAll()
          .where('item_type', '=', p.type)
          .where('item_id', '=', p.id)
          .executeTakeFirst();
        const frequency =
          p.frequency ?? existing?.frequency ?? (p.type === 'indicator' ? 'monthly' : 'quarterly');
        const set = {
          frequency,
          due_day: existing?.due_day ?? (frequency === 'yearly' ? 90 : frequency === 'monthly' ? 15 : 20),
          grace_days: existing?.grace_days ?? 5,
          deadline: p.deadline ?? existing?.deadline ?? null,
          updated_at: now,
        };
        await trx
          .insertInto('item_schedules')
          .values({ plan_id: planId, item_type: p.type, item_id: p.id, ...set })
          .onConflict((oc) => oc.columns(['item_type', 'item_id']).doUpdateSet(set))
          .execute();
      }
    }
  });
  return { items: parsed.length, assignments: count };
}
