import type { Granularity } from '../period/period.types.ts';

/** Months per period and periods per year of each granularity below a year. */
export const PERIOD_SPAN: Record<Exclude<Granularity, 'year'>, { months: number; count: number }> = {
  month: { months: 1, count: 12 },
  quarter: { months: 3, count: 4 },
  half: { months: 6, count: 2 },
};

export interface RunningTotals {
  /** Cumulative amount from January by end month, for every month the run is complete for. */
  points: Map<number, number>;
  /** The end month of the last period the running total is complete for (0: none). */
  through: number;
  /** Indices (1-based, at this granularity) missing before the latest one present. */
  missing: number[];
  /** February carried January too (a Jan–Feb combined release). */
  janFebCombined: boolean;
}

/**
 * Running totals of one year's per-period amounts (`period_value`), keyed by period index.
 *
 * A monthly series without January but with February is a Jan–Feb combined release (1—2月, as
 * bureaus publish investment, retail and industry): February's value is both months' amount, not
 * a gap. Any other missing period breaks the run: totals after it would silently lack its amount,
 * so `points` stop before it and `missing` lists it.
 *
 * @example
 * runningTotals(new Map([[2, 6], [3, 5]]), 'month') // points {2 → 6, 3 → 11}, through 3, janFebCombined
 * runningTotals(new Map([[1, 5], [2, 5], [3, 5], [5, 5]]), 'month') // through 3, missing [4]
 */
export function runningTotals(byIndex: Map<number, number>, granularity: Granularity): RunningTotals {
  if (granularity === 'year') {
    const total = byIndex.get(1);
    return total === undefined
      ? { points: new Map(), through: 0, missing: [], janFebCombined: false }
      : { points: new Map([[12, total]]), through: 12, missing: [], janFebCombined: false };
  }
  const { months, count } = PERIOD_SPAN[granularity];
  const janFebCombined = granularity === 'month' && !byIndex.has(1) && byIndex.has(2);
  const latest = Math.max(0, ...byIndex.keys());
  const points = new Map<number, number>();
  const missing: number[] = [];
  let sum = 0;
  let through = 0;
  let broken = false;
  for (let i = janFebCombined ? 2 : 1; i <= Math.min(count, latest); i++) {
    const v = byIndex.get(i);
    if (v === undefined) {
      missing.push(i);
      broken = true;
      continue;
    }
    if (broken) continue;
    sum += v;
    through = i * months;
    points.set(through, sum);
  }
  return { points, through, missing, janFebCombined };
}
