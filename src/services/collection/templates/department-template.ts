import ExcelJS from 'exceljs';
import { convertUnit } from '../../../domain/numbers/units.ts';
import { parsePeriod } from '../../../domain/period/parse-period.ts';
import { AppError, notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { listAssignments } from '../departments/assign-items.ts';
import { getDepartment } from '../departments/manage-departments.ts';
import { indicatorInfo, loadImportContext } from '../observations/import-context.ts';
import {
  type ImportOptions,
  type ImportResult,
  importObservations,
} from '../observations/import-observations.ts';
import { listObservations } from '../observations/list-observations.ts';
import { OBSERVATION_KINDS } from '../observations/observation-view.ts';
import { blankUnitMeaning } from '../observations/resolve-unit.ts';

export const TEMPLATE_HEADER = [
  '指标',
  '地区',
  '期间',
  '类型',
  '数值',
  '单位',
  '来源',
  '备注',
  '上期值',
  '上期期间',
];

/**
 * An Excel form for one department and period: a row per indicator it leads, with the unit, the
 * last value and data validation; filled in and uploaded back through importDepartmentTemplate.
 */
export async function buildDepartmentTemplate(
  store: Store,
  input: { planId: number; departmentId?: number | null; period: string },
): Promise<{ filename: string; bytes: Buffer; rows: number }> {
  const period = parsePeriod(input.period);
  if (!period)
    throw new AppError('VALIDATION_FAILED', `无法识别的期间 (bad period): ${input.period}`, {
      field: 'period',
      value: input.period,
    });
  const ctx = await loadImportContext(store, input.planId);
  const department = input.departmentId ? await getDepartment(store, input.departmentId) : null;
  const led = department
    ? new Set(
        (await listAssignments(store, input.planId, { itemType: 'indicator', departmentId: department.id }))
          .filter((a) => a.role === 'lead')
          .map((a) => a.itemId),
      )
    : null;
  const indicators = (
    await store.db
      .selectFrom('indicators')
      .selectAll()
      .where('plan_id', '=', input.planId)
      .where('deleted_at', 'is', null)
      .orderBy('sort_order')
      .execute()
  ).filter((i) => (led ? led.has(i.id) : true) && !/"kind":"(external|qualitative)"/.test(i.target_json));
  if (department && indicators.length === 0)
    throw notFound(`${department.name} 牵头的指标 (indicators led by the department)`, department.id);
  const region = ctx.defaultRegion ?? '';
  const previous = await listObservations(store, { planId: input.planId, region: region || undefined });

  const book = new ExcelJS.Workbook();
  book.creator = 'planwatch';
  const sheet = book.addWorksheet('数据填报');
  sheet.addRow(TEMPLATE_HEADER);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const ind of indicators) {
    const kind = ind.observation_kind ?? 'ytd_value';
    // The unit a blank cell would mean, written out; blank where it must be filled (GDP in 亿元).
    const unit = blankUnitMeaning(indicatorInfo(ind), kind) ?? '';
    const last = previous
      .filter((o) => o.indicatorId === ind.id && o.kind === kind && o.periodEnd < period.end)
      .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
      .at(-1);
    const lastValue = last
      ? last.unit && unit && last.unit !== unit
        ? convertUnit(last.value, last.unit, unit)
        : last.value
      : null;
    sheet.addRow([
      ind.name,
      region,
      period.key,
      kind,
      null,
      unit,
      department?.name ?? null,
      null,
      lastValue,
      last?.period ?? null,
    ]);
  }
  const last = indicators.length + 1;
  for (let r = 2; r <= last; r++) {
    sheet.getCell(`D${r}`).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [`"${OBSERVATION_KINDS.join(',')}"`],
    };
    sheet.getCell(`E${r}`).dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [-1e15, 1e15],
      showErrorMessage: true,
      errorTitle: '数值',
      error: '请填写数字 (a number)',
    };
  }
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 40 : 14;
  });
  const help = book.addWorksheet('说明');
  for (const line of [
    '填写“数值”列后上传；留空的行不导入。',
    '单位留空时，按指标目标所用单位理解（如 万人、亿元；累计增速为 %），并记录为“按指标单位”。',
    '指标目标为增速（如 增长5%左右）而填报总量时，单位必须填写（如 亿元），否则该行被拒绝。',
    '单位可改为同量纲单位（如 万人 ↔ 人、亿元 ↔ 万元），系统自动换算为基本单位；不同量纲将被拒绝。',
    '百分比格式的单元格（显示 4.2%）按 4.2 导入；日期格式的期间（显示 2026-06）按其显示的月份导入。',
    '任一行有误则整个文件不写入，并列出全部错误（行号为本表行号）。',
    `类型：${OBSERVATION_KINDS.join(' / ')}（累计值 / 累计增速 / 当期值 / 水平值）。`,
  ])
    help.addRow([line]);
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  const filename = `${department?.name ?? '全部'}-${period.key}-数据填报.xlsx`;
  return { filename, bytes, rows: indicators.length };
}

/** Imports a filled template: blank rows are skipped, every other row must be valid. */
export async function importDepartmentTemplate(
  store: Store,
  input: { bytes: Uint8Array; filename?: string | null },
  options: ImportOptions,
): Promise<ImportResult> {
  return importObservations(
    store,
    { bytes: input.bytes, filename: input.filename ?? 'template.xlsx', format: 'xlsx' },
    { ...options, skipEmptyValues: true },
  );
}
