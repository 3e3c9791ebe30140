import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../period/parse-period.ts';
import { computePace, elapsedShare, type PaceObservation } from './compute-pace.ts';

const p = (key: string) => parsePeriod(key)!;

/** Monthly cumulative values of a year whose months add `monthly[i]` each. */
function ytdYear(year: number, monthly: number[], skip: number[] = []): PaceObservation[] {
  let sum = 0;
  return monthly.flatMap((v, i) => {
    sum += v;
    const month = i + 1;
    return skip.includes(month)
      ? []
      : [{ period: `${year}-${String(month).padStart(2, '0')}`, kind: 'ytd_value', value: sum }];
  });
}

const flat = Array(12).fill(10);
// 40% of the year by June: a back-loaded series (investment-like).
const backLoaded = [4, 6, 6, 6, 9, 9, 10, 10, 10, 10, 10, 20];

describe('elapsedShare', () => {
  it.each([
    ['2026-06', 0.5],
    ['2026-02', 2 / 12],
    ['2026Q3', 0.75],
    ['2026H1', 0.5],
    ['2026', 1],
  ])('%s → %d', (key, share) => {
    expect(elapsedShare(p(key))).toBeCloseTo(share, 10);
  });
});

describe('computePace', () => {
  it('falls back to elapsed time without history', () => {
    const r = computePace({ period: p('2026-06') });
    expect(r).toMatchObject({ share: 0.5, method: 'elapsed', yearsUsed: [] });
    expect(r.note).toContain('6/12');
  });

  it('falls back to elapsed time with only one complete earlier year', () => {
    const r = computePace({ period: p('2026-06'), history: ytdYear(2025, backLoaded) });
    expect(r.method).toBe('elapsed');
    expect(r.note).toContain('仅1年');
  });

  it('learns the seasonal share from two earlier years', () => {
    const history = [...ytdYear(2024, backLoaded), ...ytdYear(2025, backLoaded), ...ytdYear(2026, flat)];
    const r = computePace({ period: p('2026-06'), history });
    expect(r.method).toBe('seasonal');
    expect(r.yearsUsed).toEqual([2024, 2025]);
    expect(r.share).toBeCloseTo(40 / 110, 10);
  });

  it('averages the shares of different years', () => {
    const history = [...ytdYear(2024, flat), ...ytdYear(2025, backLoaded)];
    const r = computePace({ period: p('2026-06'), history });
    expect(r.share).toBeCloseTo((0.5 + 40 / 110) / 2, 10);
  });

  it('ignores an incomplete earlier year (no December)', () => {
    const history = [...ytdYear(2023, flat), ...ytdYear(2024, flat), ...ytdYear(2025, backLoaded, [12])];
    const r = computePace({ period: p('2026-06'), history });
    expect(r.yearsUsed).toEqual([2023, 2024]);
  });

  it('interpolates January in Jan–Feb combined releases and says so', () => {
    const history = [...ytdYear(2024, flat, [1]), ...ytdYear(2025, flat, [1])];
    const r = computePace({ period: p('2026-01'), history });
    expect(r.method).toBe('seasonal');
    expect(r.share).toBeCloseTo(1 / 12, 10);
    expect(r.note).toContain('插值');
  });

  it('learns from monthly period values published Jan–Feb combined, interpolating January', () => {
    // February carries January too; every other month is its own amount.
    const year = (y: number) => [
      { period: `${y}-02`, kind: 'period_value', value: 20 },
      ...Array.from({ length: 10 }, (_, i) => ({
        period: `${y}-${String(i + 3).padStart(2, '0')}`,
        kind: 'period_value',
        value: 10,
      })),
    ];
    const june = computePace({ period: p('2026-06'), history: [...year(2024), ...year(2025)] });
    expect(june).toMatchObject({ method: 'seasonal', yearsUsed: [2024, 2025] });
    expect(june.share).toBeCloseTo(0.5, 10);
    const january = computePace({ period: p('2026-01'), history: [...year(2024), ...year(2025)] });
    expect(january.share).toBeCloseTo(1 / 12, 10);
    expect(january.note).toContain('插值');
  });

  it('does not learn from a year of period values with a real gap', () => {
    const year = (y: number) =>
      [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({
        period: `${y}-${String(m).padStart(2, '0')}`,
        kind: 'period_value',
        value: 10,
      }));
    expect(computePace({ period: p('2026-06'), history: [...year(2024), ...year(2025)] }).method).toBe(
      'elapsed',
    );
  });

  it('does not bridge gaps wider than three months', () => {
    const history = [...ytdYear(2024, flat, [4, 5, 6, 7]), ...ytdYear(2025, flat, [4, 5, 6, 7])];
    const r = computePace({ period: p('2026-06'), history });
    expect(r.method).toBe('elapsed');
  });

  it('accumulates quarterly period values', () => {
    const quarters = (year: number) =>
      [10, 20, 30, 40].map((value, i) => ({ period: `${year}Q${i + 1}`, kind: 'period_value', value }));
    const r = computePace({ period: p('2026Q2'), history: [...quarters(2024), ...quarters(2025)] });
    expect(r).toMatchObject({ method: 'seasonal', yearsUsed: [2024, 2025] });
    expect(r.share).toBeCloseTo(0.3, 10);
  });

  it('uses the month of a quarterly series for a monthly period when bracketed', () => {
    const quarters = (year: number) =>
      [10, 20, 30, 40].map((value, i) => ({ period: `${year}Q${i + 1}`, kind: 'period_value', value }));
    const r = computePace({ period: p('2026-05'), history: [...quarters(2024), ...quarters(2025)] });
    expect(r.method).toBe('seasonal');
    expect(r.share).toBeCloseTo((10 + (20 * 2) / 3) / 100, 10);
  });

  it('is 1 for full-year data', () => {
    expect(computePace({ period: p('2026') }).share).toBe(1);
  });

  it('never throws and stays within [0, 1]', () => {
    const obs = fc.record({
      period: fc.constantFrom('2024-03', '2024-06', '2024-12', '2025Q2', '2025', '2025-06', 'x', '2024H1'),
      kind: fc.constantFrom('ytd_value', 'period_value', 'level'),
      value: fc.double({ noNaN: false }),
    });
    fc.assert(
      fc.property(fc.array(obs, { maxLength: 20 }), fc.integer({ min: 1, max: 12 }), (history, month) => {
        const r = computePace({ period: p(`2026-${String(month).padStart(2, '0')}`), history });
        return r.share >= 0 && r.share <= 1;
      }),
    );
  });
});
