/**
 * The national figures, on one generated dataset (see national-data.ts): import into SQLite and
 * PostgreSQL through the production path beside each database's floor, then assessment of every
 * indicator × region as of a date beside one SQL aggregate over the same rows, then the overview
 * after one region's month changes.
 */
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { assessPlan } from '../src/services/assessment/assess-plan.ts';
import { recordObservations } from '../src/services/collection/observations/import-observations.ts';
import { loadRegions } from '../src/services/collection/regions/load-regions.ts';
import { migrateToLatest, openDatabase, type Store } from '../src/store/open-database.ts';
import { type BenchConfig, type Figure, higherBetter, lowerBetter, median, timeRuns } from './figure.ts';
import {
  AS_OF,
  buildNationalPlan,
  countyCodes,
  indicatorName,
  type NationalShape,
  rowCount,
  writeNationalCsv,
} from './national-data.ts';

const run = promisify(execFile);

export interface NationalDatabase {
  kind: 'sqlite' | 'postgres';
  url: string;
  planId: number;
  indicatorIds: number[];
}

interface ChildResult {
  seconds: number;
  rows: number;
  peakRssMb: number;
}

async function importChild(mode: string, args: object): Promise<ChildResult> {
  const script = new URL('./import-child.ts', import.meta.url).pathname;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, mode, JSON.stringify(args)], {
    maxBuffer: 1 << 24,
  });
  const last = stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as ChildResult;
}

async function prepare(url: string, shape: NationalShape) {
  const store = openDatabase(url);
  try {
    await migrateToLatest(store);
    await loadRegions(store);
    const plan = await buildNationalPlan(store, shape);
    return {
      planId: plan.planId,
      indicatorIds: Array.from({ length: shape.indicators }, (_, i) => plan.indicators[indicatorName(i)]),
    };
  } finally {
    await store.close();
  }
}

function shapeOf(cfg: BenchConfig): NationalShape {
  return { regions: cfg.regions, indicators: cfg.indicators, months: cfg.months };
}

export function writeCsv(cfg: BenchConfig): { path: string; megabytes: number } {
  const path = join(cfg.dir, 'national.csv');
  writeNationalCsv(path, shapeOf(cfg));
  return { path, megabytes: statSync(path).size / 1024 / 1024 };
}

function importFigures(
  name: string,
  prod: ChildResult,
  base: ChildResult,
  baseName: string,
  megabytes: number,
  load: string,
): Figure[] {
  const perTenMillion = ((prod.peakRssMb - 0) / prod.rows) * 1e7;
  return [
    higherBetter({
      name,
      value: prod.rows / prod.seconds,
      unit: 'rows/s',
      baseline: baseName,
      baselineValue: base.rows / base.seconds,
      note: `${prod.rows} rows, ${megabytes.toFixed(1)} MB CSV; ${prod.seconds.toFixed(1)} s vs ${base.seconds.toFixed(1)} s; ${load}`,
    }),
    lowerBetter({
      name: `${name}-peak-rss`,
      value: prod.peakRssMb,
      unit: 'MB',
      baseline: `peak RSS of the ${baseName} process`,
      baselineValue: base.peakRssMb,
      note: `whole process (Node + tsx ≈ 100 MB at rest); goal < 500 MB at 10 M rows; linear extrapolation would be ${Math.round(perTenMillion)} MB, an upper bound since the import streams`,
    }),
  ];
}

export async function benchImportSqlite(
  cfg: BenchConfig,
  csv: { path: string; megabytes: number },
  load: string,
): Promise<{ figures: Figure[]; db: NationalDatabase }> {
  const shape = shapeOf(cfg);
  const url = `sqlite:${join(cfg.dir, 'national.db')}`;
  const baseUrl = `sqlite:${join(cfg.dir, 'baseline.db')}`;
  const plan = await prepare(url, shape);
  const basePlan = await prepare(baseUrl, shape);
  const prod = await importChild('production', { url, csv: csv.path, ...plan, shape });
  const base = await importChild('sqlite-raw', { url: baseUrl, csv: csv.path, ...basePlan, shape });
  if (prod.rows !== rowCount(shape)) throw new Error(`imported ${prod.rows} of ${rowCount(shape)} rows`);
  return {
    figures: importFigures(
      'import-sqlite',
      prod,
      base,
      'raw prepared inserts, one transaction',
      csv.megabytes,
      load,
    ),
    db: { kind: 'sqlite', url, ...plan },
  };
}

export async function benchImportPostgres(
  cfg: BenchConfig,
  csv: { path: string; megabytes: number },
  load: string,
): Promise<{ figures: Figure[]; db: NationalDatabase; drop: () => Promise<void> }> {
  const shape = shapeOf(cfg);
  const schema = `pw_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: cfg.pgUrl });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const drop = async () => {
    const c = new pg.Client({ connectionString: cfg.pgUrl });
    await c.connect();
    await c.query(`drop schema if exists ${schema} cascade`);
    await c.end();
  };
  const url = `${cfg.pgUrl}${cfg.pgUrl.includes('?') ? '&' : '?'}schema=${schema}`;
  const plan = await prepare(url, shape);
  const prod = await importChild('production', { url, csv: csv.path, ...plan, shape });
  const base = await importChild('pg-copy', { url: cfg.pgUrl, schema, csv: csv.path, ...plan, shape });
  if (prod.rows !== rowCount(shape)) throw new Error(`imported ${prod.rows} of ${rowCount(shape)} rows`);
  return {
    figures: importFigures(
      'import-postgres',
      prod,
      base,
      'COPY … FROM STDIN (FORMAT csv) of the same file',
      csv.megabytes,
      load,
    ),
    db: { kind: 'postgres', url, ...plan },
    drop,
  };
}

/** One SQL aggregate over the rows an assessment as of AS_OF reads: the floor of reading them. */
async function aggregate(store: Store, planId: number): Promise<number> {
  const rows = await sql<{ n: number }>`
    select o.indicator_id, o.region_code, count(*) as n, max(o.value) as v
    from observations o join indicators i on i.id = o.indicator_id
    where i.plan_id = ${planId} and o.status = 'confirmed' and o.period_end <= ${AS_OF}
    group by o.indicator_id, o.region_code`.execute(store.db);
  return rows.rows.length;
}

export async function benchAssess(cfg: BenchConfig, db: NationalDatabase, load: string): Promise<Figure[]> {
  const store = openDatabase(db.url);
  const runs = cfg.quick ? 3 : 5;
  try {
    const first = performance.now();
    const assessment = await assessPlan(store, db.planId, { asOf: AS_OF });
    const coldMs = performance.now() - first;
    const series = assessment.summary.groups.region
      ? Object.values(assessment.summary.groups.region).reduce((n, g) => n + g.total, 0)
      : assessment.items.length;
    const serviceMs = median(await timeRuns(runs, () => assessPlan(store, db.planId, { asOf: AS_OF })));
    const groups = await aggregate(store, db.planId);
    const baseMs = median(await timeRuns(runs, () => aggregate(store, db.planId)));

    // One region's latest month is corrected (a new revision), then the overview is asked again.
    const region = countyCodes(1)[0];
    let bump = 0;
    const incremental: number[] = [];
    for (let i = 0; i < runs; i++) {
      await recordObservations(
        store,
        [
          {
            indicator: indicatorName(0),
            region,
            period: AS_OF.slice(0, 7),
            kind: 'ytd_value',
            value: 6000 + ++bump,
            unit: '人',
          },
        ],
        { planId: db.planId, by: 'bench' },
      );
      const t0 = performance.now();
      await assessPlan(store, db.planId, { asOf: AS_OF });
      incremental.push(performance.now() - t0);
    }
    const incMs = median(incremental);
    const suffix = db.kind === 'sqlite' ? '' : '-postgres';
    return [
      lowerBetter({
        name: `assess-national-${db.kind}`,
        value: serviceMs,
        unit: 'ms',
        baseline: 'one SQL aggregate (group by indicator, region) over the same rows',
        baselineValue: baseMs,
        note: `${series} indicator × region assessments (${groups} series), median of ${runs}; first call ${Math.round(coldMs)} ms; goal ratio ≥ 0.33; ${load}`,
      }),
      lowerBetter({
        name: `assess-incremental${suffix}`,
        value: incMs,
        unit: 'ms',
        baseline: 'the full national assessment (same run)',
        baselineValue: serviceMs,
        note: `overview after one region's month gets a new revision, median of ${runs}; goal < 100 ms`,
      }),
    ];
  } finally {
    await store.close();
  }
}
