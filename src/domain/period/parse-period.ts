import type { Granularity, Period } from './period.types.ts';

const ZH_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

/** 6, "06", "六", "十二" → a number; null otherwise. */
function readSmallNumber(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  return ZH_DIGITS[s] ?? null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Builds the canonical period of `year` ending in `endMonth`, `months` long.
 * Returns null for out-of-range parts so callers can pass raw matches.
 */
export function buildPeriod(year: number, granularity: Granularity, index: number): Period | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const spans: Record<Granularity, [number, number]> = {
    year: [1, 12],
    half: [2, 6],
    quarter: [4, 3],
    month: [12, 1],
  };
  const [count, months] = spans[granularity];
  if (!Number.isInteger(index) || index < 1 || index > count) return null;
  const endMonth = index * months;
  const startMonth = endMonth - months + 1;
  const keys: Record<Granularity, string> = {
    year: String(year),
    half: `${year}H${index}`,
    quarter: `${year}Q${index}`,
    month: `${year}-${pad(index)}`,
  };
  return {
    key: keys[granularity],
    year,
    granularity,
    start: `${year}-${pad(startMonth)}-01`,
    end: `${year}-${pad(endMonth)}-${pad(lastDayOfMonth(year, endMonth))}`,
    endMonth,
  };
}

const y = (m: RegExpMatchArray) => Number(m[1]);

/** Each accepted spelling and how it maps to a canonical period; the first match wins. */
const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => Period | null]> = [
  [/^(\d{4})(?:年(?:全年|度)?)?$/, (m) => buildPeriod(y(m), 'year', 1)],
  [/^(\d{4})-?[Qq]([1-4])$/, (m) => buildPeriod(y(m), 'quarter', Number(m[2]))],
  [/^(\d{4})-?[HhSs]([12])$/, (m) => buildPeriod(y(m), 'half', Number(m[2]))],
  [/^(\d{4})-?[Mm](\d{1,2})$/, (m) => buildPeriod(y(m), 'month', Number(m[2]))],
  [/^(\d{4})-(\d{1,2})$/, (m) => buildPeriod(y(m), 'month', Number(m[2]))],
  [/^(\d{4})年第?([一二三四1-4])季度$/, (m) => buildPeriod(y(m), 'quarter', readSmallNumber(m[2]) ?? 0)],
  [/^(\d{4})年([上下])半年$/, (m) => buildPeriod(y(m), 'half', m[2] === '上' ? 1 : 2)],
  // Cumulative from January: keyed by the month it ends in.
  [
    /^(\d{4})年(?:1|一)月?-(\d{1,2}|[一二三四五六七八九十]{1,2})月份?$/,
    (m) => buildPeriod(y(m), 'month', readSmallNumber(m[2]) ?? 0),
  ],
  [
    /^(\d{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月份?$/,
    (m) => buildPeriod(y(m), 'month', readSmallNumber(m[2]) ?? 0),
  ],
];

/**
 * Reads a period as statistics bureaus and SDMX write it; null when it is not one.
 *
 * Cumulative Chinese forms starting in January name the month they end in, because a
 * year-to-date observation is keyed by its last month: `2026年1—6月` → `2026-06`,
 * `2026年1-2月` (a Jan–Feb combined release) → `2026-02`. A range not starting in January
 * (`2026年3-6月`) is not a period and gives null.
 *
 * @example
 * parsePeriod('2026-Q2')?.key   // '2026Q2'
 * parsePeriod('2026年上半年')?.key // '2026H1'
 * parsePeriod('2026年1—6月')?.endMonth // 6
 */
export function parsePeriod(input: string): Period | null {
  if (typeof input !== 'string') return null;
  const s = input
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[—–－~～至]/g, '-');
  for (const [pattern, build] of PATTERNS) {
    const m = s.match(pattern);
    if (m) return build(m);
  }
  return null;
}
