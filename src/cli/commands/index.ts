import type { Command } from 'commander';

type Register = (program: Command) => void;

interface CommandEntry {
  /** The top-level command names the module registers. */
  names: string[];
  /** One line per name for `planwatch --help`; the module's own description is the full one. */
  summaries: string[];
  load: () => Promise<Register>;
}

/**
 * Every CLI command, in the order `planwatch --help` lists them. Modules are imported only when
 * their command runs: the services behind them pull in Fastify, Kysely, exceljs and docx, and
 * loading all of them made `planwatch --help` take over a second (ADR 0002).
 */
const COMMANDS: CommandEntry[] = [
  {
    names: ['serve'],
    summaries: ['启动 Web 应用和 /api (serve the web app and API)'],
    load: () => import('./serve.ts').then((m) => m.registerServeCommand),
  },
  {
    names: ['migrate'],
    summaries: ['应用数据库迁移 (apply pending database migrations)'],
    load: () => import('./migrate.ts').then((m) => m.registerMigrateCommand),
  },
  {
    names: ['plans'],
    summaries: ['列出规划 (list plans)'],
    load: () => import('./plans.ts').then((m) => m.registerPlansCommand),
  },
  {
    names: ['parse'],
    summaries: ['解析规划文档为结构化 JSON，不访问数据库 (parse a plan report; no database)'],
    load: () => import('./parse.ts').then((m) => m.registerParseCommand),
  },
  {
    names: ['import'],
    summaries: ['导入规划文档为草稿（或发布）(import a plan report)'],
    load: () => import('./import.ts').then((m) => m.registerImportCommand),
  },
  {
    names: ['target'],
    summaries: ['解析目标表达式为 JSON (parse a target expression)'],
    load: () => import('./target.ts').then((m) => m.registerTargetCommand),
  },
  {
    names: ['assess'],
    summaries: ['按序时进度评估规划执行情况 (assess a plan as of a date)'],
    load: () => import('./assess.ts').then((m) => m.registerAssessCommand),
  },
  {
    names: ['thresholds', 'judge', 'assign'],
    summaries: [
      '查看或设置评估阈值 (show or set assessment thresholds)',
      '记录定性指标的人工研判 (record a judgement of a qualitative target)',
      '录入上级下达的目标值 (enter the value assigned to an external target)',
    ],
    load: () => import('./indicator-inputs.ts').then((m) => m.registerIndicatorInputCommands),
  },
  {
    names: ['observations'],
    summaries: ['数据填报与查询 (observations: import, list, history)'],
    load: () => import('./observations.ts').then((m) => m.registerObservationsCommand),
  },
  {
    names: ['demo-data'],
    summaries: ['生成示例数据（合成，非真实统计）(add a labelled synthetic dataset)'],
    load: () => import('./demo-data.ts').then((m) => m.registerDemoDataCommand),
  },
  {
    names: ['departments'],
    summaries: ['牵头单位与任务分工 (departments and assignments)'],
    load: () => import('./departments.ts').then((m) => m.registerDepartmentsCommand),
  },
  {
    names: ['progress'],
    summaries: ['措施、量化任务、重大项目进展与报送 (progress, submissions, deadlines)'],
    load: () => import('./progress.ts').then((m) => m.registerProgressCommand),
  },
  {
    names: ['template'],
    summaries: ['Excel 填报模板与任务分工方案 (Excel templates and the 任务分工方案)'],
    load: () => import('./template.ts').then((m) => m.registerTemplateCommand),
  },
  {
    names: ['report'],
    summaries: ['生成执行情况报告 (write the execution report: docx, pdf, html, md, xlsx)'],
    load: () => import('./report.ts').then((m) => m.registerReportCommand),
  },
  {
    names: ['alerts'],
    summaries: ['预警：列表、评估、确认与关闭 (alerts: list, evaluate, acknowledge, close)'],
    load: () => import('./alerts.ts').then((m) => m.registerAlertsCommand),
  },
  {
    names: ['channels'],
    summaries: ['通知通道：企业微信、钉钉、邮件、Webhook (notification channels)'],
    load: () => import('./notify.ts').then((m) => m.registerChannelsCommand),
  },
  {
    names: ['notify'],
    summaries: ['发送测试消息、投递通知队列 (test a channel, deliver the queue)'],
    load: () => import('./notify.ts').then((m) => m.registerNotifyCommand),
  },
  {
    names: ['user'],
    summaries: ['账号管理：添加、列出、停用、重置密码 (accounts: add, list, disable, reset-password)'],
    load: () => import('./user.ts').then((m) => m.registerUserCommand),
  },
];

/** Options of the root program that take a value, so the command name is found after them. */
const ROOT_OPTIONS_WITH_VALUE = new Set(['--database']);

/** The command a command line asks for (`planwatch help assess` asks for assess), if any. */
export function requestedCommand(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (ROOT_OPTIONS_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    if (arg === 'help') return requestedCommand(args.slice(i + 1)) ?? 'help';
    return arg;
  }
  return undefined;
}

/**
 * Registers the command a command line asks for in full, and every other command as a one-line
 * entry for the help listing. `args` are the arguments after the program name.
 */
export async function registerCommands(program: Command, args: readonly string[]): Promise<void> {
  const wanted = requestedCommand(args);
  for (const entry of COMMANDS) {
    if (wanted && entry.names.includes(wanted)) {
      (await entry.load())(program);
      continue;
    }
    entry.names.forEach((name, i) => {
      program.command(name).description(entry.summaries[i]);
    });
  }
}

/** Every command module registered in full: for tests that walk the whole command tree. */
export async function registerAllCommands(program: Command): Promise<void> {
  for (const entry of COMMANDS) (await entry.load())(program);
}
