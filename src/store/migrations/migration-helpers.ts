import type { CreateTableBuilder, Kysely } from 'kysely';
import { sql } from 'kysely';

export type DialectKind = 'sqlite' | 'postgres';

/** A migration that knows which database it runs on: ids and doubles differ between the two. */
export interface PlanwatchMigration {
  up(db: Kysely<unknown>, kind: DialectKind): Promise<void>;
  down?(db: Kysely<unknown>, kind: DialectKind): Promise<void>;
}

/** Starts a table with a database-generated integer primary key named `id`. */
export function createTableWithId(db: Kysely<unknown>, kind: DialectKind, name: string) {
  const builder = db.schema.createTable(name);
  if (kind === 'postgres') {
    return builder.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity());
  }
  return builder.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** A floating-point column: `double precision` on PostgreSQL, REAL on SQLite. */
export const DOUBLE = sql`double precision`;

export function addSpanColumns<T extends string, C extends string>(builder: CreateTableBuilder<T, C>) {
  return builder.addColumn('span_start', 'integer').addColumn('span_end', 'integer');
}
