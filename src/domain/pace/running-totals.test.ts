import { describe, expect, it } from 'vitest';
import type { Granularity } from '../period/period.types.ts';
import { runningTotals } from './running-totals.ts';

describe('runningTotals', () => {
  it.each<[string, Granularity, Record<number, number>, Record<number, number>, number, number[], boolean]>([
    ['every month', 'month', { 1: 5, 2: 5, 3: 5 }, { 1: 5, 2: 10, 3: 15 }, 3, [], false],
    ['Jan–Feb combined', 'month', { 2: 10, 3: 5 }, { 2: 10, 3: 15 }, 3, [], true],
    ['April missing', 'month', { 1: 5, 2: 5, 3: 5, 5: 5, 6: 5 }, { 1: 5, 2: 10, 3: 15 }, 3, [4], false],
    ['January and February missing', 'month', { 3: 5 }, {}, 0, [1, 2], false],
    ['quarters', 'quarter', { 1: 10, 2: 20 }, { 3: 10, 6: 30 }, 6, [], false],
    ['a quarter missing', 'quarter', { 1: 10, 3: 20 }, { 3: 10 }, 3, [2], false],
    ['a year', 'year', { 1: 60 }, { 12: 60 }, 12, [], false],
  ])('%s', (_label, granularity, values, points, through, missing, janFeb) => {
    const byIndex = new Map(Object.entries(values).map(([k, v]) => [Number(k), v]));
    const r = runningTotals(byIndex, granularity);
    expect(Object.fromEntries(r.points)).toEqual(points);
    expect(r.through).toBe(through);
    expect(r.missing).toEqual(missing);
    expect(r.janFebCombined).toBe(janFeb);
  });
});
