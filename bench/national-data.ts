/**
 * A generated national dataset: `indicators` monthly flow indicators (year-to-date values in 人)
 * reported by `regions` county-level regions for `months` months ending June 2026 — the shape of
 * the national statistics system (≈3,000 × 60 × 60 = 10.8 M observations at full size). Values
 * are deterministic, so every run and both databases see the same rows.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { readDivisions } from '../src/services/collection/regions/load-regions.ts';
import type { Store } from '../src/store/open-database.ts';
import { buildCollectionPlan } from '../test/support/collection-builders.ts';

export interface NationalShape {
  regions: number;
  indicators: number;
  months: number;
}

/** The national plan's own region: counties are assessed as its regions. */
export const NATIONAL_CODE = '100000';
export const AS_OF = '2026-06-30';
const LAST_YEAR = 2026;
const LAST_MONTH = 6;

export interface NationalRow {
  indicator: number;
  region: string;
  period: string;
  value: number;
}

export function indicatorName(i: number): string {
  return `全国基准指标${String(i + 1).padStart(3, '0')}`;
}

export function countyCodes(n: number): string[] {
  const counties = readDivisions()
    .filter((r) => r.level === 'county')
    .map((r) => r.code);
  if (n > counties.length) throw new Error(`only ${counties.length} counties are known, ${n} asked`);
  return counties.slice(0, n);
}

/** Months in file order (oldest first), as YYYY-MM with their month number. */
export function benchMonths(n: number): Array<{ period: string; month: number }> {
  const out: Array<{ period: string; month: number }> = [];
  let y = LAST_YEAR;
  let m = LAST_MONTH;
  for (let i = 0; i < n; i++) {
    out.unshift({ period: `${y}-${String(m).padStart(2, '0')}`, month: m });
    m--;
    if (m === 0) {
      m = 12;
      y--;
    }
  }
  return out;
}

/** Rows in file order: month by month, each month every indicator of every region. */
export function* nationalRows(shape: NationalShape): Generator<NationalRow> {
  const regions = countyCodes(shape.regions);
  for (const { period, month } of benchMonths(shape.months)) {
    for (let i = 0; i < shape.indicators; i++) {
      for (let r = 0; r < regions.length; r++) {
        // Year-to-date: grows with the month, a little different per region and indicator.
        const value = month * (1000 + ((r * 37 + i * 11) % 500));
        yield { indicator: i, region: regions[r], period, value };
      }
    }
  }
}

export function rowCount(shape: NationalShape): number {
  return shape.regions * shape.indicators * shape.months;
}

/** Writes the dataset as an observations CSV; returns its size in bytes. */
export function writeNationalCsv(path: string, shape: NationalShape): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  let chunk = 'indicator,region,period,kind,value,unit,source\n';
  const names = Array.from({ length: shape.indicators }, (_, i) => indicatorName(i));
  try {
    for (const r of nationalRows(shape)) {
      chunk += `${names[r.indicator]},${r.region},${r.period},ytd_value,${r.value},人,bench\n`;
      if (chunk.length > 1 << 19) {
        bytes += writeSync(fd, chunk);
        chunk = '';
      }
    }
    bytes += writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** The national plan the dataset fits: one flow indicator per series, target 1.2 M 人 a year. */
export async function buildNationalPlan(store: Store, shape: NationalShape) {
  return buildCollectionPlan(store, {
    region: '全国',
    regionCode: NATIONAL_CODE,
    year: LAST_YEAR,
    indicators: Array.from({ length: shape.indicators }, (_, i) => ({
      name: indicatorName(i),
      unit: '人',
      kind: 'ytd_value',
      frequency: 'monthly',
      flow: true,
      target: { kind: 'quantity', value: 12000, unit: '人', normalized: { value: 12000, unit: '人' } },
    })),
  });
}
