/**
 * One import, alone in its own process so its peak RSS is its own: `tsx bench/import-child.ts
 * MODE JSON-ARGS`; prints `{seconds, rows, peakRssMb}` as JSON on the last line.
 *
 * - production: the import path the CLI and the API use (importObservations), on the database URL;
 * - sqlite-raw: better-sqlite3 prepared inserts of the same rows into `observations` (same
 *   columns and indexes), one transaction — the floor for SQLite;
 * - pg-copy: `COPY … FROM STDIN (FORMAT csv)` of the same file into a table with the file's
 *   columns and a unique index on its key — the floor for PostgreSQL.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { importObservations } from '../src/services/collection/observations/import-observations.ts';
import { openDatabase } from '../src/store/open-database.ts';
import { type NationalShape, nationalRows } from './national-data.ts';

interface Args {
  url: string;
  csv: string;
  planId: number;
  indicatorIds: number[];
  shape: NationalShape;
  schema?: string;
}

const [mode, json] = process.argv.slice(2);
const args = JSON.parse(json) as Args;

async function production(): Promise<number> {
  const store = openDatabase(args.url);
  try {
    const result = await importObservations(
      store,
      { path: args.csv, filename: 'national.csv' },
      { planId: args.planId, by: 'bench' },
    );
    return result.inserted;
  } finally {
    await store.close();
  }
}

function sqliteRaw(): number {
  const db = new SqliteDatabase(args.url.replace(/^sqlite:/, ''));
  db.pragma('journal_mode = WAL');
  const insert = db.prepare(
    `insert into observations (indicator_id, region_code, period, period_end, kind, value, unit, revision,
       source, status, recorded_at, confirmed_at, written_value, written_unit, unit_assumed)
     values (?, ?, ?, ?, 'ytd_value', ?, '人', 1, 'bench', 'confirmed', ?, ?, ?, '人', 0)`,
  );
  const now = new Date().toISOString();
  let n = 0;
  db.transaction(() => {
    for (const r of nationalRows(args.shape)) {
      insert.run(
        args.indicatorIds[r.indicator],
        r.region,
        r.period,
        `${r.period}-28`,
        r.value,
        now,
        now,
        r.value,
      );
      n++;
    }
  })();
  db.close();
  return n;
}

async function pgCopy(): Promise<number> {
  const client = new pg.Client({ connectionString: args.url });
  await client.connect();
  try {
    await client.query(`set search_path = ${args.schema}`);
    await client.query(`create table bench_copy (indicator text not null, region text not null,
      period text not null, kind text not null, value double precision not null, unit text, source text)`);
    await client.query('create unique index bench_copy_key on bench_copy (indicator, region, period, kind)');
    await client.query('begin');
    const stream = client.query(copyFrom('copy bench_copy from stdin (format csv, header true)'));
    await pipeline(createReadStream(args.csv), stream);
    await client.query('commit');
    return Number(stream.rowCount);
  } finally {
    await client.end();
  }
}

const started = performance.now();
const rows =
  mode === 'production' ? await production() : mode === 'sqlite-raw' ? sqliteRaw() : await pgCopy();
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ seconds, rows, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);
