/**
 * Observation import at scale: a generated CSV of PLANWATCH_BENCH_IMPORT_MB megabytes (default
 * 100) imported into SQLite through importObservations (streaming validation, on-disk staging,
 * one transaction), beside a baseline of raw better-sqlite3 prepared inserts of the same rows in
 * the same run.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { importObservations } from '../src/services/collection/observations/import-observations.ts';
import { loadRegions } from '../src/services/collection/regions/load-regions.ts';
import { migrateToLatest, openDatabase } from '../src/store/open-database.ts';
import { buildBenchPlan } from '../test/support/bench-plan.ts';
import { benchRows, writeBenchCsv } from './generate-observations-csv.ts';

interface Figure {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

function rssSampler(): { stop: () => number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

async function baseline(dir: string, rows: number, indicatorIds: number[]): Promise<number> {
  const url = `sqlite:${join(dir, 'baseline.db')}`;
  const store = openDatabase(url);
  await migrateToLatest(store);
  await store.close();
  const db = new SqliteDatabase(join(dir, 'baseline.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = OFF');
  const insert = db.prepare(
    `insert into observations (indicator_id, region_code, period, period_end, kind, value, unit, revision, source, status, recorded_at)
     values (?, ?, ?, ?, ?, ?, ?, 1, 'bench', 'confirmed', ?)`,
  );
  const now = new Date().toISOString();
  const started = performance.now();
  const all = db.transaction(() => {
    for (const r of benchRows(rows))
      insert.run(indicatorIds[r.indicator], r.region, r.period, r.periodEnd, r.kind, r.value, r.unit, now);
  });
  all();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}

export async function benchImport(): Promise<Figure[]> {
  const megabytes = Number(process.env.PLANWATCH_BENCH_IMPORT_MB ?? 100);
  const dir = mkdtempSync(join(process.env.PLANWATCH_BENCH_DIR ?? tmpdir(), 'planwatch-import-bench-'));
  try {
    const csv = join(dir, 'observations.csv');
    const rows = writeBenchCsv(csv, megabytes * 1024 * 1024);
    const size = statSync(csv).size;

    const store = openDatabase(`sqlite:${join(dir, 'planwatch.db')}`);
    await migrateToLatest(store);
    await loadRegions(store);
    const plan = await buildBenchPlan(store);
    const indicatorIds = Object.values(plan.indicators);
    const rssBefore = process.memoryUsage.rss();
    const sampler = rssSampler();
    const started = performance.now();
    const result = await importObservations(
      store,
      { path: csv, filename: 'observations.csv' },
      { planId: plan.planId, by: 'bench' },
    );
    const seconds = (performance.now() - started) / 1000;
    const peak = sampler.stop();
    await store.close();
    if (result.inserted !== rows) throw new Error(`imported ${result.inserted} of ${rows} rows`);

    const baseSeconds = await baseline(dir, rows, indicatorIds);
    const rate = rows / seconds;
    const baseRate = rows / baseSeconds;
    return [
      { name: 'import: file size', value: Math.round((size / 1024 / 1024) * 10) / 10, unit: 'MB' },
      { name: 'import: rows', value: rows, unit: 'rows' },
      { name: 'import: time', value: seconds, unit: 's', note: 'validate + stage + insert, one transaction' },
      { name: 'import: throughput', value: Math.round(rate), unit: 'rows/s' },
      {
        name: 'import: peak RSS',
        value: Math.round(peak / 1024 / 1024),
        unit: 'MB',
        note: `before import ${Math.round(rssBefore / 1024 / 1024)} MB`,
      },
      {
        name: 'baseline: raw prepared inserts',
        value: Math.round(baseRate),
        unit: 'rows/s',
        note: `${baseSeconds.toFixed(1)} s`,
      },
      {
        name: 'import / baseline throughput',
        value: Math.round((rate / baseRate) * 1000) / 1000,
        unit: 'ratio',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
