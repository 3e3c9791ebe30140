import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPeriod, parsePeriod } from './parse-period.ts';

describe('parsePeriod', () => {
  it.each([
    ['2026', '2026', 'year', '2026-01-01', '2026-12-31', 12],
    ['2026年', '2026', 'year', '2026-01-01', '2026-12-31', 12],
    ['2026Q2', '2026Q2', 'quarter', '2026-04-01', '2026-06-30', 6],
    ['2026-Q2', '2026Q2', 'quarter', '2026-04-01', '2026-06-30', 6],
    ['2026q4', '2026Q4', 'quarter', '2026-10-01', '2026-12-31', 12],
    ['2026H1', '2026H1', 'half', '2026-01-01', '2026-06-30', 6],
    ['2026-S1', '2026H1', 'half', '2026-01-01', '2026-06-30', 6],
    ['2026-S2', '2026H2', 'half', '2026-07-01', '2026-12-31', 12],
    ['2026-06', '2026-06', 'month', '2026-06-01', '2026-06-30', 6],
    ['2026-6', '2026-06', 'month', '2026-06-01', '2026-06-30', 6],
    ['2026M06', '2026-06', 'month', '2026-06-01', '2026-06-30', 6],
    ['2026-M06', '2026-06', 'month', '2026-06-01', '2026-06-30', 6],
    ['2028-02', '2028-02', 'month', '2028-02-01', '2028-02-29', 2],
    ['2026年1-6月', '2026-06', 'month', '2026-06-01', '2026-06-30', 6],
    ['2026年1—6月', '2026-06', 'month', '2026-06-01', '2026-06-30', 6],
    ['2026年1-2月', '2026-02', 'month', '2026-02-01', '2026-02-28', 2],
    ['2026年1月-11月', '2026-11', 'month', '2026-11-01', '2026-11-30', 11],
    ['2026年二季度', '2026Q2', 'quarter', '2026-04-01', '2026-06-30', 6],
    ['2026年第一季度', '2026Q1', 'quarter', '2026-01-01', '2026-03-31', 3],
    ['2026年上半年', '2026H1', 'half', '2026-01-01', '2026-06-30', 6],
    ['2026年下半年', '2026H2', 'half', '2026-07-01', '2026-12-31', 12],
    ['2026年6月', '2026-06', 'month', '2026-06-01', '2026-06-30', 6],
    ['2026年十二月', '2026-12', 'month', '2026-12-01', '2026-12-31', 12],
    ['２０２６年１—６月', '2026-06', 'month', '2026-06-01', '2026-06-30', 6],
  ])('%s → %s', (input, key, granularity, start, end, endMonth) => {
    expect(parsePeriod(input)).toEqual({
      key,
      year: Number(key.slice(0, 4)),
      granularity,
      start,
      end,
      endMonth,
    });
  });

  it.each([
    '',
    '2026Q5',
    '2026-13',
    '2026-00',
    '2026H3',
    '26',
    '2026年3-6月',
    'Q2 2026',
    '二〇二六年',
    'abc',
  ])('rejects %j', (input) => {
    expect(parsePeriod(input)).toBeNull();
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parsePeriod(s);
        return p === null || typeof p.key === 'string';
      }),
    );
  });

  it('round-trips canonical keys', () => {
    const arb = fc.record({
      year: fc.integer({ min: 1000, max: 9999 }),
      g: fc.constantFrom('year', 'half', 'quarter', 'month' as const),
      i: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(arb, ({ year, g, i }) => {
        const p = buildPeriod(year, g, i);
        if (p === null) return true;
        const again = parsePeriod(p.key);
        return again !== null && again.key === p.key && again.end === p.end && again.start <= again.end;
      }),
    );
  });
});
