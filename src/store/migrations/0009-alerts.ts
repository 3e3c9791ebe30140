import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { createTableWithId, type PlanwatchMigration } from './migration-helpers.ts';

/**
 * Early warning (预警):
 * - `alerts`: one row per alert; `holds_key` = 1 while the alert stands for its condition (open,
 *   acknowledged, or closed by hand while the condition persists). A unique partial index on
 *   (plan_id, condition_key) where holds_key = 1 makes a second row for the same condition
 *   impossible, whichever process evaluates.
 * - `alert_events`: the full history of each alert (opened, acknowledged, resolved, closed,
 *   reopened, escalated).
 * - `alert_settings`: per-plan rule settings and the evaluation schedule.
 * - `notification_channels` (secret encrypted at rest), `notification_subscriptions`,
 *   `notification_deliveries` (the queue, with a unique dedupe key) and `delivery_attempts` (log).
 */
export const alerts: PlanwatchMigration = {
  async up(db: Kysely<unknown>, kind) {
    const idType = 'bigint';
    await createTableWithId(db, kind, 'alerts')
      .addColumn('plan_id', idType, (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('condition_key', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('holds_key', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('item_type', 'text', (c) => c.notNull())
      .addColumn('item_id', idType, (c) => c.notNull())
      .addColumn('item_name', 'text', (c) => c.notNull())
      .addColumn('department', 'text')
      .addColumn('message_json', 'text', (c) => c.notNull())
      .addColumn('opened_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('acknowledged_at', 'text')
      .addColumn('acknowledged_by', 'text')
      .addColumn('acknowledge_note', 'text')
      .addColumn('resolved_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('closed_by', 'text')
      .addColumn('close_reason', 'text')
      .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`create unique index alerts_one_per_condition on alerts (plan_id, condition_key) where holds_key = 1`.execute(
      db,
    );
    await db.schema.createIndex('alerts_plan_state_idx').on('alerts').columns(['plan_id', 'state']).execute();
    await db.schema
      .createIndex('alerts_item_idx')
      .on('alerts')
      .columns(['plan_id', 'item_type', 'item_id'])
      .execute();

    await createTableWithId(db, kind, 'alert_events')
      .addColumn('alert_id', idType, (c) => c.notNull().references('alerts.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text')
      .addColumn('note', 'text')
      .addColumn('details_json', 'text')
      .execute();
    await db.schema.createIndex('alert_events_alert_idx').on('alert_events').column('alert_id').execute();

    await db.schema
      .createTable('alert_settings')
      .addColumn('plan_id', idType, (c) => c.primaryKey().references('plans.id').onDelete('cascade'))
      .addColumn('settings_json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('last_evaluated_at', 'text')
      .execute();

    await createTableWithId(db, kind, 'notification_channels')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('secret_encrypted', 'text')
      .addColumn('settings_json', 'text')
      .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('deleted_at', 'text')
      .execute();

    await createTableWithId(db, kind, 'notification_subscriptions')
      .addColumn('channel_id', idType, (c) =>
        c.notNull().references('notification_channels.id').onDelete('cascade'),
      )
      .addColumn('plan_id', idType, (c) => c.references('plans.id').onDelete('cascade'))
      .addColumn('user_name', 'text')
      .addColumn('department', 'text')
      .addColumn('min_severity', 'text', (c) => c.notNull())
      .addColumn('digest', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('quiet_start', 'text')
      .addColumn('quiet_end', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await createTableWithId(db, kind, 'notification_deliveries')
      .addColumn('channel_id', idType, (c) =>
        c.notNull().references('notification_channels.id').onDelete('cascade'),
      )
      .addColumn('subscription_id', idType)
      .addColumn('alert_id', idType)
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
      .addColumn('payload_json', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('claimed_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .execute();
    await db.schema
      .createIndex('notification_deliveries_due_idx')
      .on('notification_deliveries')
      .columns(['status', 'next_attempt_at'])
      .execute();

    await createTableWithId(db, kind, 'delivery_attempts')
      .addColumn('delivery_id', idType, (c) =>
        c.notNull().references('notification_deliveries.id').onDelete('cascade'),
      )
      .addColumn('attempted_at', 'text', (c) => c.notNull())
      .addColumn('ok', 'integer', (c) => c.notNull())
      .addColumn('status_code', 'integer')
      .addColumn('error', 'text')
      .execute();
  },
};
