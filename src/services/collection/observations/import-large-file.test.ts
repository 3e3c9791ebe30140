import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeBenchCsv } from '../../../../bench/generate-observations-csv.ts';
import { buildBenchPlan } from '../../../../test/support/bench-plan.ts';
import { snapshotCollection } from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { loadRegions } from '../regions/load-regions.ts';
import { type ImportProgress, importObservations, MAX_LISTED_ERRORS } from './import-observations.ts';

const dir = mkdtempSync(join(tmpdir(), 'pw-large-'));
const csv = join(dir, 'large.csv');
let rows = 0;
beforeAll(() => {
  rows = writeBenchCsv(csv, 12 * 1024 * 1024);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachDatabase('streamed import of a large file', (t) => {
  let planId: number;
  beforeAll(async () => {
    await loadRegions(t.store);
    planId = (await buildBenchPlan(t.store)).planId;
  });

  it('imports ~200k rows in bounded memory, reporting progress', async () => {
    expect(rows).toBeGreaterThan(200_000);
    const progress: ImportProgress[] = [];
    // Retained memory, measured after a collection: RSS alone follows the collector's timing
    // (it varied by 50 MB between runs of the same import), the retained heap does not.
    const gc = collector();
    gc();
    const start = process.memoryUsage().heapUsed;
    let peak = start;
    let events = 0;
    const result = await importObservations(
      t.store,
      { path: csv },
      {
        planId,
        onProgress: (p) => {
          progress.push(p);
          if (events++ % 25 === 0) {
            gc();
            peak = Math.max(peak, process.memoryUsage().heapUsed);
          }
        },
      },
    );
    expect(result).toMatchObject({ rows, inserted: rows });
    // The file is 12 MB in ~200k rows; holding them as objects would retain well over 100 MB.
    expect((peak - start) / 1024 / 1024).toBeLessThan(60);
    expect(progress.at(-1)).toMatchObject({ phase: 'done', rows, totalBytes: statSync(csv).size });
    expect(progress.filter((p) => p.phase === 'validating').length).toBeGreaterThan(100);
    const count = await t.store.db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(rows);
  }, 180_000);

  it('rejects the whole file for errors at its end, listing the first 1,000 and the total', async () => {
    const bad = join(dir, 'bad.csv');
    writeBenchCsv(bad, 2 * 1024 * 1024);
    appendFileSync(
      bad,
      Array.from({ length: 1500 }, () => '基准指标甲,310115,2026-13,ytd_value,1,人,bench\n').join(''),
    );
    const before = await snapshotCollection(t.store);
    const error = await importObservations(t.store, { path: bad }, { planId }).catch((e) => e);
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details.total).toBe(1500);
    expect(error.details.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(await snapshotCollection(t.store)).toBe(before);
  }, 180_000);
});

/** A handle on V8's collector without --expose-gc on the command line. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
