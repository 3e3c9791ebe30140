import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../errors/app-error.ts';
import {
  getThresholds,
  recordAssignment,
  recordJudgement,
  resolveIndicatorId,
  setIndicatorThresholds,
  setPlanThresholds,
} from '../../services/assessment/record-indicator-inputs.ts';
import type { Store } from '../../store/open-database.ts';
import { parseId, printJson, withStore } from '../cli-context.ts';

/**
 * Runs a service call, with validation issues spelled out in the message: the CLI prints only
 * the message (on stderr, never JSON), so every refused field must be named there.
 */
async function withIssues<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const issues = (error as AppError).details as { issues?: Array<{ path: string; message: string }> };
    if (error instanceof AppError && Array.isArray(issues?.issues) && !error.message.includes(':')) {
      const list = issues.issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('；');
      throw new AppError(error.code, `${error.message}: ${list}`, error.details);
    }
    throw error;
  }
}

/** `key=value` → a settings object: numbers, true/false, words; `lateDays.month=30` nests. */
function parseSettings(pairs: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const m = /^([A-Za-z]+)(?:\.([A-Za-z]+))?=(.*)$/.exec(pair.trim());
    if (!m) throw new AppError('BAD_REQUEST', `--set 需为 key=value (expected key=value): ${pair}`);
    const [, key, sub, raw] = m;
    const value =
      raw === 'true'
        ? true
        : raw === 'false'
          ? false
          : raw !== '' && Number.isFinite(Number(raw))
            ? Number(raw)
            : raw;
    if (sub) out[key] = { ...((out[key] as Record<string, unknown> | undefined) ?? {}), [sub]: value };
    else out[key] = value;
  }
  return out;
}

function readSettingsFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError(
      'BAD_REQUEST',
      `无法读取阈值文件 ${path} (unreadable JSON): ${(error as Error).message}`,
    );
  }
}

const collect = (value: string, previous: string[]) => [...previous, value];

async function indicatorIdOf(store: Store, planId: number, indicator: string): Promise<number> {
  return resolveIndicatorId(store, planId, indicator);
}

interface ThresholdOptions {
  plan: string;
  indicator?: string;
  set: string[];
  file?: string;
  reset?: boolean;
  by: string;
  json?: boolean;
}

/**
 * `planwatch thresholds`, `planwatch judge`, `planwatch assign`: the assessment inputs the web app
 * edits, through the same services as PUT …/thresholds, POST …/judgements and POST …/assignments.
 */
export function registerIndicatorInputCommands(program: Command): void {
  program
    .command('thresholds')
    .description('查看或设置评估阈值 (show or set plan- or indicator-level assessment thresholds)')
    .requiredOption('--plan <id>', 'plan id')
    .option('--indicator <id|name>', 'one indicator (its overrides are merged over the plan’s)')
    .option(
      '--set <key=value>',
      'a threshold to set, repeatable (flowGreenRatio=0.9, lateDays.month=30)',
      collect,
      [],
    )
    .option('--file <path>', 'a JSON file with the whole override object')
    .option('--reset', 'remove the overrides (plan: the defaults; indicator: the plan’s)')
    .option('--by <name>', 'who is changing them (kept in the item’s revisions)', 'cli')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nExamples:\n  $ planwatch thresholds --plan 1\n  $ planwatch thresholds --plan 1 --set flowMode=points_behind --json\n  $ planwatch thresholds --plan 1 --indicator 城镇新增就业 --set flowGreenRatio=0.9 --set flowYellowRatio=0.8\n  $ planwatch thresholds --plan 1 --indicator 5 --reset',
    )
    .action(async (opts: ThresholdOptions) => {
      const planId = parseId(opts.plan, '--plan');
      const changes = [opts.set.length > 0, opts.file !== undefined, opts.reset === true].filter(Boolean);
      if (changes.length > 1)
        throw new AppError(
          'BAD_REQUEST',
          '--set、--file、--reset 只能选一种 (use one of --set, --file, --reset)',
        );
      const body =
        opts.reset === true
          ? null
          : opts.file
            ? readSettingsFile(opts.file)
            : opts.set.length > 0
              ? parseSettings(opts.set)
              : undefined;
      const result = await withStore(async (store) => {
        const indicatorId = opts.indicator ? await indicatorIdOf(store, planId, opts.indicator) : undefined;
        if (body !== undefined) {
          await withIssues(() =>
            indicatorId === undefined
              ? setPlanThresholds(store, planId, body)
              : setIndicatorThresholds(store, planId, indicatorId, body, opts.by),
          );
        }
        return getThresholds(store, planId, indicatorId);
      });
      if (opts.json) return printJson(result);
      const own = result.indicatorId === null ? result.plan : result.indicator;
      const lines = Object.entries(result.effective).map(([k, v]) => {
        const set = own && (own as Record<string, unknown>)[k] != null ? ' *' : '';
        return `  ${k} = ${typeof v === 'object' ? JSON.stringify(v) : String(v)}${set}`;
      });
      process.stdout.write(
        `${result.indicatorId === null ? `规划 ${planId}` : `规划 ${planId} 指标 ${result.indicatorId}`} 评估阈值（* 为本级设置）:\n${lines.join('\n')}\n`,
      );
    });

  program
    .command('judge')
    .description('记录定性指标的人工研判 (record a judgement of a qualitative target)')
    .requiredOption('--plan <id>', 'plan id')
    .requiredOption('--indicator <id|name>', 'the qualitative indicator (持续改善, 保持稳定 …)')
    .requiredOption(
      '--status <status>',
      'achieved | on_track | at_risk | off_track | basically_achieved | missed',
    )
    .requiredOption('--by <name>', 'who judges (recorded with the judgement)')
    .option('--note <text>', 'why (shown in the assessment sentence)')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nExample:\n  $ planwatch judge --plan 1 --indicator 空气质量 --status on_track --by 市生态环境局 --note 稳中向好',
    )
    .action(
      async (opts: {
        plan: string;
        indicator: string;
        status: string;
        by: string;
        note?: string;
        json?: boolean;
      }) => {
        const planId = parseId(opts.plan, '--plan');
        const result = await withStore(async (store) => {
          const indicatorId = await indicatorIdOf(store, planId, opts.indicator);
          return withIssues(() =>
            recordJudgement(store, planId, indicatorId, {
              status: opts.status,
              note: opts.note,
              by: opts.by,
            }),
          );
        });
        if (opts.json) return printJson(result);
        process.stdout.write(
          `已记录研判 #${result.id}：指标 ${result.indicatorId} ${result.status}（${result.recordedBy}）\n`,
        );
      },
    );

  program
    .command('assign')
    .description('录入上级下达的目标值 (enter the value a higher level assigned to an external target)')
    .requiredOption('--plan <id>', 'plan id')
    .requiredOption('--indicator <id|name>', 'the indicator whose target is 完成国家下达目标')
    .requiredOption('--value <number>', 'the assigned number')
    .option('--unit <unit>', 'its unit as written (微克/立方米, %)')
    .requiredOption('--by <name>', 'who assigned or entered it')
    .option('--note <text>', 'where it comes from (文件号)')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nExample:\n  $ planwatch assign --plan 1 --indicator 细颗粒物 --value 28 --unit 微克/立方米 --by 市生态环境局',
    )
    .action(
      async (opts: {
        plan: string;
        indicator: string;
        value: string;
        unit?: string;
        by: string;
        note?: string;
        json?: boolean;
      }) => {
        const planId = parseId(opts.plan, '--plan');
        const value = Number(opts.value);
        if (opts.value.trim() === '' || !Number.isFinite(value))
          throw new AppError('BAD_REQUEST', `--value 必须是数字 (must be a number): ${opts.value}`);
        const result = await withStore(async (store) => {
          const indicatorId = await indicatorIdOf(store, planId, opts.indicator);
          return withIssues(() =>
            recordAssignment(store, planId, indicatorId, {
              value,
              unit: opts.unit,
              note: opts.note,
              by: opts.by,
            }),
          );
        });
        if (opts.json) return printJson(result);
        process.stdout.write(
          `已录入下达目标 #${result.id}：指标 ${result.indicatorId} ${result.value}${result.unit ?? ''}（${result.recordedBy}）\n`,
        );
      },
    );
}
