import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type {
  NotificationChannelsTable,
  NotificationDeliveriesTable,
  NotificationSubscriptionsTable,
} from './alert-tables.ts';

type Db = Kysely<Database>;
export type ChannelRow = Selectable<NotificationChannelsTable>;
export type SubscriptionRow = Selectable<NotificationSubscriptionsTable>;
export type DeliveryRow = Selectable<NotificationDeliveriesTable>;

export async function insertChannel(db: Db, row: Insertable<NotificationChannelsTable>): Promise<number> {
  const r = await db
    .insertInto('notification_channels')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export function getChannelRow(db: Db, id: number): Promise<ChannelRow | undefined> {
  return db
    .selectFrom('notification_channels')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function listChannelRows(db: Db): Promise<ChannelRow[]> {
  return db
    .selectFrom('notification_channels')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
}

export async function updateChannelRow(
  db: Db,
  id: number,
  fields: Partial<Insertable<NotificationChannelsTable>>,
): Promise<boolean> {
  const r = await db
    .updateTable('notification_channels')
    .set(fields)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertSubscription(
  db: Db,
  row: Insertable<NotificationSubscriptionsTable>,
): Promise<number> {
  const r = await db
    .insertInto('notification_subscriptions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export function listSubscriptionRows(
  db: Db,
  filter: { channelId?: number } = {},
): Promise<SubscriptionRow[]> {
  let q = db
    .selectFrom('notification_subscriptions as s')
    .innerJoin('notification_channels as c', 'c.id', 's.channel_id')
    .selectAll('s')
    .where('c.deleted_at', 'is', null)
    .where('c.enabled', '=', 1);
  if (filter.channelId !== undefined) q = q.where('s.channel_id', '=', filter.channelId);
  return q.orderBy('s.id').execute();
}

export async function deleteSubscription(db: Db, id: number): Promise<boolean> {
  const r = await db.deleteFrom('notification_subscriptions').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Queues a delivery once: the dedupe key makes a second enqueue of the same message a no-op. */
export async function enqueueDelivery(
  db: Db,
  row: Insertable<NotificationDeliveriesTable>,
): Promise<number | null> {
  const r = await db
    .insertInto('notification_deliveries')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Deliveries due by `now`, pending or stuck in sending since before `staleBefore`. */
export function listDueDeliveries(
  db: Db,
  now: string,
  staleBefore: string,
  limit = 100,
): Promise<DeliveryRow[]> {
  return db
    .selectFrom('notification_deliveries')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', staleBefore)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Claims a delivery for this process; false when another process claimed it first. */
export async function claimDelivery(db: Db, row: DeliveryRow, now: string): Promise<boolean> {
  const r = await db
    .updateTable('notification_deliveries')
    .set((eb) => ({ status: 'sending', claimed_at: now, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', row.id)
    .where('status', '=', row.status)
    .where('attempts', '=', row.attempts)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function finishDelivery(
  db: Db,
  id: number,
  fields: Partial<Insertable<NotificationDeliveriesTable>>,
  attempt: { at: string; ok: boolean; statusCode: number | null; error: string | null },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('notification_deliveries').set(fields).where('id', '=', id).execute();
    await trx
      .insertInto('delivery_attempts')
      .values({
        delivery_id: id,
        attempted_at: attempt.at,
        ok: attempt.ok ? 1 : 0,
        status_code: attempt.statusCode,
        error: attempt.error,
      })
      .execute();
  });
}

export function listDeliveryRows(
  db: Db,
  filter: { channelId?: number; status?: string } = {},
): Promise<DeliveryRow[]> {
  let q = db.selectFrom('notification_deliveries').selectAll();
  if (filter.channelId !== undefined) q = q.where('channel_id', '=', filter.channelId);
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  return q.orderBy('id').execute();
}

export function listAttemptRows(db: Db, deliveryId: number) {
  return db
    .selectFrom('delivery_attempts')
    .selectAll()
    .where('delivery_id', '=', deliveryId)
    .orderBy('id')
    .execute();
}
