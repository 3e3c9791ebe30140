import { type Command, Option } from 'commander';
import { STATUS_LABELS } from '../../domain/assess/index.ts';
import { assessPlan } from '../../services/assessment/assess-plan.ts';
import type { AssessedItem } from '../../services/assessment/assessment.types.ts';
import { todayInChina } from '../../services/validation.ts';
import { parseId, printJson, withStore } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';

const TYPE_ZH = { indicator: '指标', commitment: '量化任务', project: '重大项目', measure: '措施' } as const;
const COLOR_MARK = { green: '●绿', yellow: '●黄', red: '●红', grey: '○灰' } as const;

function formatValue(v: { value: number; unit: string | null } | null): string {
  if (!v) return '—';
  const n =
    Math.abs(v.value) >= 1000
      ? Math.round(v.value).toLocaleString('zh-CN')
      : String(Math.round(v.value * 100) / 100);
  return `${n}${v.unit ?? ''}`;
}

export function registerAssessCommand(program: Command): void {
  program
    .command('assess')
    .description('按序时进度评估规划执行情况 (assess a plan as of a date)')
    .requiredOption('--plan <id>', 'plan id (planwatch plans)')
    .option('--as-of <date>', 'reference date YYYY-MM-DD (default: today)')
    .option(
      '--known-at <datetime|date>',
      'only revisions recorded by then: ISO datetime with offset, or YYYY-MM-DD = the end of that day in China Standard Time (UTC+8); default: now',
    )
    .addOption(
      new Option('--type <type>', 'only one kind of item').choices([
        'indicator',
        'commitment',
        'project',
        'measure',
      ]),
    )
    .option('--json', 'machine-readable output: {asOf, knownAt, summary, items}')
    .addHelpText(
      'after',
      '\nExamples:\n  $ planwatch assess --plan 1 --as-of 2026-06-30\n  $ planwatch assess --plan 1 --as-of 2026-06-30 --known-at 2026-07-20T00:00:00Z --json\n  $ planwatch assess --plan 1 --as-of 2026-06-30 --known-at 2026-07-20   # by 23:59:59.999+08:00',
    )
    .action(
      async (opts: { plan: string; asOf?: string; knownAt?: string; type?: string; json?: boolean }) => {
        const planId = parseId(opts.plan, '--plan');
        const asOf = opts.asOf ?? todayInChina();
        const type = opts.type as AssessedItem['type'] | undefined;
        const result = await withStore((store) =>
          assessPlan(store, planId, { asOf, knownAt: opts.knownAt, type }),
        );
        const items = result.items;
        if (opts.json) {
          return printJson({ asOf: result.asOf, knownAt: result.knownAt, summary: result.summary, items });
        }
        const s = result.summary;
        process.stdout.write(
          `评估时点 ${result.asOf}（数据截至 ${result.knownAt.slice(0, 19).replace('T', ' ')}）  共 ${s.total} 项：` +
            `绿 ${s.byColor.green} · 黄 ${s.byColor.yellow} · 红 ${s.byColor.red} · 待评估/无数据 ${s.byColor.grey}` +
            (s.bindingAtRisk ? `  约束性指标预警 ${s.bindingAtRisk} 项` : '') +
            '\n\n',
        );
        const rows = items.map((i) => [
          TYPE_ZH[i.type],
          `${i.attribute === 'binding' ? '★' : ''}${i.name}`,
          i.target ?? '',
          `${COLOR_MARK[i.color]} ${STATUS_LABELS[i.status].zh}`,
          formatValue(i.expected),
          formatValue(i.actual),
          i.projection?.sentence ?? i.explanation.summaryZh,
        ]);
        process.stdout.write(
          `${formatTable(['类型', '名称', '目标', '状态', '序时目标', '实际', '说明'], rows, [0, 28, 18, 0, 0, 0, 60])}\n`,
        );
        if (items.some((i) => i.attribute === 'binding')) process.stdout.write('\n★ 约束性指标\n');
      },
    );
}
