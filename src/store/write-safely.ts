import { type Kysely, sql } from 'kysely';
import { databaseBusy, isBusyError } from './database-errors.ts';
import type { DialectKind } from './open-database.ts';

/** Namespace of planwatch's advisory locks on a plan (the second key is the plan id). */
const PLAN_LOCK_NAMESPACE = 0x504c57; // "PLW"

/**
 * Serializes the writers of one plan's observations inside the current transaction: on
 * PostgreSQL a transaction-scoped advisory lock (released at commit or rollback), so two imports
 * touching the same keys compute their revisions one after the other instead of both taking
 * max + 1 and one failing on the unique index. SQLite has one writer at a time already.
 */
// biome-ignore lint/suspicious/noExplicitAny: any database's transaction; the statement names no table.
export async function lockPlanWrites(trx: Kysely<any>, kind: DialectKind, planId: number): Promise<void> {
  if (kind !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(${PLAN_LOCK_NAMESPACE}::int, ${planId}::int)`.execute(trx);
}

export interface RetryOptions {
  attempts?: number;
  /** First wait; doubled each attempt, with jitter. */
  baseDelayMs?: number;
}

/**
 * Runs a write transaction again when the database says it is busy (SQLite's lock held by another
 * process, a PostgreSQL deadlock or serialization failure): the transaction was rolled back, so
 * running it again is safe. Waits between attempts without blocking the event loop; after the
 * last attempt, DATABASE_BUSY (503 with Retry-After; the CLI's exit 3).
 */
export async function retryWhenBusy<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 8;
  const base = options.baseDelayMs ?? 50;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isBusyError(error)) throw error;
      if (attempt >= attempts) throw databaseBusy();
      const delay = base * 2 ** (attempt - 1) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 2000)));
    }
  }
}
