/**
 * `npm run bench [-- --quick] [--regions N] [--indicators N] [--months N] [--only a,b]`:
 * performance figures, each beside a baseline measured in the same run on the same data, printed
 * as a table and written to bench/results.json as
 * `[{name, value, unit, baseline, baselineValue, ratio, note}]` (ratio higher = better).
 * Never part of `npm test`; nothing here is asserted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchApi } from './api-bench.ts';
import type { BenchConfig, Figure } from './figure.ts';
import { benchAssess, benchImportPostgres, benchImportSqlite, writeCsv } from './national-bench.ts';
import { benchCliHelp, benchParser, benchWebInitialJs } from './small-bench.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    regions: { type: 'string' },
    indicators: { type: 'string' },
    months: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string', default: new URL('results.json', import.meta.url).pathname },
  },
});
const quick = values.quick ?? false;
const cfg: BenchConfig = {
  quick,
  regions: Number(values.regions ?? (quick ? 200 : 3000)),
  indicators: Number(values.indicators ?? (quick ? 10 : 60)),
  months: Number(values.months ?? (quick ? 18 : 60)),
  dir: mkdtempSync(join(process.env.PLANWATCH_BENCH_DIR ?? tmpdir(), 'planwatch-bench-')),
  pgUrl: process.env.PLANWATCH_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test',
};
const only = values.only ? new Set(values.only.split(',')) : null;
const wanted = (group: string) => !only || only.has(group);

/** The machine is shared: every figure says how loaded it was when measured. */
function load(): string {
  return `load average ${loadavg()[0].toFixed(1)} on 2 cores`;
}

const figures: Figure[] = [];
function print(list: Figure[]): void {
  for (const f of list) {
    figures.push(f);
    process.stdout.write(
      `${f.name.padEnd(30)} ${String(f.value).padStart(12)} ${f.unit.padEnd(8)} ${String(f.baselineValue).padStart(12)}  ×${f.ratio}  ${f.baseline}\n`,
    );
  }
}

async function section(name: string, fn: () => Promise<Figure[]> | Figure[]): Promise<void> {
  try {
    print(await fn());
  } catch (error) {
    process.stdout.write(`${name}: skipped — ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

process.stdout.write(
  `planwatch bench — ${cfg.regions} regions × ${cfg.indicators} indicators × ${cfg.months} months${quick ? ' (quick)' : ''}\n`,
);
process.stdout.write(
  `${'figure'.padEnd(30)} ${'value'.padStart(12)} ${'unit'.padEnd(8)} ${'baseline'.padStart(12)}  ratio\n`,
);
try {
  const needsData = ['import', 'assess', 'api'].some(wanted);
  const csv = needsData ? writeCsv(cfg) : null;
  if (csv) {
    let sqliteDb: Awaited<ReturnType<typeof benchImportSqlite>>['db'] | null = null;
    await section('import-sqlite', async () => {
      const r = await benchImportSqlite(cfg, csv, load());
      sqliteDb = r.db;
      return wanted('import') ? r.figures : [];
    });
    if (sqliteDb && wanted('assess'))
      await section('assess-sqlite', () => benchAssess(cfg, sqliteDb!, load()));
    if (sqliteDb && wanted('api')) await section('api', () => benchApi(cfg, sqliteDb!, load()));
    if (wanted('import') || wanted('assess')) {
      await section('postgres', async () => {
        const r = await benchImportPostgres(cfg, csv, load());
        try {
          return [
            ...(wanted('import') ? r.figures : []),
            ...(wanted('assess') ? await benchAssess(cfg, r.db, load()) : []),
          ];
        } finally {
          await r.drop();
        }
      });
    }
  }
  if (wanted('parse')) await section('parse', () => benchParser(load()));
  if (wanted('web')) await section('web-initial-js', () => benchWebInitialJs());
  if (wanted('cli')) await section('cli-help', () => benchCliHelp(cfg, load()));
} finally {
  rmSync(cfg.dir, { recursive: true, force: true });
}
writeFileSync(values.out!, `${JSON.stringify(figures, null, 2)}\n`);
process.stdout.write(`\n${figures.length} figures written to ${values.out}\n`);
