import { buildPeriod } from '../../../domain/period/parse-period.ts';
import type { Period } from '../../../domain/period/period.types.ts';
import { between, round } from './seeded-random.ts';

export type Health = 'green' | 'yellow' | 'red';

/** Most items on track, some slightly behind, a few clearly behind: what a real dashboard shows. */
export function pickHealth(random: () => number): Health {
  const r = random();
  return r < 0.72 ? 'green' : r < 0.9 ? 'yellow' : 'red';
}

// Share of a year's flow done in each month: slow January–February, a December rush.
const MONTH_WEIGHTS = [0.05, 0.06, 0.08, 0.08, 0.085, 0.09, 0.08, 0.08, 0.085, 0.085, 0.09, 0.145];

export function periodsOf(year: number, frequency: string, janFebCombined: boolean): Period[] {
  if (frequency === 'monthly')
    return Array.from({ length: 12 }, (_, i) => buildPeriod(year, 'month', i + 1)!).filter(
      (p) => !(janFebCombined && p.endMonth === 1),
    );
  if (frequency === 'quarterly') return [1, 2, 3, 4].map((q) => buildPeriod(year, 'quarter', q)!);
  return [buildPeriod(year, 'year', 1)!];
}

/** The cumulative share of the year's total done by the end of each month, with this year's noise. */
export function cumulativeShares(random: () => number): number[] {
  const w = MONTH_WEIGHTS.map((x) => x * between(random, 0.9, 1.1));
  const total = w.reduce((s, x) => s + x, 0);
  let acc = 0;
  return w.map((x) => (acc += x / total));
}

export interface SeriesSpec {
  kind: string;
  target: number;
  direction: 'up' | 'down' | 'band';
  percent: boolean;
  health: Health;
}

/** How far to the wrong side of a rate target each health lands (DESIGN's tolerance bands). */
function rateFor(spec: SeriesSpec, random: () => number, planYear: boolean): number {
  const g = spec.target;
  const tol = Math.max(0.2, 0.04 * Math.abs(g));
  const sign = spec.direction === 'down' ? -1 : 1;
  if (!planYear) return g + between(random, -1, 1) * Math.max(1, tol);
  const offset =
    spec.health === 'green'
      ? between(random, 0.1, 2) * tol
      : spec.health === 'yellow'
        ? -between(random, 1.2, 1.8) * tol
        : -between(random, 2.5, 4) * tol;
  return g + sign * offset;
}

/** One year of values of a series, for the periods given. */
export function seriesValues(
  spec: SeriesSpec,
  periods: Period[],
  yearIndex: number,
  planYear: boolean,
  random: () => number,
): number[] {
  if (spec.kind === 'ytd_value' || spec.kind === 'period_value') {
    const shares = cumulativeShares(random);
    const scale = planYear
      ? spec.health === 'green'
        ? between(random, 1.0, 1.08)
        : spec.health === 'yellow'
          ? between(random, 0.87, 0.92)
          : between(random, 0.65, 0.78)
      : (0.86 + 0.035 * yearIndex) * between(random, 0.97, 1.03);
    const total = spec.target * scale;
    return periods.map((p) => {
      const cum = shares[p.endMonth - 1];
      if (spec.kind === 'ytd_value') return round(total * cum, 2);
      const months =
        p.granularity === 'month' ? 1 : p.granularity === 'quarter' ? 3 : p.granularity === 'half' ? 6 : 12;
      const before = p.endMonth - months > 0 ? shares[p.endMonth - months - 1] : 0;
      return round(total * (cum - before), 2);
    });
  }
  return periods.map(() => {
    let v =
      spec.kind === 'ytd_growth'
        ? rateFor(spec, random, planYear)
        : levelFor(spec, random, planYear, yearIndex);
    if (spec.percent)
      v = Math.min(Math.max(v, spec.kind === 'level' ? 0 : -50), spec.kind === 'level' ? 99.9 : 200);
    return round(v, 2);
  });
}

function levelFor(spec: SeriesSpec, random: () => number, planYear: boolean, yearIndex: number): number {
  if (spec.direction === 'down') return rateFor(spec, random, planYear);
  // An up level (a share reaching 45%) climbs towards its target over the years.
  if (!planYear) return spec.target * (0.88 + 0.025 * yearIndex) * between(random, 0.99, 1.01);
  const factor =
    spec.health === 'green'
      ? between(random, 0.985, 1.02)
      : spec.health === 'yellow'
        ? between(random, 0.95, 0.97)
        : between(random, 0.88, 0.92);
  return spec.target * factor;
}
