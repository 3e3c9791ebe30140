import { basename } from 'node:path';
import type { Command } from 'commander';
import { importPlan } from '../../services/plans/import-plan.ts';
import { printJson, readInputFile, withStore } from '../cli-context.ts';

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .argument('<file>', 'plan report: .txt/.md (UTF-8 or GB18030) or .docx')
    .description('导入规划文档为草稿（或发布）(import a plan report as a draft or published plan)')
    .option('--publish', 'publish at once instead of leaving a draft for review')
    .option('--json', 'print {"planId": …} as JSON')
    .addHelpText('after', '\nExample:\n  $ planwatch import report.txt --publish --json')
    .action(async (file: string, opts: { publish?: boolean; json?: boolean }) => {
      const bytes = readInputFile(file);
      const result = await withStore((store) =>
        importPlan(store, { bytes, filename: basename(file), publish: opts.publish, by: 'cli' }),
      );
      if (opts.json) return printJson({ planId: result.planId, status: result.status });
      const d = result.document;
      process.stdout.write(
        `已导入规划 ${result.planId} (${result.status === 'published' ? '已发布' : '草稿'}): ${d.plan.title}\n` +
          `指标 ${d.indicators.length} · 部分 ${d.sections.length} · 量化任务 ${d.commitments.length} · 重大项目 ${d.projects.length} · 提示 ${d.warnings.length}\n`,
      );
    });
}
