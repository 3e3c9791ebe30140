import type { Command } from 'commander';
import { AppError } from '../../errors/app-error.ts';
import { findDepartment } from '../../services/collection/departments/manage-departments.ts';
import { assertItemType } from '../../services/collection/departments/plan-items.ts';
import { listDueItems } from '../../services/collection/progress/list-due-items.ts';
import {
  listProgress,
  type ProgressInput,
  recordProgress,
} from '../../services/collection/progress/record-progress.ts';
import { transitionSubmission } from '../../services/collection/progress/submissions.ts';
import { parseId, printJson, withStore } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';

const STATE_ZH = {
  reported: '已报',
  upcoming: '未到期',
  due_soon: '即将到期',
  overdue: '逾期',
  escalated: '督办',
} as const;

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new AppError('BAD_REQUEST', `${name} 应为数字: ${value}`);
  return n;
}

export function registerProgressCommand(program: Command): void {
  const progress = program
    .command('progress')
    .description('措施、量化任务、重大项目进展与报送 (progress, submissions, deadlines)');

  progress
    .command('report')
    .description('填报进展 (record progress on a measure, commitment or project)')
    .requiredOption('--plan <id>', 'plan id')
    .requiredOption('--type <type>', 'measure | commitment | project')
    .requiredOption('--item <id>', 'item id')
    .option('--status <status>', 'in_progress | done | delayed, or 推进中 | 已完成 | 滞后')
    .option('--text <text>', 'progress text')
    .option('--delay-reason <text>', '滞后原因 (required when delayed)')
    .option('--remedy <text>', '整改措施 (required when delayed)')
    .option('--quantity <n>', 'commitment: completed quantity to date, in --unit')
    .option('--unit <unit>', "commitment: unit of --quantity (default the commitment's own, e.g. 亿元)")
    .option('--stage <stage>', 'project: not_started | started | under_construction | completed | in_use')
    .option('--investment-planned <n>', 'project: planned investment this year (in --investment-unit)')
    .option('--investment-completed <n>', 'project: completed investment year to date (in --investment-unit)')
    .option('--investment-unit <unit>', 'project: 亿元 (default) | 万元 | 元')
    .option('--period <period>', 'period reported on (2026-06, 2026Q2)')
    .option('--note <text>')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nExample:\n  $ planwatch progress report --plan 1 --type measure --item 12 --status delayed --delay-reason 拆迁 --remedy 专班推进',
    )
    .action(async (opts: Record<string, string | undefined> & { json?: boolean }) => {
      const type = assertItemType(opts.type ?? '');
      if (type === 'indicator')
        throw new AppError(
          'BAD_REQUEST',
          '指标请用 observations import (use observations import for indicators)',
        );
      const base = {
        planId: parseId(opts.plan ?? '', '--plan'),
        itemId: parseId(opts.item ?? '', '--item'),
        text: opts.text,
        note: opts.note,
        period: opts.period,
        delayReason: opts.delayReason,
        remedy: opts.remedy,
        status: opts.status,
        by: 'cli',
      };
      const input: ProgressInput =
        type === 'measure'
          ? { ...base, itemType: 'measure', status: base.status ?? 'in_progress' }
          : type === 'commitment'
            ? {
                ...base,
                itemType: 'commitment',
                completedQuantity: number(opts.quantity, '--quantity') ?? Number.NaN,
                unit: opts.unit,
              }
            : {
                ...base,
                itemType: 'project',
                stage: (opts.stage ?? '') as 'started',
                investmentPlanned: number(opts.investmentPlanned, '--investment-planned'),
                investmentCompleted: number(opts.investmentCompleted, '--investment-completed'),
                investmentUnit: opts.investmentUnit,
              };
      const view = await withStore((store) => recordProgress(store, input));
      if (opts.json) return printJson(view);
      process.stdout.write(`已记录进展 ${view.id}\n`);
    });

  progress
    .command('list')
    .description('进展历史 (progress history)')
    .requiredOption('--plan <id>', 'plan id')
    .option('--type <type>')
    .option('--item <id>')
    .option('--json', 'machine-readable output')
    .action(async (opts: { plan: string; type?: string; item?: string; json?: boolean }) => {
      const rows = await withStore((store) =>
        listProgress(store, {
          planId: parseId(opts.plan, '--plan'),
          itemType: opts.type,
          itemId: opts.item ? parseId(opts.item, '--item') : undefined,
        }),
      );
      if (opts.json) return printJson({ progress: rows });
      const table = rows.map((r) => [
        r.itemType,
        String(r.itemId),
        r.period ?? '',
        r.status ?? '',
        r.stage ?? '',
        String(r.completedQuantity ?? ''),
        r.text ?? '',
        r.recordedAt.slice(0, 10),
      ]);
      process.stdout.write(
        `${formatTable(['类型', '编号', '期间', '状态', '阶段', '完成量', '说明', '日期'], table, [0, 0, 0, 0, 0, 0, 30, 0])}\n`,
      );
    });

  progress
    .command('due')
    .description('各部门到期、逾期与督办事项 (due, overdue and escalated items per department)')
    .requiredOption('--plan <id>', 'plan id')
    .option('--as-of <date>', 'YYYY-MM-DD (default today)')
    .option('--department <idOrName>')
    .option('--all', 'include items already reported')
    .option('--json', 'machine-readable output')
    .action(
      async (opts: { plan: string; asOf?: string; department?: string; all?: boolean; json?: boolean }) => {
        const lists = await withStore(async (store) =>
          listDueItems(store, {
            planId: parseId(opts.plan, '--plan'),
            asOf: opts.asOf,
            departmentId: opts.department ? (await findDepartment(store, opts.department)).id : undefined,
            onlyOutstanding: !opts.all,
          }),
        );
        if (opts.json) return printJson({ departments: lists });
        for (const list of lists) {
          process.stdout.write(
            `\n${list.departmentName}（逾期 ${list.counts.overdue} · 督办 ${list.counts.escalated} · 即将到期 ${list.counts.due_soon}）\n`,
          );
          const rows = list.items.map((i) => [
            STATE_ZH[i.state],
            i.itemType,
            i.label,
            i.period,
            i.dueDate,
            i.deadlineMissed ?? '',
          ]);
          process.stdout.write(
            `${formatTable(['状态', '类型', '内容', '期间', '截止', '已过完成时限'], rows, [0, 0, 36, 0, 0, 0])}\n`,
          );
        }
      },
    );

  progress
    .command('review')
    .argument('<submission>', 'submission id')
    .description('审核部门报送：确认或退回 (confirm or return a department submission)')
    .option('--confirm', 'confirm: its figures feed assessments and reports')
    .option('--return', 'return with comments')
    .option('--submit', 'submit a draft (as the department)')
    .option('--comment <text>', 'comments (required to return)')
    .option('--json', 'machine-readable output')
    .action(
      async (
        id: string,
        opts: { confirm?: boolean; return?: boolean; submit?: boolean; comment?: string; json?: boolean },
      ) => {
        const action = opts.confirm ? 'confirm' : opts.return ? 'return' : opts.submit ? 'submit' : null;
        if (!action) throw new AppError('BAD_REQUEST', '请指定 --confirm、--return 或 --submit');
        const view = await withStore((store) =>
          transitionSubmission(store, parseId(id, 'submission'), action, {
            by: 'cli',
            comment: opts.comment,
          }),
        );
        if (opts.json) return printJson(view);
        process.stdout.write(`报送 ${view.id}：${view.status}\n`);
      },
    );
}
