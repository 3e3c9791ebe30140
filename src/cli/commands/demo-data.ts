import type { Command } from 'commander';
import { generateDemoData } from '../../services/collection/demo/generate-demo-data.ts';
import { parseId, printJson, withStore } from '../cli-context.ts';

export function registerDemoDataCommand(program: Command): void {
  program
    .command('demo-data')
    .description('生成示例数据（合成，非真实统计）(add a labelled synthetic dataset to a plan)')
    .requiredOption('--plan <id>', 'plan id')
    .option('--as-of <date>', 'data up to YYYY-MM-DD (default: today, clamped into the plan year)')
    .option('--seed <n>', 'random seed (same seed, same data)')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExample:\n  $ planwatch demo-data --plan 1 --as-of 2026-06-30')
    .action(async (opts: { plan: string; asOf?: string; seed?: string; json?: boolean }) => {
      const result = await withStore((store) =>
        generateDemoData(store, parseId(opts.plan, '--plan'), {
          asOf: opts.asOf,
          seed: opts.seed ? parseId(opts.seed, '--seed') : undefined,
        }),
      );
      if (opts.json) return printJson(result);
      if (result.skipped) {
        process.stdout.write(`规划 ${result.planId} 已有示例数据，未重复生成 (demo data already present)\n`);
        return;
      }
      process.stdout.write(
        `已生成示例数据（合成）截至 ${result.asOf}：观测值 ${result.observations} · 研判 ${result.judgements} · 进展报告 ${result.progressReports} · 分工 ${result.assignments} · 节点 ${result.milestones}\n`,
      );
    });
}
