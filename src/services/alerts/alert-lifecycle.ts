import { AppError, notFound } from '../../errors/app-error.ts';
import type { Lang } from '../../i18n/index.ts';
import {
  type AlertFilter,
  type AlertState,
  countActiveAlerts,
  getAlertRow,
  insertAlertEvent,
  listAlertEvents,
  listAlertRows,
  updateAlert,
} from '../../store/alerts/alerts-store.ts';
import { inTransaction, type Store } from '../../store/open-database.ts';
import { type AlertEventView, type AlertView, rankAlerts, toAlertView, toEventView } from './alert-view.ts';

/** The latest reported 滞后原因 / 整改措施 per item of the plans the alerts belong to. */
async function latestReports(store: Store, planIds: number[]) {
  const out = new Map<string, NonNullable<AlertView['report']>>();
  if (planIds.length === 0) return out;
  const rows = await store.db
    .selectFrom('progress_reports')
    .select(['plan_id', 'item_type', 'item_id', 'delay_reason', 'remedy', 'recorded_at', 'id'])
    .where('plan_id', 'in', planIds)
    .where('review_status', 'in', ['confirmed', 'submitted'])
    .where((eb) => eb.or([eb('delay_reason', 'is not', null), eb('remedy', 'is not', null)]))
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  for (const r of rows) {
    out.set(`${r.plan_id}:${r.item_type}:${r.item_id}`, {
      delayReason: r.delay_reason,
      remedy: r.remedy,
      at: r.recorded_at,
    });
  }
  return out;
}

export async function listAlerts(store: Store, filter: AlertFilter, lang: Lang = 'zh'): Promise<AlertView[]> {
  const rows = await listAlertRows(store.db, filter);
  const reports = await latestReports(store, [...new Set(rows.map((r) => r.plan_id))]);
  return rankAlerts(
    rows.map((r) => toAlertView(r, lang, reports.get(`${r.plan_id}:${r.item_type}:${r.item_id}`) ?? null)),
  );
}

export async function getAlert(
  store: Store,
  id: number,
  lang: Lang = 'zh',
): Promise<AlertView & { events: AlertEventView[] }> {
  const row = await getAlertRow(store.db, id);
  if (!row) throw notFound('预警 (alert)', id);
  const reports = await latestReports(store, [row.plan_id]);
  const events = await listAlertEvents(store.db, id);
  return {
    ...toAlertView(row, lang, reports.get(`${row.plan_id}:${row.item_type}:${row.item_id}`) ?? null),
    events: events.map(toEventView),
  };
}

export function countOpenAlerts(store: Store, planId?: number): Promise<number> {
  return countActiveAlerts(store.db, planId);
}

export interface ActorNote {
  actor: string;
  note?: string | null;
}

async function transition(
  store: Store,
  id: number,
  from: AlertState[],
  fields: Parameters<typeof updateAlert>[2],
  event: { kind: string; actor: string; note: string | null },
  now: string,
): Promise<void> {
  await inTransaction(store, async (tx) => {
    const row = await getAlertRow(tx.db, id);
    if (!row) throw notFound('预警 (alert)', id);
    if (!(await updateAlert(tx.db, id, fields, from))) {
      throw new AppError(
        'CONFLICT',
        `预警 ${id} 当前状态为 ${row.state}，不能${event.kind} (alert is ${row.state})`,
        {
          id,
          state: row.state,
        },
      );
    }
    await insertAlertEvent(tx.db, {
      alert_id: id,
      kind: event.kind,
      at: now,
      actor: event.actor,
      note: event.note,
      details_json: null,
    });
  });
}

/** open → acknowledged: someone has seen it and says so (who, note). Escalation stops. */
export async function acknowledgeAlert(
  store: Store,
  id: number,
  input: ActorNote,
  now = new Date().toISOString(),
) {
  await transition(
    store,
    id,
    ['open'],
    {
      state: 'acknowledged',
      acknowledged_at: now,
      acknowledged_by: input.actor,
      acknowledge_note: input.note ?? null,
    },
    { kind: 'acknowledged', actor: input.actor, note: input.note ?? null },
    now,
  );
}

/**
 * Closed by hand with a reason. The alert keeps its condition while the condition persists (no
 * new alert for the same fact), and reopens only if the condition clears and then recurs.
 */
export async function closeAlert(store: Store, id: number, input: ActorNote, now = new Date().toISOString()) {
  if (!input.note?.trim()) {
    throw new AppError('VALIDATION_FAILED', '关闭预警须说明原因 (closing an alert needs a reason)', {
      field: 'reason',
    });
  }
  await transition(
    store,
    id,
    ['open', 'acknowledged'],
    { state: 'closed', closed_at: now, closed_by: input.actor, close_reason: input.note },
    { kind: 'closed', actor: input.actor, note: input.note },
    now,
  );
}

export interface BulkResult {
  done: number[];
  failed: Array<{ id: number; code: string; message: string }>;
}

/** The same action on many alerts; each succeeds or fails on its own. */
export async function bulkAlertAction(
  store: Store,
  action: 'acknowledge' | 'close',
  ids: number[],
  input: ActorNote,
  now = new Date().toISOString(),
): Promise<BulkResult> {
  const out: BulkResult = { done: [], failed: [] };
  for (const id of ids) {
    try {
      if (action === 'acknowledge') await acknowledgeAlert(store, id, input, now);
      else await closeAlert(store, id, input, now);
      out.done.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      out.failed.push({ id, code: error.code, message: error.message });
    }
  }
  return out;
}
