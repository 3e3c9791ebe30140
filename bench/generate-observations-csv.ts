/**
 * A large, valid observations CSV for the import benchmark and the streamed-import test: every
 * row a distinct key (indicator × kind × county × month), values deterministic.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { readDivisions } from '../src/services/collection/regions/load-regions.ts';

export const BENCH_INDICATORS = ['基准指标甲', '基准指标乙', '基准指标丙', '基准指标丁', '基准指标戊'];
const KINDS = ['ytd_value', 'period_value', 'level', 'ytd_growth'] as const;

export interface GeneratedRow {
  indicator: number;
  region: string;
  period: string;
  periodEnd: string;
  kind: string;
  value: number;
  unit: string;
}

function lastDay(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Rows in file order; stops after `limit` rows or when keys run out (~20 million). */
export function* benchRows(limit: number): Generator<GeneratedRow> {
  const counties = readDivisions()
    .filter((r) => r.level === 'county')
    .map((r) => r.code);
  let n = 0;
  let seed = 12345;
  for (let year = 2025; year >= 2000; year--) {
    for (let month = 1; month <= 12; month++) {
      const period = `${year}-${String(month).padStart(2, '0')}`;
      const periodEnd = lastDay(year, month);
      for (let i = 0; i < BENCH_INDICATORS.length; i++) {
        for (const kind of KINDS) {
          for (const region of counties) {
            if (n++ >= limit) return;
            seed = (seed * 1103515245 + 12345) & 0x7fffffff;
            const r = seed / 0x7fffffff;
            const value =
              kind === 'ytd_growth' ? Math.round((r * 20 - 5) * 100) / 100 : Math.round(r * 1e7) / 100;
            yield {
              indicator: i,
              region,
              period,
              periodEnd,
              kind,
              value,
              unit: kind === 'ytd_growth' ? '%' : '人',
            };
          }
        }
      }
    }
  }
}

/** Writes rows until the file reaches `bytes`; returns the row count. */
export function writeBenchCsv(path: string, bytes: number): number {
  const fd = openSync(path, 'w');
  let written = 0;
  let rows = 0;
  let chunk: string[] = ['indicator,region,period,kind,value,unit,source\n'];
  let chunkBytes = 0;
  try {
    for (const r of benchRows(Number.MAX_SAFE_INTEGER)) {
      const line = `${BENCH_INDICATORS[r.indicator]},${r.region},${r.period},${r.kind},${r.value},${r.unit},bench\n`;
      chunk.push(line);
      chunkBytes += Buffer.byteLength(line);
      rows++;
      if (chunkBytes >= 1 << 20) {
        written += writeSync(fd, chunk.join(''));
        chunk = [];
        chunkBytes = 0;
        if (written >= bytes) break;
      }
      if (written + chunkBytes >= bytes) break;
    }
    if (chunk.length) writeSync(fd, chunk.join(''));
  } finally {
    closeSync(fd);
  }
  return rows;
}
