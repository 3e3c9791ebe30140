import { buildPeriod } from '../period/parse-period.ts';
import { convertUnit } from './convert-unit.ts';
import type { SelectedObservation } from './select-observations.ts';

const INDEX = { year: 12, half: 6, quarter: 3, month: 1 } as const;

/**
 * A year-to-date growth rate computed from cumulative amounts when no rate was published:
 * (this year's ytd_value / last year's ytd_value for the same period − 1) × 100. Returns the
 * derived observation (kind ytd_growth, revision and source of this year's row) and both rows.
 * Units of one dimension are converted (万亿元 ↔ 亿元); other dimensions give no rate.
 *
 * @example
 * // 2026-06 ytd_value 105, 2025-06 ytd_value 100 → ytd_growth 5 for 2026-06
 */
export function deriveGrowth(
  selected: SelectedObservation[],
  year: number,
): { derived: SelectedObservation; from: [SelectedObservation, SelectedObservation] } | null {
  const values = selected.filter((o) => o.kind === 'ytd_value');
  for (let i = values.length - 1; i >= 0; i--) {
    const now = values[i];
    if (now.parsedPeriod.year !== year) continue;
    const p = now.parsedPeriod;
    const lastKey = buildPeriod(year - 1, p.granularity, p.endMonth / INDEX[p.granularity])?.key;
    const before = values.find((o) => o.period === lastKey && (o.region ?? '') === (now.region ?? ''));
    if (!before) continue;
    // Last year in 万亿元 and this year in 亿元 is the same series: compare in one unit.
    const last = convertUnit(before.value, before.unit, now.unit);
    if (last === null || last === 0) continue;
    const value = (now.value / last - 1) * 100;
    if (!Number.isFinite(value)) continue;
    return { derived: { ...now, kind: 'ytd_growth', value, unit: '%' }, from: [before, now] };
  }
  return null;
}
