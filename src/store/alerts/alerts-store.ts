import type { Insertable, Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { AlertEventsTable, AlertsTable } from './alert-tables.ts';

export type AlertRow = Selectable<AlertsTable>;
export type AlertEventRow = Selectable<AlertEventsTable>;
type Db = Kysely<Database>;

export type AlertState = 'open' | 'acknowledged' | 'resolved' | 'closed';
export const ACTIVE_STATES: AlertState[] = ['open', 'acknowledged'];

/** The alerts standing for a condition now (holds_key = 1) of a plan. */
export function listHolders(db: Db, planId: number): Promise<AlertRow[]> {
  return db
    .selectFrom('alerts')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('holds_key', '=', 1)
    .execute();
}

/** The latest alert of a condition that no longer holds it (resolved, or closed and cleared). */
export function findLastReleased(db: Db, planId: number, key: string): Promise<AlertRow | undefined> {
  return db
    .selectFrom('alerts')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('condition_key', '=', key)
    .where('holds_key', '=', 0)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Inserts an alert unless one already holds its condition (the unique partial index decides,
 * so two evaluations racing each other cannot both insert). Returns the new id, or null.
 */
export async function insertAlertIfAbsent(db: Db, row: Insertable<AlertsTable>): Promise<number | null> {
  const inserted = await db
    .insertInto('alerts')
    .values({ ...row, holds_key: 1 })
    .onConflict((oc) =>
      oc.columns(['plan_id', 'condition_key']).where(sql<boolean>`holds_key = 1`).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/** Makes a released alert stand for its condition again; false when another process did first. */
export async function reopenAlert(
  db: Db,
  id: number,
  fields: Partial<Insertable<AlertsTable>>,
): Promise<boolean> {
  try {
    const result = await db
      .updateTable('alerts')
      .set((eb) => ({
        ...fields,
        state: 'open',
        holds_key: 1,
        reopen_count: eb('reopen_count', '+', 1),
        acknowledged_at: null,
        acknowledged_by: null,
        acknowledge_note: null,
        resolved_at: null,
        closed_at: null,
        closed_by: null,
        close_reason: null,
        escalation_level: 0,
      }))
      .where('id', '=', id)
      .where('holds_key', '=', 0)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  } catch (error) {
    // Another evaluation opened a new alert for the key meanwhile: the index refused a second.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint/i.test(e?.message ?? '')
  );
}

export async function updateAlert(
  db: Db,
  id: number,
  fields: Partial<Insertable<AlertsTable>>,
  onlyStates?: AlertState[],
): Promise<boolean> {
  let q = db.updateTable('alerts').set(fields).where('id', '=', id);
  if (onlyStates) q = q.where('state', 'in', onlyStates);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAlertEvent(db: Db, event: Insertable<AlertEventsTable>): Promise<void> {
  await db.insertInto('alert_events').values(event).execute();
}

export interface AlertFilter {
  planId?: number;
  states?: AlertState[];
  severities?: string[];
  department?: string;
  rule?: string;
  ids?: number[];
  limit?: number;
}

export function listAlertRows(db: Db, filter: AlertFilter): Promise<AlertRow[]> {
  let q = db.selectFrom('alerts').selectAll();
  if (filter.planId !== undefined) q = q.where('plan_id', '=', filter.planId);
  if (filter.states?.length) q = q.where('state', 'in', filter.states);
  if (filter.severities?.length) q = q.where('severity', 'in', filter.severities);
  if (filter.department !== undefined) q = q.where('department', '=', filter.department);
  if (filter.rule !== undefined) q = q.where('rule', '=', filter.rule);
  if (filter.ids?.length) q = q.where('id', 'in', filter.ids);
  return q
    .orderBy('opened_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 1000)
    .execute();
}

export function getAlertRow(db: Db, id: number): Promise<AlertRow | undefined> {
  return db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listAlertEvents(db: Db, alertId: number): Promise<AlertEventRow[]> {
  return db.selectFrom('alert_events').selectAll().where('alert_id', '=', alertId).orderBy('id').execute();
}

export async function countActiveAlerts(db: Db, planId?: number): Promise<number> {
  let q = db
    .selectFrom('alerts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', 'in', ACTIVE_STATES);
  if (planId !== undefined) q = q.where('plan_id', '=', planId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getAlertSettingsJson(db: Db, planId: number): Promise<string | null> {
  const row = await db
    .selectFrom('alert_settings')
    .select('settings_json')
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return row?.settings_json ?? null;
}

export async function putAlertSettingsJson(db: Db, planId: number, json: string, now: string): Promise<void> {
  await db
    .insertInto('alert_settings')
    .values({ plan_id: planId, settings_json: json, updated_at: now })
    .onConflict((oc) => oc.column('plan_id').doUpdateSet({ settings_json: json, updated_at: now }))
    .execute();
}

export async function markEvaluated(db: Db, planId: number, now: string): Promise<void> {
  await db
    .insertInto('alert_settings')
    .values({ plan_id: planId, settings_json: '{}', updated_at: now, last_evaluated_at: now })
    .onConflict((oc) => oc.column('plan_id').doUpdateSet({ last_evaluated_at: now }))
    .execute();
}
