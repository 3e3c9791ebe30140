import {
  type AlertSeverity,
  type DigestEntry,
  groupDigest,
  matchesSubscription,
  notBefore,
  retryDelayMs,
} from '../../domain/alerts/index.ts';
import { addDays, chinaDateOf } from '../../domain/period/calendar.ts';
import { type Lang, toLang } from '../../i18n/index.ts';
import { listAlertRows } from '../../store/alerts/alerts-store.ts';
import {
  claimDelivery,
  type DeliveryRow,
  enqueueDelivery,
  finishDelivery,
  getChannelRow,
  listDeliveryRows,
  listDueDeliveries,
  listSubscriptionRows,
} from '../../store/alerts/notifications-store.ts';
import type { Store } from '../../store/open-database.ts';
import type { AlertEventNotice } from '../alerts/evaluate-plan-alerts.ts';
import {
  type AlertPayload,
  type DigestPayload,
  formatNotification,
  type NotificationPayload,
} from './format-message.ts';
import { decryptSecret } from './secret-box.ts';
import { type ChannelKind, sendNotification } from './senders.ts';

/** After this many failed attempts a delivery is dead-lettered (kept, with its attempt log). */
export const MAX_ATTEMPTS = 5;
/** The hour (China time) a daily digest goes out. */
const DIGEST_HOUR = 8;
const NOTIFY_ON = new Set(['opened', 'reopened', 'escalated']);

/** The next digest time after `now`: 08:00 China time today if still ahead, else tomorrow's. */
function nextDigestAt(now: string): string {
  const today = chinaDateOf(new Date(now));
  const at = (d: string) =>
    new Date(`${d}T${String(DIGEST_HOUR).padStart(2, '0')}:00:00+08:00`).toISOString();
  return at(today) > now ? at(today) : at(addDays(today, 1));
}

/**
 * Queues the notifications of what an evaluation changed, inside its transaction: one delivery
 * per matching subscription and event (or a held digest entry), each once (dedupe key).
 */
export async function enqueueAlertNotifications(
  tx: Store,
  events: AlertEventNotice[],
  now: string,
): Promise<number> {
  const wanted = events.filter((e) => NOTIFY_ON.has(e.kind));
  if (wanted.length === 0) return 0;
  const alerts = new Map(
    (await listAlertRows(tx.db, { ids: [...new Set(wanted.map((e) => e.alertId))] })).map((a) => [a.id, a]),
  );
  const subscriptions = await listSubscriptionRows(tx.db);
  let queued = 0;
  for (const e of wanted) {
    const a = alerts.get(e.alertId);
    if (!a) continue;
    const payload: AlertPayload = {
      kind: 'alert',
      event: e.kind,
      planId: a.plan_id,
      alert: {
        id: a.id,
        rule: a.rule,
        severity: a.severity,
        state: a.state,
        item: { type: a.item_type, id: a.item_id, name: a.item_name },
        department: a.department,
        message: JSON.parse(a.message_json),
        openedAt: a.opened_at,
        escalationLevel: a.escalation_level,
      },
    };
    for (const s of subscriptions) {
      if (s.plan_id !== null && s.plan_id !== a.plan_id) continue;
      const policy = { department: s.department, minSeverity: s.min_severity as AlertSeverity };
      if (!matchesSubscription(policy, { severity: a.severity as AlertSeverity, department: a.department }))
        continue;
      const digest = s.digest === 1;
      const id = await enqueueDelivery(tx.db, {
        channel_id: s.channel_id,
        subscription_id: s.id,
        alert_id: a.id,
        kind: digest ? 'digest_entry' : 'alert',
        // One message per alert, event and subscription; an escalation per level.
        dedupe_key: `alert:${a.id}:${e.kind}:${a.reopen_count}:${a.escalation_level}:${s.id}`,
        payload_json: JSON.stringify(payload),
        status: digest ? 'held' : 'pending',
        next_attempt_at: digest
          ? notBefore(nextDigestAt(now), { quietStart: s.quiet_start, quietEnd: s.quiet_end })
          : notBefore(now, { quietStart: s.quiet_start, quietEnd: s.quiet_end }),
        created_at: now,
      });
      if (id !== null) queued++;
    }
  }
  return queued;
}

/** Turns held digest entries that are due into one digest delivery per subscription. */
async function assembleDigests(store: Store, now: string): Promise<void> {
  const held = (await listDeliveryRows(store.db, { status: 'held' })).filter((d) => d.next_attempt_at <= now);
  const bySubscription = new Map<number, DeliveryRow[]>();
  for (const d of held)
    bySubscription.set(d.subscription_id ?? 0, [...(bySubscription.get(d.subscription_id ?? 0) ?? []), d]);
  for (const [subscriptionId, rows] of bySubscription) {
    const entries = rows.map((r) => {
      const p = JSON.parse(r.payload_json) as AlertPayload;
      return {
        alertId: p.alert.id,
        severity: p.alert.severity as AlertSeverity,
        department: p.alert.department,
        rule: p.alert.rule,
        itemName: p.alert.item.name,
        message: p.alert.message,
      } satisfies DigestEntry & { message: unknown };
    });
    const date = chinaDateOf(new Date(now));
    const payload: DigestPayload = {
      kind: 'digest',
      date,
      groups: groupDigest(entries) as DigestPayload['groups'],
    };
    await store.db.transaction().execute(async (trx) => {
      await enqueueDelivery(trx, {
        channel_id: rows[0].channel_id,
        subscription_id: subscriptionId,
        alert_id: null,
        kind: 'digest',
        dedupe_key: `digest:${subscriptionId}:${rows.map((r) => r.id).join(',')}`,
        payload_json: JSON.stringify(payload),
        status: 'pending',
        next_attempt_at: now,
        created_at: now,
      });
      await trx
        .updateTable('notification_deliveries')
        .set({ status: 'digested' })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .where('status', '=', 'held')
        .execute();
    });
  }
}

export interface FlushResult {
  sent: number;
  failed: number;
  dead: number;
}

/**
 * Delivers what is due now: each delivery is claimed by one process (a conditional update), sent,
 * and either marked sent, rescheduled with exponential backoff, or dead-lettered after
 * MAX_ATTEMPTS. Every attempt is logged.
 */
export async function flushDeliveries(
  store: Store,
  options: { now?: string; onlyIds?: number[]; retryBaseMs?: number } = {},
): Promise<FlushResult> {
  const now = options.now ?? new Date().toISOString();
  await assembleDigests(store, now);
  const stale = new Date(Date.parse(now) - 5 * 60_000).toISOString();
  const due = (await listDueDeliveries(store.db, now, stale, 500)).filter(
    (d) => !options.onlyIds || options.onlyIds.includes(d.id),
  );
  const result: FlushResult = { sent: 0, failed: 0, dead: 0 };
  for (const d of due) {
    if (!(await claimDelivery(store.db, d, now))) continue;
    const attempts = d.attempts + 1;
    const channel = await getChannelRow(store.db, d.channel_id);
    const payload = JSON.parse(d.payload_json) as NotificationPayload;
    const outcome = channel
      ? await sendNotification({
          kind: channel.kind as ChannelKind,
          url: channel.url,
          secret: channel.secret_encrypted ? decryptSecret(channel.secret_encrypted) : null,
          payload,
          message: formatNotification(payload, langOf(channel.settings_json)),
        })
      : { ok: false, statusCode: null, error: 'channel removed' };
    const attempt = { at: now, ok: outcome.ok, statusCode: outcome.statusCode, error: outcome.error };
    if (outcome.ok) {
      await finishDelivery(store.db, d.id, { status: 'sent', sent_at: now, last_error: null }, attempt);
      result.sent++;
    } else if (attempts >= MAX_ATTEMPTS || !channel) {
      await finishDelivery(store.db, d.id, { status: 'dead', last_error: outcome.error }, attempt);
      result.dead++;
    } else {
      const next = new Date(Date.parse(now) + retryDelayMs(attempts, options.retryBaseMs)).toISOString();
      await finishDelivery(
        store.db,
        d.id,
        { status: 'pending', next_attempt_at: next, last_error: outcome.error },
        attempt,
      );
      result.failed++;
    }
  }
  return result;
}

function langOf(settingsJson: string | null): Lang {
  const lang = settingsJson ? (JSON.parse(settingsJson) as { lang?: string }).lang : undefined;
  return toLang(lang) ?? 'zh';
}

/** Queues a test message on a channel and delivers it now; returns the delivery with its attempt. */
export async function sendTestMessage(store: Store, channelId: number, now = new Date().toISOString()) {
  const channel = await getChannelRow(store.db, channelId);
  if (!channel) {
    const { notFound } = await import('../../errors/app-error.ts');
    throw notFound('通知通道 (channel)', channelId);
  }
  const payload: NotificationPayload = { kind: 'test', channel: channel.name };
  const id = await enqueueDelivery(store.db, {
    channel_id: channelId,
    subscription_id: null,
    alert_id: null,
    kind: 'test',
    dedupe_key: `test:${channelId}:${now}:${Math.random().toString(36).slice(2)}`,
    payload_json: JSON.stringify(payload),
    status: 'pending',
    next_attempt_at: now,
    created_at: now,
  });
  await flushDeliveries(store, { now, onlyIds: [id!] });
  const [row] = (await listDeliveryRows(store.db, { channelId })).filter((d) => d.id === id);
  return { deliveryId: id!, status: row.status, error: row.last_error };
}
