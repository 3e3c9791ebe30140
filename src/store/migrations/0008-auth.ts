import type { Kysely } from 'kysely';
import { createTableWithId, type PlanwatchMigration } from './migration-helpers.ts';

/**
 * Accounts and everything that guards them, in one migration (number reserved for auth):
 * - `users` (argon2id hashes, never a default password) and `user_departments` (a reporter's or a
 *   scoped viewer's departments);
 * - `sessions` in the database, so several server processes share them; the id is the SHA-256 of
 *   the cookie's token, so a leaked table does not hand out sessions;
 * - `login_throttle`: failed sign-ins per account and per address (shared across processes);
 * - `audit_log`: append-only, each entry holding the hash of the previous one;
 * - `api_tokens`: machine pushes, stored hashed, scoped and expiring.
 */
export const auth: PlanwatchMigration = {
  async up(db: Kysely<unknown>, kind) {
    await createTableWithId(db, kind, 'users')
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text')
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text')
      .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('password_changed_at', 'text')
      .addColumn('disabled_at', 'text')
      .addColumn('last_login_at', 'text')
      .execute();

    await db.schema
      .createTable('user_departments')
      .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('department_id', 'bigint', (c) =>
        c.notNull().references('departments.id').onDelete('cascade'),
      )
      .addPrimaryKeyConstraint('user_departments_pk', ['user_id', 'department_id'])
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('address', 'text')
      .addColumn('user_agent', 'text')
      .execute();
    await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('login_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_failed_at', 'text', (c) => c.notNull())
      .addColumn('locked_until', 'text')
      .execute();

    await createTableWithId(db, kind, 'audit_log')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text')
      .addColumn('entity_id', 'text')
      .addColumn('before_json', 'text')
      .addColumn('after_json', 'text')
      .addColumn('request_id', 'text')
      .addColumn('address', 'text')
      .addColumn('algorithm', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();

    await createTableWithId(db, kind, 'api_tokens')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('prefix', 'text', (c) => c.notNull())
      .addColumn('user_id', 'bigint', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('plan_id', 'bigint', (c) => c.references('plans.id').onDelete('cascade'))
      .addColumn('departments_json', 'text')
      .addColumn('write', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('expires_at', 'text')
      .addColumn('revoked_at', 'text')
      .addColumn('last_used_at', 'text')
      .execute();
  },
};
