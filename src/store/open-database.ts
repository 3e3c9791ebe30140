import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { readConfig } from '../config.ts';
import { AppError } from '../errors/app-error.ts';
import { migrationProvider } from './migrations/index.ts';
import type { DialectKind } from './migrations/migration-helpers.ts';
import type { Database } from './schema.ts';

export type { DialectKind };

export interface Store {
  db: Kysely<Database>;
  kind: DialectKind;
  /** The URL with any password removed, for logs and /api/health. */
  displayUrl: string;
  /** PostgreSQL: the schema tables live in (`?schema=` or public). */
  schema?: string;
  close(): Promise<void>;
}

export { DEFAULT_DATABASE_URL } from '../config.ts';

// PostgreSQL returns bigint (our ids) and numeric as strings; ids here stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

/**
 * Opens the database a URL names: `sqlite:PATH` (or a bare path, or `sqlite::memory:`) or
 * `postgres://…` / `postgresql://…`. A PostgreSQL URL may carry `?schema=NAME`, which sets the
 * search_path: tests use it to get a fresh schema per run.
 */
export function openDatabase(url: string = readConfig().databaseUrl): Store {
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgres(url);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^sqlite:/i.test(url)) {
    throw new AppError(
      'BAD_REQUEST',
      `不支持的数据库地址 (unsupported DATABASE_URL): ${url.split('://')[0]}:// — 请使用 sqlite:PATH 或 postgres://…`,
    );
  }
  const path = url.replace(/^sqlite:(\/\/)?/i, '');
  return openSqlite(path);
}

function openSqlite(path: string): Store {
  const memory = path === ':memory:' || path === '';
  const file = memory ? ':memory:' : resolve(path);
  if (!memory) mkdirSync(dirname(file), { recursive: true });
  let raw: SqliteDatabase.Database;
  try {
    raw = new SqliteDatabase(file);
  } catch (error) {
    throw new AppError('DATABASE_UNAVAILABLE', `无法打开 SQLite 数据库 ${file}: ${(error as Error).message}`);
  }
  // WAL lets the web server read while an import writes; foreign keys are off by default in SQLite.
  if (!memory) raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  // A write waiting for another process's lock blocks this thread (better-sqlite3 is synchronous):
  // wait briefly here, then the caller's retry waits asynchronously (store/write-safely.ts) or the
  // request answers 503 DATABASE_BUSY with Retry-After.
  raw.pragma('busy_timeout = 1000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, kind: 'sqlite', displayUrl: `sqlite:${file}`, close: () => db.destroy() };
}

function openPostgres(url: string): Store {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  const config = readConfig();
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: config.pgPoolSize,
    // An unreachable server must fail a request (and /api/health) quickly, not hang it.
    connectionTimeoutMillis: config.pgConnectTimeoutMs,
    options: schema ? `-c search_path=${quoteIdent(schema)}` : undefined,
  });
  // An idle client losing its connection must not take the process down.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const display = new URL(parsed.toString());
  display.password = '';
  return {
    db,
    kind: 'postgres',
    displayUrl: display.toString(),
    schema: schema ?? 'public',
    close: () => db.destroy(),
  };
}

function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    throw new AppError('BAD_REQUEST', `invalid schema name: ${name}`);
  return name;
}

/** Applies every pending migration; returns the names applied now. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider(store.kind),
    migrationTableName: 'planwatch_migrations',
    migrationLockTableName: 'planwatch_migrations_lock',
    // Numbers are reserved per piece of work and land in any order (0009 before 0008).
    allowUnorderedMigrations: true,
    // Without it Kysely looks for its tables in every schema, and another schema's copy (a second
    // planwatch in the same database) would make it skip creating ours.
    migrationTableSchema: store.kind === 'postgres' ? store.schema : undefined,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `数据库迁移失败 (migration failed)${failed ? `: ${failed}` : ''}: ${(error as Error).message ?? error}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function isReachable(store: Store): Promise<boolean> {
  try {
    await sql`select 1`.execute(store.db);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `fn` in one transaction with a Store whose `db` is the transaction, so services written
 * against a Store compose inside it. Transactions do not nest: `fn` must not start another.
 */
export function inTransaction<T>(store: Store, fn: (tx: Store) => Promise<T>): Promise<T> {
  return store.db.transaction().execute((trx) => fn({ ...store, db: trx }));
}
