import { AppError, notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { isoDate } from '../../validation.ts';
import { type ItemType, listPlanItems } from '../departments/plan-items.ts';
import { readDivisionTable } from './read-division-table.ts';
import { FREQ_FROM, TYPE_FROM_ZH, TYPE_ZH } from './task-division.ts';

interface DivisionError {
  row: number;
  column: string;
  value: string | null;
  reason: string;
  reasonCode: string;
}

interface ParsedRow {
  type: ItemType;
  id: number;
  lead: number[];
  support: number[];
  deadline: string | null;
  frequency: string | null;
}

function loose(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, '');
}

function rejected(errors: DivisionError[]): AppError {
  const first = errors[0];
  return new AppError(
    'IMPORT_INVALID',
    `任务分工表有 ${errors.length} 处错误，未写入 (rejected, nothing written)${first ? `；第 ${first.row} 行 ${first.column}: ${first.reason}` : ''}`,
    { errors: errors.slice(0, 1000), total: errors.length },
  );
}

/**
 * Reads an edited 任务分工方案 back, from the Excel or the Word export: each listed item gets
 * exactly the departments named (lead and support) and its deadline and frequency. Items are
 * found by 编号, or by 类型 and 内容 in a table without it. Atomic like observation imports: an
 * unknown department or item rejects the file with every error, by row.
 */
export async function importTaskDivision(
  store: Store,
  planId: number,
  bytes: Uint8Array,
  by?: string | null,
): Promise<{ items: number; assignments: number; format: 'xlsx' | 'docx' }> {
  const plan = await store.db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('规划 (plan)', planId);
  const table = await readDivisionTable(bytes);
  const col = (name: string) => table.header.indexOf(name);
  const errors: DivisionError[] = [];
  const required = ['类型', '牵头单位', col('编号') >= 0 ? '编号' : '内容'];
  for (const name of required)
    if (col(name) < 0)
      errors.push({
        row: 1,
        column: name,
        value: null,
        reason: `缺少列 ${name} (missing column)`,
        reasonCode: 'missing_column',
      });
  if (errors.length) throw rejected(errors);

  const departments = await store.db
    .selectFrom('departments')
    .select(['id', 'name', 'short_name', 'deleted_at'])
    .execute();
  const active = new Map<string, number>();
  const removed = new Set<string>();
  for (const d of departments) {
    for (const name of [d.name, d.short_name]) {
      if (!name) continue;
      if (d.deleted_at) removed.add(name);
      else active.set(name, d.id);
    }
  }
  const items = await listPlanItems(store, planId);
  const ids = new Set(items.map((i) => `${i.type}:${i.id}`));
  const byText = new Map<string, number | null>();
  for (const i of items) {
    const key = `${i.type}:${loose(i.label)}`;
    byText.set(key, byText.has(key) ? null : i.id);
  }

  const parsed: ParsedRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    if (cells.every((c) => c === '')) continue;
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? '').trim() : '');
    const fail = (column: string, value: string, reason: string, reasonCode: string) =>
      errors.push({ row, column, value: value || null, reason, reasonCode });
    const typeText = get('类型');
    const type = TYPE_FROM_ZH.get(typeText) ?? (typeText in TYPE_ZH ? (typeText as ItemType) : null);
    if (!type) {
      fail('类型', typeText, '类型应为 指标/措施/量化任务/重大项目', 'bad_type');
      continue;
    }
    let id: number | null = null;
    if (col('编号') >= 0) {
      id = /^\d+$/.test(get('编号')) ? Number(get('编号')) : null;
      if (id === null || !ids.has(`${type}:${id}`)) {
        fail('编号', get('编号'), '规划中没有此条目 (no such item in the plan)', 'unknown_item');
        continue;
      }
    } else {
      id = byText.get(`${type}:${loose(get('内容'))}`) ?? null;
      if (id === null) {
        fail(
          '内容',
          get('内容'),
          '规划中没有内容相同的唯一条目 (no single item with this text)',
          'unknown_item',
        );
        continue;
      }
    }
    const key = `${type}:${id}`;
    if (seen.has(key)) {
      fail(
        col('编号') >= 0 ? '编号' : '内容',
        get(col('编号') >= 0 ? '编号' : '内容'),
        `与第 ${seen.get(key)} 行是同一条目 (listed twice)`,
        'duplicate_item',
      );
      continue;
    }
    seen.set(key, row);
    const resolve = (column: string) =>
      get(column)
        .split(/[、,，;；\s]+/)
        .filter(Boolean)
        .flatMap((n) => {
          const found = active.get(n);
          if (found !== undefined) return [found];
          if (removed.has(n))
            fail(column, n, '部门已停用：请改为现有部门 (department removed)', 'removed_department');
          else fail(column, n, '未知部门：请先在部门列表中添加 (unknown department)', 'unknown_department');
          return [];
        });
    const lead = resolve('牵头单位');
    const support = resolve('配合单位').filter((d) => !lead.includes(d));
    if (lead.length > 1)
      fail('牵头单位', get('牵头单位'), '只能有一个牵头单位 (one lead department)', 'several_leads');
    const deadline = get('完成时限') || null;
    if (deadline && !isoDate.safeParse(deadline).success)
      fail('完成时限', deadline, '日期应为有效的 YYYY-MM-DD (not a calendar date)', 'bad_date');
    const freqText = get('报送频率');
    const frequency = freqText ? (FREQ_FROM.get(freqText) ?? null) : null;
    if (freqText && !frequency) fail('报送频率', freqText, '频率应为 月/季/半年/年', 'bad_frequency');
    parsed.push({ type, id, lead, support, deadline, frequency });
  }
  if (errors.length) throw rejected(errors);
  const count = await writeDivision(store, planId, parsed, by ?? null);
  return { items: parsed.length, assignments: count, format: table.format };
}

async function writeDivision(
  store: Store,
  planId: number,
  parsed: ParsedRow[],
  by: string | null,
): Promise<number> {
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
        created_by: by,
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
  return count;
}
