import { type AlertCondition, escalationLevel, evaluateAlertRules } from '../../domain/alerts/index.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import {
  type AlertRow,
  findLastReleased,
  insertAlertEvent,
  insertAlertIfAbsent,
  listHolders,
  markEvaluated,
  reopenAlert,
  updateAlert,
} from '../../store/alerts/alerts-store.ts';
import { inTransaction, type Store } from '../../store/open-database.ts';
import { isoDate, todayInChina } from '../validation.ts';
import { getAlertSettings } from './alert-settings.ts';
import { gatherAlertFacts } from './gather-alert-facts.ts';

export type AlertChange = 'opened' | 'reopened' | 'resolved' | 'escalated' | 'cleared';

export interface AlertEventNotice {
  alertId: number;
  kind: AlertChange;
}

export interface EvaluationResult {
  planId: number;
  asOf: string;
  conditions: number;
  opened: number;
  reopened: number;
  resolved: number;
  escalated: number;
  unchanged: number;
  events: AlertEventNotice[];
}

export interface EvaluateOptions {
  /** YYYY-MM-DD (default: today in China). */
  asOf?: string;
  /** ISO instant (default: now); data recorded later does not count. */
  now?: string;
  /** Only these items' alerts are opened or resolved (after a data change); default: all. */
  items?: Array<{ type: string; id: number }>;
  /** Called inside the evaluation's transaction with what changed, to enqueue notifications. */
  onEvents?: (tx: Store, events: AlertEventNotice[], now: string) => Promise<void>;
}

/**
 * Evaluates a plan's alert rules and brings its alerts in line: a new condition opens an alert (or
 * reopens the last one of the same condition), a condition that cleared resolves its alert, an
 * alert open too long escalates. Idempotent: evaluating twice changes nothing the second time, and
 * concurrent evaluations cannot open two alerts for one condition (unique partial index).
 */
export async function evaluatePlanAlerts(
  store: Store,
  planId: number,
  options: EvaluateOptions = {},
): Promise<EvaluationResult> {
  const asOf = options.asOf ?? todayInChina();
  if (!isoDate.safeParse(asOf).success) {
    throw new AppError('VALIDATION_FAILED', `asOf 必须是有效日期 YYYY-MM-DD (asOf must be a date): ${asOf}`, {
      field: 'asOf',
    });
  }
  const plan = await store.db.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('规划 (plan)', planId);
  const now = options.now ?? new Date().toISOString();
  const settings = await getAlertSettings(store, planId);
  const { facts } = await gatherAlertFacts(store, planId, asOf, now);
  const scope = options.items ? new Set(options.items.map((i) => `${i.type}:${i.id}`)) : null;
  const inScope = (type: string, id: number) => !scope || scope.has(`${type}:${id}`);
  const conditions = evaluateAlertRules(facts, settings).filter((c) => inScope(c.item.type, c.item.id));

  return inTransaction(store, async (tx) => {
    const result: EvaluationResult = {
      planId,
      asOf,
      conditions: conditions.length,
      opened: 0,
      reopened: 0,
      resolved: 0,
      escalated: 0,
      unchanged: 0,
      events: [],
    };
    const holders = new Map((await listHolders(tx.db, planId)).map((a) => [a.condition_key, a]));
    const event = async (alertId: number, kind: AlertChange, details?: unknown) => {
      await insertAlertEvent(tx.db, {
        alert_id: alertId,
        kind,
        at: now,
        actor: null,
        note: null,
        details_json: details === undefined ? null : JSON.stringify(details),
      });
      result.events.push({ alertId, kind });
    };

    for (const c of conditions) {
      const holder = holders.get(c.key);
      if (holder) {
        const escalated = await refresh(tx, holder, c, now, settings.escalateAfterDays);
        if (escalated !== null) {
          result.escalated++;
          await event(holder.id, 'escalated', { level: escalated });
        } else result.unchanged++;
        continue;
      }
      const fields = fieldsOf(c, now);
      const previous = await findLastReleased(tx.db, planId, c.key);
      if (previous) {
        if (await reopenAlert(tx.db, previous.id, { ...fields, opened_at: now })) {
          result.reopened++;
          await event(previous.id, 'reopened');
        }
        continue;
      }
      const id = await insertAlertIfAbsent(tx.db, { plan_id: planId, condition_key: c.key, ...fields });
      if (id !== null) {
        result.opened++;
        await event(id, 'opened');
      }
    }

    const present = new Set(conditions.map((c) => c.key));
    for (const holder of [...holders.values()].sort((a, b) => a.id - b.id)) {
      if (present.has(holder.condition_key) || !inScope(holder.item_type, holder.item_id)) continue;
      if (holder.state === 'closed') {
        // Closed by hand: the condition has now cleared, so a recurrence reopens it.
        if (await updateAlert(tx.db, holder.id, { holds_key: 0 }, ['closed']))
          await event(holder.id, 'cleared');
        continue;
      }
      if (
        await updateAlert(tx.db, holder.id, { state: 'resolved', holds_key: 0, resolved_at: now }, [
          'open',
          'acknowledged',
        ])
      ) {
        result.resolved++;
        await event(holder.id, 'resolved');
      }
    }
    if (!scope) await markEvaluated(tx.db, planId, now);
    if (options.onEvents && result.events.length > 0) await options.onEvents(tx, result.events, now);
    return result;
  });
}

function fieldsOf(c: AlertCondition, now: string) {
  return {
    rule: c.rule,
    severity: c.severity,
    state: 'open',
    item_type: c.item.type,
    item_id: c.item.id,
    item_name: c.item.name,
    department: c.department,
    message_json: JSON.stringify(c.message),
    opened_at: now,
    last_seen_at: now,
  };
}

/** Keeps a standing alert current; returns the new escalation level when it rose, else null. */
async function refresh(
  tx: Store,
  holder: AlertRow,
  c: AlertCondition,
  now: string,
  escalateAfterDays: number,
): Promise<number | null> {
  const level =
    holder.state === 'open'
      ? escalationLevel(holder.opened_at, now, escalateAfterDays)
      : holder.escalation_level;
  const rose = level > holder.escalation_level;
  await updateAlert(tx.db, holder.id, {
    last_seen_at: now,
    severity: c.severity,
    department: c.department,
    item_name: c.item.name,
    message_json: JSON.stringify(c.message),
  });
  if (!rose) return null;
  // Guarded, so two evaluations racing record one escalation.
  const raised = await tx.db
    .updateTable('alerts')
    .set({ escalation_level: level })
    .where('id', '=', holder.id)
    .where('escalation_level', '<', level)
    .executeTakeFirst();
  return Number(raised.numUpdatedRows) === 1 ? level : null;
}
