import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type RawBuilder, SqliteDialect, sql, type Transaction } from 'kysely';
import type { DialectKind, Store } from '../../../store/open-database.ts';
import type { Database } from '../../../store/schema.ts';
import { makeTempDir } from '../../../store/temp-files.ts';
import type { RowError, ValidObservation } from './validate-observation.ts';

/** The on-disk staging table an import validates into before anything reaches `observations`. */
export interface StageRow {
  row_no: number;
  indicator_id: number;
  region_code: string;
  period: string;
  period_end: string;
  kind: string;
  value: number;
  unit: string | null;
  written_value: number;
  written_unit: string | null;
  unit_assumed: number;
  vintage: string | null;
  price_basis: string | null;
  source: string | null;
  note: string | null;
}

type StageDb = { pw_obs_stage: StageRow };
export type StageTrx = Kysely<StageDb>;

export const STAGE_BATCH = 1000;

/** Where an import stages and checks its rows, and how it writes them once they are all valid. */
export interface Stage {
  db: StageTrx;
  kind: DialectKind;
  /**
   * Runs the final write in one transaction of the main database, with the staged rows readable
   * as `table`: only this step holds the main database.
   */
  write<T>(fn: (trx: Transaction<Database>, table: RawBuilder<unknown>) => Promise<T>): Promise<T>;
  /** SQLite: appends a batch through one prepared statement in one transaction of the stage file. */
  append?: (batch: ValidObservation[]) => void;
}

async function createStageTable(db: Kysely<unknown>, kind: DialectKind): Promise<void> {
  const double = kind === 'postgres' ? sql`double precision` : sql`real`;
  await sql`drop table if exists pw_obs_stage`.execute(db);
  await sql`create ${kind === 'postgres' ? sql`temp ` : sql``}table pw_obs_stage (
    row_no integer not null, indicator_id bigint not null, region_code text not null,
    period text not null, period_end text not null, kind text not null, value ${double} not null,
    unit text, written_value ${double}, written_unit text, unit_assumed integer not null,
    vintage text, price_basis text, source text, note text
  )`.execute(db);
}

/**
 * Opens a stage for one import and closes it afterwards, whatever happens.
 *
 * SQLite: the stage is a database file of its own, on its own connection, so reading and
 * validating a large file never holds the main connection (the web server keeps answering);
 * the final write attaches it for one `insert … select`. PostgreSQL: a temp table on one
 * pooled connection, which also runs the final transaction; the other connections stay free.
 * Either way the size of a file is bounded by the disk, not by memory.
 */
export async function withStage<T>(store: Store, fn: (stage: Stage) => Promise<T>): Promise<T> {
  if (store.kind === 'postgres') {
    return store.db.connection().execute(async (conn) => {
      await createStageTable(conn as unknown as Kysely<unknown>, 'postgres');
      try {
        return await fn({
          db: conn.withTables<StageDb>() as unknown as StageTrx,
          kind: 'postgres',
          write: (w) => conn.transaction().execute((trx) => w(trx, sql.raw('pw_obs_stage'))),
        });
      } finally {
        await sql`drop table if exists pw_obs_stage`.execute(conn).catch(() => {});
      }
    });
  }
  const dir = makeTempDir('stage');
  const path = join(dir, 'stage.db');
  const raw = new SqliteDatabase(path);
  // Scratch data: rebuilt from the file if anything fails, so no journal and no fsync.
  raw.pragma('journal_mode = OFF');
  raw.pragma('synchronous = OFF');
  const db = new Kysely<StageDb>({ dialect: new SqliteDialect({ database: raw }) });
  const schema = sql.raw(`pw_stage_${randomBytes(6).toString('hex')}`);
  try {
    await createStageTable(db as unknown as Kysely<unknown>, 'sqlite');
    // The bulk path: one prepared statement, bound per row, one transaction per batch — what raw
    // better-sqlite3 inserts cost, with no JSON encoded or decoded in between.
    const insert = raw.prepare(
      `insert into pw_obs_stage (${STAGE_COLUMNS.join(', ')}) values (${STAGE_COLUMNS.map(() => '?').join(', ')})`,
    );
    const append = raw.transaction((batch: ValidObservation[]) => {
      for (const o of batch) insert.run(stageValues(o));
    });
    return await fn({
      db,
      kind: 'sqlite',
      append,
      async write(w) {
        await sql`attach database ${path} as ${schema}`.execute(store.db);
        try {
          return await store.db.transaction().execute((trx) => w(trx, sql`${schema}.pw_obs_stage`));
        } finally {
          await sql`detach database ${schema}`.execute(store.db).catch(() => {});
        }
      },
    });
  } finally {
    await db.destroy().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

const STAGE_COLUMNS = [
  'row_no',
  'indicator_id',
  'region_code',
  'period',
  'period_end',
  'kind',
  'value',
  'unit',
  'written_value',
  'written_unit',
  'unit_assumed',
  'vintage',
  'price_basis',
  'source',
  'note',
] as const;
const PG_TYPES = [
  'integer',
  'integer',
  'text',
  'text',
  'text',
  'text',
  'double precision',
  'text',
  'double precision',
  'text',
  'integer',
  'text',
  'text',
  'text',
  'text',
];

/** A staged row's values in STAGE_COLUMNS order. */
function stageValues(o: ValidObservation) {
  return [
    o.row,
    o.indicatorId,
    o.regionCode,
    o.period,
    o.periodEnd,
    o.kind,
    o.value,
    o.unit,
    o.writtenValue,
    o.writtenUnit,
    o.unitAssumed ? 1 : 0,
    o.vintage ?? null,
    o.priceBasis ?? null,
    o.source ?? null,
    o.note ?? null,
  ];
}

/**
 * Stages a batch. SQLite: the stage's prepared statement. PostgreSQL: one JSON parameter — the statement text is the same for every batch, so the
 * database parses it cheaply, where a 1,000-row VALUES list (15,000 parameters) costs more to
 * prepare than to run.
 */
export async function stageBatch(stage: Stage, batch: ValidObservation[]): Promise<void> {
  if (batch.length === 0) return;
  if (stage.append) {
    stage.append(batch);
    return;
  }
  const json = JSON.stringify(batch.map(stageValues));
  const columns = sql.raw(STAGE_COLUMNS.join(', '));
  if (stage.kind === 'sqlite') {
    const picks = sql.raw(STAGE_COLUMNS.map((_, i) => `json_extract(value, '$[${i}]')`).join(', '));
    await sql`insert into pw_obs_stage (${columns}) select ${picks} from json_each(${json})`.execute(
      stage.db,
    );
    return;
  }
  const picks = sql.raw(STAGE_COLUMNS.map((_, i) => `(e->>${i})::${PG_TYPES[i]}`).join(', '));
  await sql`insert into pw_obs_stage (${columns}) select ${picks} from jsonb_array_elements(${json}::jsonb) as e`.execute(
    stage.db,
  );
}

/**
 * Rows repeating an earlier row's key (indicator, region, period, kind): the first `limit` and the
 * count. `periodColumn` is the period column's name as the file wrote it (期间, TIME_PERIOD).
 */
export async function findDuplicateRows(
  stage: Stage,
  limit: number,
  periodColumn: string,
): Promise<{ errors: RowError[]; total: number }> {
  const trx = stage.db;
  const groups = trx
    .selectFrom('pw_obs_stage')
    .select(['indicator_id', 'region_code', 'period', 'kind'])
    .select((eb) => [eb.fn.min<number>('row_no').as('first_row'), eb.fn.countAll<number>().as('n')])
    .groupBy(['indicator_id', 'region_code', 'period', 'kind'])
    .having((eb) => eb.fn.countAll(), '>', 1);
  const totalRow = await trx
    .selectFrom(groups.as('g'))
    .select(sql<number>`coalesce(sum(g.n - 1), 0)`.as('total'))
    .executeTakeFirst();
  const total = Number(totalRow?.total ?? 0);
  if (total === 0) return { errors: [], total: 0 };
  const rows = await trx
    .selectFrom('pw_obs_stage as s')
    .innerJoin(groups.as('g'), (j) =>
      j
        .onRef('g.indicator_id', '=', 's.indicator_id')
        .onRef('g.region_code', '=', 's.region_code')
        .onRef('g.period', '=', 's.period')
        .onRef('g.kind', '=', 's.kind'),
    )
    .select(['s.row_no', 's.period', 's.region_code', 's.kind', 'g.first_row'])
    .whereRef('s.row_no', '>', 'g.first_row')
    .orderBy('s.row_no')
    .limit(limit)
    .execute();
  return {
    total,
    errors: rows.map((r) => ({
      row: Number(r.row_no),
      column: periodColumn,
      value: r.period,
      reason: `与第 ${r.first_row} 行重复：同一指标、地区 ${r.region_code}、期间、类型 ${r.kind} (duplicate key of row ${r.first_row})`,
      reasonCode: 'duplicate_key' as const,
    })),
  };
}

export interface WriteMeta {
  status: string;
  recordedAt: string;
  recordedBy: string | null;
  importId: number;
  submissionId: number | null;
}

/**
 * Which earlier revisions a staged value is compared with to decide it changes nothing: for a
 * confirmed write the latest confirmed revision (a pending submission of the same value must not
 * swallow the office's own figure); for a department's submission the latest revision of that
 * submission (a value resubmitted after a return is its own revision).
 */
function comparedWith(alias: string, meta: WriteMeta) {
  const a = sql.raw(alias);
  if (meta.submissionId !== null) return sql`${a}.submission_id = ${meta.submissionId}`;
  if (meta.status === 'confirmed') return sql`${a}.status = 'confirmed'`;
  return sql`${a}.status = ${meta.status} and ${a}.submission_id is null`;
}

/**
 * Moves staged rows into `observations`: a key seen before gets the next revision; a row whose
 * value (and vintage) equals the revision it is compared with (see comparedWith) is skipped, so
 * importing a file twice adds nothing.
 */
export async function writeStaged(
  trx: Transaction<Database>,
  table: RawBuilder<unknown>,
  meta: WriteMeta,
): Promise<number> {
  const sameKey = (a: string) =>
    sql.raw(
      `${a}.indicator_id = s.indicator_id and ${a}.region_code = s.region_code and ${a}.period = s.period and ${a}.kind = s.kind`,
    );
  const confirmedAt = meta.status === 'confirmed' ? meta.recordedAt : null;
  const result = await sql`
    insert into observations (indicator_id, region_code, period, period_end, kind, value, unit, revision,
      vintage, price_basis, source, note, status, recorded_at, recorded_by, import_id, submission_id,
      confirmed_at, written_value, written_unit, unit_assumed)
    select s.indicator_id, s.region_code, s.period, s.period_end, s.kind, s.value, s.unit,
      coalesce((select max(o.revision) from observations o where ${sameKey('o')}), 0) + 1,
      s.vintage, s.price_basis, s.source, s.note, ${meta.status}, ${meta.recordedAt}, ${meta.recordedBy},
      ${meta.importId}, ${meta.submissionId}, ${confirmedAt}, s.written_value, s.written_unit, s.unit_assumed
    from ${table} s
    where not exists (
      select 1 from observations o where ${sameKey('o')} and ${comparedWith('o', meta)}
        and o.value = s.value and coalesce(o.vintage, '') = coalesce(s.vintage, '')
        and o.revision = (select max(o2.revision) from observations o2
          where ${sameKey('o2')} and ${comparedWith('o2', meta)})
    )
    order by s.row_no`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
