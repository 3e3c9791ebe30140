import type { Command } from 'commander';
import { listPlans } from '../../services/plans/list-plans.ts';
import { printJson, withStore } from '../cli-context.ts';

const STATUS_ZH: Record<string, string> = { draft: '草稿', published: '已发布' };

export function registerPlansCommand(program: Command): void {
  program
    .command('plans')
    .description('列出规划 (list plans)')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExample:\n  $ planwatch plans --json')
    .action(async (opts: { json?: boolean }) => {
      const plans = await withStore(listPlans);
      if (opts.json) return printJson({ plans });
      if (plans.length === 0) {
        process.stdout.write('暂无规划 (no plans). 导入: planwatch import FILE\n');
        return;
      }
      for (const p of plans) {
        const c = p.counts;
        process.stdout.write(
          `${String(p.id).padStart(4)}  ${STATUS_ZH[p.status] ?? p.status}  ${p.year ?? '—'}  ${p.title}\n` +
            `      指标 ${c.indicators} · 任务 ${c.sections}部分 ${c.measures}条措施 · 量化任务 ${c.commitments} · 重大项目 ${c.projects}${p.demo ? ' · 示例数据' : ''}\n`,
        );
      }
    });
}
