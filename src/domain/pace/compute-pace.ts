import { parsePeriod } from '../period/parse-period.ts';
import type { Granularity, Period } from '../period/period.types.ts';
import { runningTotals } from './running-totals.ts';

/** An observation as pace needs it: only cumulative and per-period amounts are used. */
export interface PaceObservation {
  period: string;
  kind: string;
  value: number;
}

export type PaceMethod = 'seasonal' | 'elapsed';

export interface PaceResult {
  /** Share (0..1) of the year's total normally done by the end of the period. */
  share: number;
  method: PaceMethod;
  /** Earlier years the seasonal share was learned from (empty for elapsed). */
  yearsUsed: number[];
  /** Why this method, and whether months were interpolated — for the explanation. */
  note: string;
}

export interface ComputePaceOptions {
  /** The latest data period the share is wanted for. */
  period: Period;
  /** Observations of the same series (any years; only earlier years are learned from). */
  history?: PaceObservation[];
  /** Complete earlier years needed for a seasonal share (default 2). */
  minYears?: number;
  /** Most recent complete years used (default 3): older years say less about this one. */
  maxYears?: number;
  /** Widest gap in months bridged by linear interpolation (default 3). */
  maxGapMonths?: number;
}

/**
 * Elapsed-time share at the end of a period, as plan offices state pace:
 * 1—6月 data → 6/12; a Jan–Feb combined release (1—2月) → 2/12.
 */
export function elapsedShare(period: Period): number {
  return period.endMonth / 12;
}

/** Cumulative amount from January by end month (0 at month 0), learned from one year's data. */
type CumulativePoints = Map<number, number>;

function cumulativePointsByYear(history: PaceObservation[]): Map<number, CumulativePoints> {
  const ytd = new Map<number, CumulativePoints>();
  const perPeriod = new Map<number, Map<string, Map<number, number>>>();
  for (const o of history) {
    if (!Number.isFinite(o.value)) continue;
    const p = parsePeriod(o.period);
    if (!p) continue;
    if (o.kind === 'ytd_value' || (o.kind === 'period_value' && p.granularity === 'year')) {
      const points = ytd.get(p.year) ?? new Map<number, number>();
      if (!points.has(p.endMonth)) points.set(p.endMonth, o.value);
      ytd.set(p.year, points);
    } else if (o.kind === 'period_value') {
      const byGranularity = perPeriod.get(p.year) ?? new Map<string, Map<number, number>>();
      const months = 12 / ({ month: 12, quarter: 4, half: 2, year: 1 } as const)[p.granularity];
      const byIndex = byGranularity.get(p.granularity) ?? new Map<number, number>();
      byIndex.set(p.endMonth / months, o.value);
      byGranularity.set(p.granularity, byIndex);
      perPeriod.set(p.year, byGranularity);
    }
  }
  for (const [year, byGranularity] of perPeriod) {
    const points = ytd.get(year) ?? new Map<number, number>();
    for (const [g, byIndex] of byGranularity) {
      // A gap stops the running totals: later sums would silently miss the gap's amount. A
      // missing January before a February is a Jan–Feb combined release, not a gap.
      for (const [m, v] of runningTotals(byIndex, g as Granularity).points)
        if (!points.has(m)) points.set(m, v);
    }
    ytd.set(year, points);
  }
  return ytd;
}

/** The share at `month` for one year, or null when the year cannot tell. */
function shareInYear(
  points: CumulativePoints,
  month: number,
  maxGap: number,
): { share: number; interpolated: boolean } | null {
  const total = points.get(12);
  if (total === undefined || !(total > 0)) return null;
  const exact = points.get(month);
  if (exact !== undefined) return { share: exact / total, interpolated: false };
  let below = 0;
  let belowValue = 0;
  let above = 12;
  for (const m of points.keys()) {
    if (m < month && m > below) below = m;
    if (m > month && m < above) above = m;
  }
  if (below > 0) belowValue = points.get(below)!;
  if (above - below > maxGap) return null;
  const aboveValue = points.get(above)!;
  const value = belowValue + ((aboveValue - belowValue) * (month - below)) / (above - below);
  return { share: value / total, interpolated: true };
}

/**
 * The share of the year's total normally done by the end of `period` (序时进度).
 *
 * Seasonal when at least `minYears` complete earlier years of the series give a share for the
 * same month: s(m) = mean over years of (cumulative at m / full-year total). Per-period amounts
 * (period_value) are accumulated; a monthly series without January but with February is a Jan–Feb
 * combined release (see runningTotals). A month missing in a year is linearly interpolated between the nearest known cumulative points (Jan–Feb combined
 * releases leave January empty) when they are at most `maxGapMonths` apart; else that year is
 * not used. Falls back to elapsed time (endMonth / 12), saying why in `note`.
 *
 * @example
 * // 2024 and 2025 each had 40% of the year's jobs by June → share 0.4, method 'seasonal'
 * computePace({ period: parsePeriod('2026-06')!, history })
 */
export function computePace(options: ComputePaceOptions): PaceResult {
  const { period } = options;
  const minYears = options.minYears ?? 2;
  const maxYears = options.maxYears ?? 3;
  const maxGap = options.maxGapMonths ?? 3;
  const elapsed = elapsedShare(period);
  if (period.endMonth === 12) {
    return { share: 1, method: 'elapsed', yearsUsed: [], note: '全年数据，序时进度为100%' };
  }
  const byYear = cumulativePointsByYear(options.history ?? []);
  const usable: Array<{ year: number; share: number; interpolated: boolean }> = [];
  const earlier = [...byYear.keys()].filter((y) => y < period.year).sort((a, b) => b - a);
  for (const year of earlier) {
    if (usable.length >= maxYears) break;
    const s = shareInYear(byYear.get(year)!, period.endMonth, maxGap);
    if (s && Number.isFinite(s.share)) usable.push({ year, ...s });
  }
  if (usable.length < minYears) {
    return {
      share: elapsed,
      method: 'elapsed',
      yearsUsed: [],
      note:
        usable.length === 0
          ? `无往年完整数据，按时间进度${period.endMonth}/12计算`
          : `往年完整数据仅${usable.length}年（需${minYears}年），按时间进度${period.endMonth}/12计算`,
    };
  }
  const mean = usable.reduce((sum, u) => sum + u.share, 0) / usable.length;
  const share = Math.min(1, Math.max(0, mean));
  const years = usable.map((u) => u.year).sort((a, b) => a - b);
  const interpolated = usable.filter((u) => u.interpolated).map((u) => u.year);
  const note =
    `按${years.join('、')}年同期累计占全年比重的平均值计算季节性序时进度` +
    (interpolated.length > 0
      ? `；${interpolated.join('、')}年${period.endMonth}月数据缺失，按相邻月份线性插值`
      : '');
  return { share, method: 'seasonal', yearsUsed: years, note };
}
