import { type AlertSeverity, SEVERITY_ORDER } from '../../domain/alerts/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { render } from '../../i18n/index.ts';
import type { AlertEventRow, AlertRow } from '../../store/alerts/alerts-store.ts';

export interface AlertView {
  id: number;
  planId: number;
  rule: string;
  severity: AlertSeverity;
  state: 'open' | 'acknowledged' | 'resolved' | 'closed';
  item: { type: string; id: number; name: string };
  department: string | null;
  message: { code: string; params: Record<string, unknown> };
  /** The message rendered in the reader's language. */
  text: string;
  openedAt: string;
  lastSeenAt: string;
  acknowledged: { at: string; by: string | null; note: string | null } | null;
  resolvedAt: string | null;
  closed: { at: string; by: string | null; reason: string | null } | null;
  /** 0 the owning department, 1 its leader, 2 the plan office. */
  escalationLevel: number;
  reopenCount: number;
  /** The owning department's latest reported 滞后原因 and 整改措施 for the item, if any. */
  report: { delayReason: string | null; remedy: string | null; at: string } | null;
}

export interface AlertEventView {
  kind: string;
  at: string;
  actor: string | null;
  note: string | null;
  details: unknown;
}

export function toAlertView(row: AlertRow, lang: Lang, report: AlertView['report'] = null): AlertView {
  const message = JSON.parse(row.message_json) as AlertView['message'];
  return {
    id: row.id,
    planId: row.plan_id,
    rule: row.rule,
    severity: row.severity as AlertSeverity,
    state: row.state as AlertView['state'],
    item: { type: row.item_type, id: row.item_id, name: row.item_name },
    department: row.department,
    message,
    text: render(message as { code: string; params: never }, lang),
    openedAt: row.opened_at,
    lastSeenAt: row.last_seen_at,
    acknowledged: row.acknowledged_at
      ? { at: row.acknowledged_at, by: row.acknowledged_by, note: row.acknowledge_note }
      : null,
    resolvedAt: row.resolved_at,
    closed: row.closed_at ? { at: row.closed_at, by: row.closed_by, reason: row.close_reason } : null,
    escalationLevel: row.escalation_level,
    reopenCount: row.reopen_count,
    report,
  };
}

export function toEventView(row: AlertEventRow): AlertEventView {
  return {
    kind: row.kind,
    at: row.at,
    actor: row.actor,
    note: row.note,
    details: row.details_json ? JSON.parse(row.details_json) : null,
  };
}

const STATE_ORDER: Record<string, number> = { open: 0, acknowledged: 1, closed: 2, resolved: 3 };

/**
 * The order the 预警 page and the CLI show: standing alerts first, then by severity, escalation,
 * and the newest first. The server ranks; clients only display.
 */
export function rankAlerts(alerts: AlertView[]): AlertView[] {
  return [...alerts].sort(
    (a, b) =>
      STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
      SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] ||
      b.escalationLevel - a.escalationLevel ||
      b.openedAt.localeCompare(a.openedAt) ||
      b.id - a.id,
  );
}
