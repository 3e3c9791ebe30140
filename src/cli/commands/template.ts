import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../errors/app-error.ts';
import { findDepartment } from '../../services/collection/departments/manage-departments.ts';
import {
  buildDepartmentTemplate,
  importDepartmentTemplate,
} from '../../services/collection/templates/department-template.ts';
import { importTaskDivision } from '../../services/collection/templates/import-task-division.ts';
import {
  exportTaskDivisionDocx,
  exportTaskDivisionXlsx,
} from '../../services/collection/templates/task-division.ts';
import { parseId, printJson, readInputFile, withStore } from '../cli-context.ts';
import { printImportErrors } from './observations.ts';

const DIVISION_FORMATS = ['xlsx', 'docx'] as const;

export function registerTemplateCommand(program: Command): void {
  const template = program
    .command('template')
    .description('Excel 填报模板与任务分工方案 (Excel templates and the 任务分工方案)');

  template
    .command('export')
    .description('生成部门填报模板 (write a department’s Excel form for a period)')
    .requiredOption('--plan <id>', 'plan id')
    .requiredOption('--period <period>', '2026-06, 2026Q2 …')
    .option('--department <idOrName>', 'only the indicators this department leads')
    .option('--out <file>', 'output .xlsx (default: <department>-<period>-数据填报.xlsx)')
    .option('--json', 'print {file, rows}')
    .action(
      async (opts: { plan: string; period: string; department?: string; out?: string; json?: boolean }) => {
        const result = await withStore(async (store) =>
          buildDepartmentTemplate(store, {
            planId: parseId(opts.plan, '--plan'),
            period: opts.period,
            departmentId: opts.department ? (await findDepartment(store, opts.department)).id : null,
          }),
        );
        const file = opts.out ?? result.filename;
        writeFileSync(file, result.bytes);
        if (opts.json) return printJson({ file, rows: result.rows });
        process.stdout.write(`已生成 ${file}（${result.rows} 行）\n`);
      },
    );

  template
    .command('import')
    .argument('<file>', 'a filled template (.xlsx)')
    .description('导入填好的模板：空行跳过，任一行有误则不写入 (import a filled template)')
    .requiredOption('--plan <id>', 'plan id')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: { plan: string; json?: boolean }) => {
      const planId = parseId(opts.plan, '--plan');
      const bytes = readInputFile(file);
      try {
        const result = await withStore((store) =>
          importDepartmentTemplate(store, { bytes, filename: basename(file) }, { planId, by: 'cli' }),
        );
        if (opts.json) return printJson(result);
        process.stdout.write(
          `已导入 ${result.rows} 行：新增 ${result.inserted - result.revised} · 修订 ${result.revised} · 未变 ${result.unchanged}（跳过空行 ${result.skippedEmpty}）\n`,
        );
      } catch (error) {
        printImportErrors(error, opts.json);
        throw error;
      }
    });

  template
    .command('division')
    .description('导出任务分工方案 (export the 任务分工方案 to Excel or Word)')
    .requiredOption('--plan <id>', 'plan id')
    .option('--format <format>', 'xlsx | docx', 'xlsx')
    .requiredOption('--out <file>', 'output file')
    .action(async (opts: { plan: string; format: string; out: string }) => {
      const planId = parseId(opts.plan, '--plan');
      if (!(DIVISION_FORMATS as readonly string[]).includes(opts.format))
        throw new AppError(
          'BAD_REQUEST',
          `--format 应为 ${DIVISION_FORMATS.join(' | ')} (unsupported format): ${opts.format}`,
        );
      const bytes = await withStore((store) =>
        opts.format === 'docx'
          ? exportTaskDivisionDocx(store, planId)
          : exportTaskDivisionXlsx(store, planId),
      );
      writeFileSync(opts.out, bytes);
      process.stdout.write(`已导出 ${opts.out}\n`);
    });

  template
    .command('division-import')
    .argument('<file>', 'an edited 任务分工方案 (.xlsx or .docx, as exported)')
    .description(
      '导入任务分工方案：任一行有误则不写入 (import lead/support departments, deadlines and frequencies; atomic)',
    )
    .requiredOption('--plan <id>', 'plan id')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: { plan: string; json?: boolean }) => {
      const planId = parseId(opts.plan, '--plan');
      const bytes = readInputFile(file);
      try {
        const result = await withStore((store) => importTaskDivision(store, planId, bytes, 'cli'));
        if (opts.json) return printJson(result);
        process.stdout.write(`已导入 ${result.items} 个条目的分工（${result.assignments} 条）\n`);
      } catch (error) {
        printImportErrors(error, opts.json);
        throw error;
      }
    });
}
