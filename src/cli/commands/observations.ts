import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { AppError } from '../../errors/app-error.ts';
import { getSeriesHistory } from '../../services/collection/observations/get-series-history.ts';
import {
  type ImportProgress,
  importObservations,
} from '../../services/collection/observations/import-observations.ts';
import { listObservations } from '../../services/collection/observations/list-observations.ts';
import { compareRegions } from '../../services/collection/regions/compare-regions.ts';
import { rollUpRegion } from '../../services/collection/regions/roll-up-region.ts';
import { parseId, printJson, withStore } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';

/** A progress bar on stderr (stdout stays clean for --json), by bytes read. */
function progressBar(): { update: (p: ImportProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '导入 {bar} {percentage}% | {rows} 行 | {phase}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const total = p.totalBytes ?? 1;
      if (!started) {
        bar.start(total, 0, { rows: 0, phase: p.phase });
        started = true;
      }
      bar.update(p.phase === 'done' ? total : Math.min(p.bytes ?? 0, total), {
        rows: p.rows,
        phase: p.phase,
      });
    },
    stop: () => started && bar.stop(),
  };
}

/**
 * Prints every error of a rejected import: JSON on stdout with --json (the only thing there),
 * a table on stderr otherwise. The command then fails with exit code 1 (main.ts).
 */
export function printImportErrors(error: unknown, json: boolean | undefined): void {
  if (!(error instanceof AppError) || error.code !== 'IMPORT_INVALID') return;
  const details = error.details as { errors?: Array<Record<string, unknown>>; total?: number } | null;
  if (!details?.errors) return;
  const total = details.total ?? details.errors.length;
  if (json) {
    printJson({ ok: false, code: error.code, message: error.message, total, errors: details.errors });
    return;
  }
  const rows = details.errors.map((e) => [
    String(e.row),
    String(e.column),
    String(e.value ?? ''),
    String(e.reason),
  ]);
  process.stderr.write(`${formatTable(['行', '列', '值', '原因'], rows, [0, 12, 20, 60])}\n`);
  if (total > details.errors.length)
    process.stderr.write(`… 共 ${total} 处错误，仅列出前 ${details.errors.length} 处\n`);
}

export function registerObservationsCommand(program: Command): void {
  const observations = program
    .command('observations')
    .description('数据填报与查询 (observations: import, list, history)');

  observations
    .command('import')
    .argument(
      '<file>',
      'CSV (UTF-8 or GB18030), XLSX or SDMX-CSV: indicator,region,period,kind,value[,unit,source,note]',
    )
    .description('导入观测数据：任一行有误则整个文件不写入 (import observations; atomic)')
    .requiredOption('--plan <id>', 'plan id')
    .option('--by <name>', 'who is importing (recorded with every revision)', 'cli')
    .option('--json', 'print the result (or the errors) as JSON')
    .addHelpText(
      'after',
      `
Units: a blank unit means the unit the indicator's target is written in (万人, 亿元; % for
ytd_growth); amounts are stored in their base unit (元, 人, 平方米…); amounts of growth-target
indicators (增长5%左右) need their unit written. XLSX percentage cells (4.2%) import as 4.2.

Example:
  $ planwatch observations import data.csv --plan 1 --json`,
    )
    .action(async (file: string, opts: { plan: string; by: string; json?: boolean }) => {
      const planId = parseId(opts.plan, '--plan');
      const bar = progressBar();
      try {
        const result = await withStore((store) =>
          importObservations(
            store,
            { path: file, filename: basename(file) },
            { planId, by: opts.by, onProgress: bar.update },
          ),
        );
        bar.stop();
        if (opts.json) return printJson(result);
        process.stdout.write(
          `已导入 ${result.rows} 行：新增 ${result.inserted - result.revised} · 修订 ${result.revised} · 未变 ${result.unchanged} (import ${result.importId})\n`,
        );
      } catch (error) {
        bar.stop();
        printImportErrors(error, opts.json);
        throw error;
      }
    });

  observations
    .command('list')
    .description('查询数据（可指定时点）(list the latest values, as of a date)')
    .requiredOption('--plan <id>', 'plan id')
    .option('--indicator <id>', 'indicator id')
    .option('--region <code>', 'GB/T 2260 region code')
    .option('--as-of <date>', 'periods ending on or before YYYY-MM-DD')
    .option('--known-at <datetime>', 'revisions recorded on or before (default now)')
    .option('--json', 'machine-readable output')
    .action(
      async (opts: {
        plan: string;
        indicator?: string;
        region?: string;
        asOf?: string;
        knownAt?: string;
        json?: boolean;
      }) => {
        const rows = await withStore((store) =>
          listObservations(store, {
            planId: parseId(opts.plan, '--plan'),
            indicatorId: opts.indicator ? parseId(opts.indicator, '--indicator') : undefined,
            region: opts.region,
            asOf: opts.asOf,
            knownAt: opts.knownAt,
          }),
        );
        if (opts.json) return printJson({ observations: rows });
        const table = rows.map((o) => [
          String(o.indicatorId),
          o.region,
          o.period,
          o.kind,
          String(o.value),
          o.unit ?? '',
          `r${o.revision}`,
          o.source ?? '',
        ]);
        process.stdout.write(
          `${formatTable(['指标', '地区', '期间', '类型', '数值', '单位', '版本', '来源'], table)}\n`,
        );
      },
    );

  observations
    .command('history')
    .description('一个序列的全部修订 (every revision of a series)')
    .requiredOption('--indicator <id>', 'indicator id')
    .option('--region <code>')
    .option('--period <period>')
    .option('--kind <kind>')
    .option('--json', 'machine-readable output')
    .action(
      async (opts: {
        indicator: string;
        region?: string;
        period?: string;
        kind?: string;
        json?: boolean;
      }) => {
        const rows = await withStore((store) =>
          getSeriesHistory(store, {
            indicatorId: parseId(opts.indicator, '--indicator'),
            region: opts.region,
            period: opts.period,
            kind: opts.kind,
          }),
        );
        if (opts.json) return printJson({ history: rows });
        const table = rows.map((o) => [
          o.region,
          o.period,
          o.kind,
          `r${o.revision}`,
          String(o.value),
          o.recordedAt,
          o.recordedBy ?? '',
          o.source ?? '',
        ]);
        process.stdout.write(
          `${formatTable(['地区', '期间', '类型', '版本', '数值', '记录时间', '记录人', '来源'], table)}\n`,
        );
      },
    );

  observations
    .command('rollup')
    .description('下级地区加总 (sum a flow over the child regions)')
    .requiredOption('--plan <id>', 'plan id')
    .requiredOption('--indicator <id>', 'indicator id')
    .requiredOption('--region <code>', 'parent region code')
    .requiredOption('--period <period>')
    .option('--json', 'machine-readable output')
    .action(
      async (opts: { plan: string; indicator: string; region: string; period: string; json?: boolean }) => {
        const result = await withStore((store) =>
          rollUpRegion(store, {
            planId: parseId(opts.plan, '--plan'),
            indicatorId: parseId(opts.indicator, '--indicator'),
            region: opts.region,
            period: opts.period,
          }),
        );
        if (opts.json) return printJson(result);
        process.stdout.write(
          `合计 ${result.value}${result.unit ?? ''}（${result.children.length - result.missing.length}/${result.children.length} 个下级地区已报）\n`,
        );
      },
    );

  observations
    .command('compare')
    .description('地区对比表 (compare regions for one indicator and period)')
    .requiredOption('--plan <id>', 'plan id')
    .requiredOption('--indicator <id>', 'indicator id')
    .requiredOption('--period <period>')
    .option('--parent <code>', 'only the children of this region')
    .option('--json', 'machine-readable output')
    .action(
      async (opts: { plan: string; indicator: string; period: string; parent?: string; json?: boolean }) => {
        const rows = await withStore((store) =>
          compareRegions(store, {
            planId: parseId(opts.plan, '--plan'),
            indicatorId: parseId(opts.indicator, '--indicator'),
            period: opts.period,
            parent: opts.parent,
          }),
        );
        if (opts.json) return printJson({ regions: rows });
        process.stdout.write(
          `${formatTable(
            ['排名', '地区', '数值', '单位'],
            rows.map((r) => [String(r.rank), r.name, String(r.value), r.unit ?? '']),
          )}\n`,
        );
      },
    );
}
