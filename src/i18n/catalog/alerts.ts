import { STATUS_LABELS } from '../../domain/assess/status-labels.ts';
import { formatAmount, formatPeriod, formatShare } from '../format.ts';
import type { Lang } from '../lang.ts';
import type { Translations } from '../message.types.ts';

type Amount = { value: number; unit: string | null } | null | undefined;

const STAGES: Record<string, { zh: string; en: string }> = {
  not_started: { zh: '未开工', en: 'not started' },
  started: { zh: '已开工', en: 'started' },
  under_construction: { zh: '在建', en: 'under construction' },
  completed: { zh: '已建成', en: 'completed' },
  in_use: { zh: '已投用', en: 'in use' },
  complete: { zh: '建成', en: 'complete' },
  construct: { zh: '加快建设', en: 'construction' },
  start: { zh: '开工', en: 'start' },
  reserve: { zh: '预备', en: 'reserve' },
};

const stage = (code: string | null | undefined, lang: Lang) =>
  code ? (STAGES[code]?.[lang] ?? code) : lang === 'zh' ? '未报告' : 'not reported';
const amount = (a: Amount, lang: Lang) => (a ? formatAmount(a.value, a.unit, lang) : '—');
const status = (s: string | undefined, lang: Lang) =>
  (STATUS_LABELS as Record<string, { zh: string; en: string }>)[s ?? '']?.[lang] ?? s ?? '';

interface StatusParams {
  name: string;
  status?: string;
  target?: string | null;
  actual?: (Amount & { period?: string | null }) | null;
  expected?: Amount;
  stage?: string | null;
  plannedStage?: string | null;
}

/** Where the item stands, in its units: 实际 1141.32亿元（序时 1200亿元）, or the project's stage. */
function standing(p: StatusParams, lang: Lang): string {
  if (p.stage !== undefined || p.plannedStage !== undefined) {
    return lang === 'zh'
      ? `计划${stage(p.plannedStage, 'zh')}，目前${stage(p.stage, 'zh')}`
      : `planned: ${stage(p.plannedStage, 'en')}; now ${stage(p.stage, 'en')}`;
  }
  if (!p.actual) return lang === 'zh' ? '暂无实际数据' : 'no data yet';
  const expected = p.expected ? amount(p.expected, lang) : null;
  return lang === 'zh'
    ? `实际${amount(p.actual, 'zh')}${expected ? `，序时目标${expected}` : ''}`
    : `actual ${amount(p.actual, 'en')}${expected ? `, expected by now ${expected}` : ''}`;
}

const statusAlert = (zhLead: string, enLead: string): Translations<StatusParams> => ({
  zh: (p) => `${zhLead}：${p.name}${status(p.status, 'zh')}（${standing(p, 'zh')}）`,
  en: (p) => `${enLead}: ${p.name} is ${status(p.status, 'en').toLowerCase()} (${standing(p, 'en')})`,
});

/** Alert texts, notification titles and digests (预警). */
export const alertsCatalog = {
  ALERT_BINDING_NOT_ON_TRACK: statusAlert('约束性指标预警', 'Binding target'),
  ALERT_OFF_TRACK: statusAlert('明显滞后', 'Off track'),
  ALERT_AT_RISK: statusAlert('略低于序时进度', 'At risk'),
  ALERT_PROJECTED_MISS: {
    zh: (p: { name: string; target?: string | null; projected?: Amount }) =>
      `预计难以完成全年目标：${p.name}，预计全年${amount(p.projected, 'zh')}${p.target ? `（目标${p.target}）` : ''}`,
    en: (p: { name: string; target?: string | null; projected?: Amount }) =>
      `Annual target likely missed: ${p.name}, projected ${amount(p.projected, 'en')}${p.target ? ` (target ${p.target})` : ''}`,
  },
  ALERT_DATA_OVERDUE: {
    zh: (p: { name: string; periods: string[] }) =>
      `报送逾期：${p.name}，${p.periods.map((x) => formatPeriod(x, 'zh')).join('、')}未报送`,
    en: (p: { name: string; periods: string[] }) =>
      `Overdue: ${p.name}, not reported for ${p.periods.map((x) => formatPeriod(x, 'en')).join(', ')}`,
  },
  ALERT_MILESTONE_MISSED: {
    zh: (p: { name: string; milestone: string; plannedDate: string }) =>
      `节点逾期：${p.name}「${p.milestone}」计划${p.plannedDate}完成，尚未完成`,
    en: (p: { name: string; milestone: string; plannedDate: string }) =>
      `Milestone passed: ${p.name} "${p.milestone}" was due ${p.plannedDate} and is not done`,
  },
  ALERT_VALUE_REVISED: {
    zh: (p: { name: string; period: string; previous: Amount; current: Amount; change: number | null }) =>
      `数据大幅修订：${p.name}${formatPeriod(p.period, 'zh')}由${amount(p.previous, 'zh')}改为${amount(p.current, 'zh')}${p.change == null ? '' : `（变动${formatShare(p.change)}）`}`,
    en: (p: { name: string; period: string; previous: Amount; current: Amount; change: number | null }) =>
      `Large revision: ${p.name} ${formatPeriod(p.period, 'en')} changed from ${amount(p.previous, 'en')} to ${amount(p.current, 'en')}${p.change == null ? '' : ` (${formatShare(p.change)})`}`,
  },
  ALERT_REVIEW_WAITING: {
    zh: (p: { department: string | null; period: string | null; days: number }) =>
      `待审核超时：${p.department ?? ''}${p.period ? `${formatPeriod(p.period, 'zh')}` : ''}报送已等待审核${p.days}天`,
    en: (p: { department: string | null; period: string | null; days: number }) =>
      `Review waiting: the submission of ${p.department ?? 'a department'}${p.period ? ` for ${formatPeriod(p.period, 'en')}` : ''} has waited ${p.days} days`,
  },
  ALERT_SEVERITY: {
    zh: (p: { severity: string }) =>
      ({ high: '严重', medium: '较重', low: '一般' })[p.severity] ?? p.severity,
    en: (p: { severity: string }) =>
      ({ high: 'High', medium: 'Medium', low: 'Low' })[p.severity] ?? p.severity,
  },
  ALERT_STATE: {
    zh: (p: { state: string }) =>
      ({ open: '待处理', acknowledged: '已确认', resolved: '已解除', closed: '已关闭' })[p.state] ?? p.state,
    en: (p: { state: string }) =>
      ({ open: 'Open', acknowledged: 'Acknowledged', resolved: 'Resolved', closed: 'Closed' })[p.state] ??
      p.state,
  },
  ALERT_NOTIFY_TITLE: {
    zh: (p: { kind: string; severity: string }) =>
      `【规划监测预警·${({ high: '严重', medium: '较重', low: '一般' } as Record<string, string>)[p.severity] ?? p.severity}】${({ opened: '新预警', reopened: '预警复发', escalated: '预警升级' } as Record<string, string>)[p.kind] ?? '预警'}`,
    en: (p: { kind: string; severity: string }) =>
      `[Plan monitoring · ${p.severity}] ${({ opened: 'New alert', reopened: 'Alert recurred', escalated: 'Alert escalated' } as Record<string, string>)[p.kind] ?? 'Alert'}`,
  },
  ALERT_NOTIFY_DEPARTMENT: {
    zh: (p: { department: string | null }) => `责任单位：${p.department ?? '未分工'}`,
    en: (p: { department: string | null }) => `Department: ${p.department ?? 'unassigned'}`,
  },
  ALERT_NOTIFY_ESCALATION: {
    zh: (p: { level: number }) =>
      `已升级至${['责任单位', '责任单位分管领导', '规划处'][p.level] ?? '规划处'}`,
    en: (p: { level: number }) =>
      `Escalated to ${['the department', "the department's leader", 'the plan office'][p.level] ?? 'the plan office'}`,
  },
  ALERT_DIGEST_TITLE: {
    zh: (p: { count: number; date: string }) => `【规划监测预警日报】${p.date} 共${p.count}条`,
    en: (p: { count: number; date: string }) => `[Plan monitoring daily digest] ${p.date}: ${p.count} alerts`,
  },
  ALERT_TEST_MESSAGE: {
    zh: (p: { channel: string }) => `这是来自规划执行监测预警平台的测试消息（通道：${p.channel}）。`,
    en: (p: { channel: string }) => `A test message from planwatch (channel: ${p.channel}).`,
  },
} satisfies Record<string, Translations<never>>;
