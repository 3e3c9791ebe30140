import { AppError } from '../errors/app-error.ts';

/** How long a client is asked to wait before retrying a busy database (Retry-After, seconds). */
export const BUSY_RETRY_AFTER_S = 2;

/** PostgreSQL: serialization failure, deadlock, lock not available — the transaction can be retried. */
const PG_BUSY = new Set(['40001', '40P01', '55P03']);
/**
 * PostgreSQL refuses some text SQLite stores (NUL bytes, bad encodings, out-of-range numbers, an
 * index row too large): bad input, not a crash.
 */
const PG_BAD_INPUT = new Set(['22021', '22P05', '22P02', '22003', '22001', '54000']);
/** PostgreSQL server going away: admin shutdown, crash, cannot connect now. */
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);
const NET_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  message?: unknown;
}

/** SQLite or PostgreSQL says the database is busy or locked: retrying later can succeed. */
export function isBusyError(error: unknown): boolean {
  const code = (error as DriverError | null)?.code;
  if (typeof code !== 'string') return false;
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || PG_BUSY.has(code);
}

/** A unique index or constraint refused the row; returns its name (PostgreSQL) or columns (SQLite). */
export function uniqueViolation(error: unknown): string | null {
  const e = error as DriverError | null;
  if (e?.code === '23505') return typeof e.constraint === 'string' ? e.constraint : 'unique';
  if (e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const m = /constraint failed: (.+)$/.exec(String(e.message ?? ''));
    return m ? m[1] : 'unique';
  }
  return null;
}

export function databaseBusy(): AppError {
  return new AppError('DATABASE_BUSY', '数据库正忙，请稍后重试 (database busy)', {
    retryAfterSeconds: BUSY_RETRY_AFTER_S,
  });
}

/**
 * The one reading of a database driver's error, by its code (never by guess): a unique violation
 * → 409 CONFLICT naming the constraint; busy, locked, serialization failure, deadlock → 503
 * DATABASE_BUSY (retry); text or numbers the database cannot hold → 400 VALIDATION_FAILED; a
 * server gone → 503 DATABASE_UNAVAILABLE. Anything else is not the database's to explain: null.
 */
export function mapDatabaseError(error: unknown): AppError | null {
  if (error instanceof AppError || !error || typeof error !== 'object') return null;
  const e = error as DriverError;
  const constraint = uniqueViolation(error);
  if (constraint)
    return new AppError('CONFLICT', `与现有数据重复 (unique constraint violated): ${constraint}`, {
      constraint,
    });
  if (isBusyError(error)) return databaseBusy();
  const code = typeof e.code === 'string' ? e.code : '';
  if (PG_BAD_INPUT.has(code))
    return new AppError('VALIDATION_FAILED', `数据库拒绝了该值 (value refused): ${String(e.message)}`, {
      databaseCode: code,
    });
  if (PG_UNAVAILABLE.has(code) || NET_UNAVAILABLE.has(code))
    return new AppError('DATABASE_UNAVAILABLE', `数据库暂不可用 (database unavailable): ${code}`);
  return null;
}
