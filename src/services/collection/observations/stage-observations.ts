import { type Kysely, sql, type Transaction } from 'kysely';
import type { DialectKind } from '../../../store/open-database.ts';
import type { Database } from '../../../store/schema.ts';
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
  vintage: string | null;
  price_basis: string | null;
  source: string | null;
  note: string | null;
}

type StageDb = Database & { pw_obs_stage: StageRow };
export type StageTrx = Kysely<StageDb>;

export const STAGE_BATCH = 1000;

/**
 * Creates the staging table inside the import's transaction. It lives on disk (SQLite's temp file,
 * PostgreSQL's temp table), so the size of a file is bounded by the disk, not by memory.
 */
export async function createStage(trx: Transaction<Database>, kind: DialectKind): Promise<StageTrx> {
  const double = kind === 'postgres' ? sql`double precision` : sql`real`;
  await sql`drop table if exists pw_obs_stage`.execute(trx);
  await sql`create temp table pw_obs_stage (
    row_no integer not null, indicator_id bigint not null, region_code text not null,
    period text not null, period_end text not null, kind text not null, value ${double} not null,
    unit text, vintage text, price_basis text, source text, note text
  )${kind === 'postgres' ? sql` on commit drop` : sql``}`.execute(trx);
  return trx.withTables<{ pw_obs_stage: StageRow }>() as unknown as StageTrx;
}

export async function dropStage(trx: StageTrx): Promise<void> {
  await sql`drop table if exists pw_obs_stage`.execute(trx);
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
  'vintage',
  'price_basis',
  'source',
  'note',
] as const;

/**
 * Stages a batch as one JSON parameter: the statement text is the same for every batch, so the
 * database parses it cheaply, where a 1,000-row VALUES list (12,000 parameters) costs more to
 * prepare than to run.
 */
export async function stageBatch(trx: StageTrx, batch: ValidObservation[], kind: DialectKind): Promise<void> {
  if (batch.length === 0) return;
  const json = JSON.stringify(
    batch.map((o) => [
      o.row,
      o.indicatorId,
      o.regionCode,
      o.period,
      o.periodEnd,
      o.kind,
      o.value,
      o.unit,
      o.vintage,
      o.priceBasis,
      o.source,
      o.note,
    ]),
  );
  const columns = sql.raw(STAGE_COLUMNS.join(', '));
  if (kind === 'sqlite') {
    const picks = sql.raw(STAGE_COLUMNS.map((_, i) => `json_extract(value, '$[${i}]')`).join(', '));
    await sql`insert into pw_obs_stage (${columns}) select ${picks} from json_each(${json})`.execute(trx);
    return;
  }
  const types = [
    'integer',
    'integer',
    'text',
    'text',
    'text',
    'text',
    'double precision',
    'text',
    'text',
    'text',
    'text',
    'text',
  ];
  const picks = sql.raw(STAGE_COLUMNS.map((_, i) => `(e->>${i})::${types[i]}`).join(', '));
  await sql`insert into pw_obs_stage (${columns}) select ${picks} from jsonb_array_elements(${json}::jsonb) as e`.execute(
    trx,
  );
}

/** Rows repeating an earlier row's key (indicator, region, period, kind): the first `limit` and the count. */
export async function findDuplicateRows(
  trx: StageTrx,
  limit: number,
): Promise<{ errors: RowError[]; total: number }> {
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
      column: 'period',
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
 * Moves staged rows into `observations`: a key seen before gets the next revision; a row whose
 * value (and vintage) equals the latest revision is skipped, so importing a file twice adds nothing.
 */
export async function writeStaged(trx: StageTrx, meta: WriteMeta): Promise<number> {
  const sameKey = (a: string) =>
    sql.raw(
      `${a}.indicator_id = s.indicator_id and ${a}.region_code = s.region_code and ${a}.period = s.period and ${a}.kind = s.kind`,
    );
  const result = await sql`
    insert into observations (indicator_id, region_code, period, period_end, kind, value, unit, revision,
      vintage, price_basis, source, note, status, recorded_at, recorded_by, import_id, submission_id)
    select s.indicator_id, s.region_code, s.period, s.period_end, s.kind, s.value, s.unit,
      coalesce((select max(o.revision) from observations o where ${sameKey('o')}), 0) + 1,
      s.vintage, s.price_basis, s.source, s.note, ${meta.status}, ${meta.recordedAt}, ${meta.recordedBy},
      ${meta.importId}, ${meta.submissionId}
    from pw_obs_stage s
    where not exists (
      select 1 from observations o where ${sameKey('o')} and o.value = s.value
        and coalesce(o.vintage, '') = coalesce(s.vintage, '')
        and o.revision = (select max(o2.revision) from observations o2 where ${sameKey('o2')})
    )
    order by s.row_no`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
