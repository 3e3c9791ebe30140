import { type Command, Option } from 'commander';
import type { AlertState } from '../../store/alerts/alerts-store.ts';
import { parseId, printJson, withStore } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';

const SEVERITY_ZH = { high: '严重', medium: '较重', low: '一般' } as const;
const STATE_ZH = { open: '待处理', acknowledged: '已确认', resolved: '已解除', closed: '已关闭' } as const;

export function registerAlertsCommand(program: Command): void {
  const alerts = program
    .command('alerts')
    .description('预警：列表、评估、确认与关闭 (alerts: list, evaluate, acknowledge, close)');

  alerts
    .command('list', { isDefault: true })
    .description('列出预警，按级别和状态排序 (list alerts, ranked); `planwatch alerts` alone lists')
    .option('--plan <id>', 'only this plan')
    .addOption(
      new Option('--state <state>', 'only alerts in this state').choices([
        'open',
        'acknowledged',
        'resolved',
        'closed',
      ]),
    )
    .addOption(new Option('--severity <severity>', 'only this severity').choices(['high', 'medium', 'low']))
    .option(
      '--json',
      'machine-readable output: {alerts: [{id, rule, severity, state, item: {type, id, name}, openedAt, …}]}',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ planwatch alerts --plan 1 --state open\n  $ planwatch alerts evaluate --plan 1 --as-of 2026-07-01\n  $ planwatch alerts ack 3 --by 张三 --note 已督办',
    )
    .action(async (opts: { plan?: string; state?: AlertState; severity?: string; json?: boolean }) => {
      const { listAlerts } = await import('../../services/alerts/alert-lifecycle.ts');
      const planId = opts.plan === undefined ? undefined : parseId(opts.plan, '--plan');
      const list = await withStore((store) =>
        listAlerts(store, {
          planId,
          states: opts.state ? [opts.state] : undefined,
          severities: opts.severity ? [opts.severity] : undefined,
        }),
      );
      if (opts.json) return printJson({ alerts: list });
      if (list.length === 0) {
        process.stdout.write('没有预警 (no alerts)\n');
        return;
      }
      const rows = list.map((a) => [
        String(a.id),
        SEVERITY_ZH[a.severity],
        STATE_ZH[a.state],
        a.department ?? '—',
        a.text,
        a.openedAt.slice(0, 10),
      ]);
      process.stdout.write(
        `${formatTable(['编号', '级别', '状态', '责任单位', '预警', '发生'], rows, [0, 0, 0, 16, 70, 0])}\n`,
      );
    });

  alerts
    .command('evaluate')
    .description('按预警规则评估一个规划，开启、解除或升级预警 (evaluate a plan’s alert rules now)')
    .requiredOption('--plan <id>', 'plan id')
    .option('--as-of <date>', 'reference date YYYY-MM-DD (default: today in China)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { plan: string; asOf?: string; json?: boolean }) => {
      const { evaluateAndNotify } = await import('../../services/alerts/evaluate-and-notify.ts');
      const planId = parseId(opts.plan, '--plan');
      const result = await withStore((store) => evaluateAndNotify(store, planId, { asOf: opts.asOf }));
      const { events: _events, ...summary } = result;
      if (opts.json) return printJson(summary);
      process.stdout.write(
        `规划 ${planId} 截至 ${result.asOf}：条件 ${result.conditions} 项，新开 ${result.opened}，复发 ${result.reopened}，解除 ${result.resolved}，升级 ${result.escalated}，不变 ${result.unchanged}\n`,
      );
    });

  for (const [name, zh, action] of [
    ['ack', '确认预警 (acknowledge an alert)', 'acknowledge'],
    ['close', '关闭预警并说明原因 (close an alert with a reason)', 'close'],
  ] as const) {
    alerts
      .command(`${name} <ids...>`)
      .description(zh)
      .requiredOption('--by <name>', 'who does it')
      .option('--note <text>', action === 'close' ? 'the reason (required)' : 'a note')
      .option('--json', 'machine-readable output: {done, failed}')
      .action(async (ids: string[], opts: { by: string; note?: string; json?: boolean }) => {
        const { bulkAlertAction } = await import('../../services/alerts/alert-lifecycle.ts');
        const parsed = ids.map((id) => parseId(id, 'id'));
        const result = await withStore((store) =>
          bulkAlertAction(store, action, parsed, { actor: opts.by, note: opts.note ?? null }),
        );
        if (opts.json) printJson(result);
        else {
          if (result.done.length) process.stdout.write(`已处理 ${result.done.join(', ')}\n`);
          for (const f of result.failed) process.stderr.write(`planwatch: ${f.message}\n`);
        }
        if (result.failed.length) process.exitCode = 1;
      });
  }
}
