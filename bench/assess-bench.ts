/**
 * Assessing a plan: the sample plan with five years of monthly history for every indicator,
 * assessed as of mid-year. Baseline: reading the same observation rows with a raw prepared
 * better-sqlite3 statement, i.e. the I/O floor the service cannot beat.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { assessPlan } from '../src/services/assessment/assess-plan.ts';
import { importPlan } from '../src/services/plans/import-plan.ts';
import { migrateToLatest, openDatabase } from '../src/store/open-database.ts';

export async function benchAssess(): Promise<
  Array<{ name: string; value: number; unit: string; note?: string }>
> {
  const dir = mkdtempSync(join(tmpdir(), 'planwatch-bench-assess-'));
  const file = join(dir, 'bench.db');
  const store = openDatabase(`sqlite:${file}`);
  try {
    await migrateToLatest(store);
    const bytes = readFileSync(new URL('../examples/shanghai-2026-plan-report.txt', import.meta.url));
    const { planId } = await importPlan(store, { bytes, publish: true });
    const indicators = await store.db
      .selectFrom('indicators')
      .select(['id'])
      .where('plan_id', '=', planId)
      .execute();
    const raw = new Database(file);
    const insert = raw.prepare(
      `insert into observations (indicator_id, region_code, period, period_end, kind, value, unit, revision, status, recorded_at)
       values (?, '000000', ?, ?, 'ytd_value', ?, null, ?, 'confirmed', ?)`,
    );
    let rows = 0;
    raw.transaction(() => {
      for (const { id } of indicators) {
        for (let year = 2022; year <= 2026; year++) {
          for (let month = 1; month <= (year === 2026 ? 6 : 12); month++) {
            const period = `${year}-${String(month).padStart(2, '0')}`;
            // Three revisions a point, as corrections arrive: the engine must pick the right one.
            for (let rev = 1; rev <= 3; rev++) {
              insert.run(
                id,
                period,
                `${period}-28`,
                month * 5 + rev * 0.1,
                rev,
                `${year}-${String(month).padStart(2, '0')}-2${rev}T00:00:00Z`,
              );
              rows++;
            }
          }
        }
      }
    })();

    const runs = 20;
    await assessPlan(store, planId, { asOf: '2026-06-30' });
    let t0 = performance.now();
    for (let i = 0; i < runs; i++) await assessPlan(store, planId, { asOf: '2026-06-30' });
    const serviceMs = (performance.now() - t0) / runs;

    const select = raw.prepare(
      `select * from observations where indicator_id in (select id from indicators where plan_id = ?)`,
    );
    select.all(planId);
    t0 = performance.now();
    for (let i = 0; i < runs; i++) select.all(planId);
    const rawMs = (performance.now() - t0) / runs;
    raw.close();

    return [
      { name: 'observation rows in the plan', value: rows, unit: 'rows' },
      { name: 'assessPlan (217 items, as of 2026-06-30)', value: serviceMs, unit: 'ms', note: 'mean of 20' },
      { name: 'baseline: raw prepared select of the same rows', value: rawMs, unit: 'ms' },
      { name: 'ratio service / raw read', value: serviceMs / rawMs, unit: '×' },
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
