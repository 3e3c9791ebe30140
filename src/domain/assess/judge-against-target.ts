import type { Comparator, Direction } from '../target/target.types.ts';
import type { Thresholds } from './thresholds.ts';

export type Band = 'green' | 'yellow' | 'red';

export interface TargetSpec {
  comparator: Comparator | null;
  value: number | null;
  min?: number | null;
  max?: number | null;
  direction: Direction | null;
}

export interface Judgement {
  band: Band;
  tolerance: number;
  /** The green interval: null is unbounded on that side. */
  lower: number | null;
  upper: number | null;
  /** How far outside the green interval on the wrong side (0 inside). */
  shortfall: number;
  /** Which side was judged: the direction after the comparator is taken into account. */
  sides: 'lower' | 'upper' | 'both';
}

/** Float noise must not move 4.8 out of [4.8, ∞). */
const EPS = 1e-9;

/**
 * The tolerance t of a target: for rates max(0.2 pp, 4% of |target|), for quantities 4% of
 * the target (defaults; see Thresholds).
 */
export function toleranceOf(reference: number, isRate: boolean, t: Thresholds): number {
  if (isRate) return Math.max(t.rateToleranceMinPoints, t.rateToleranceShare * Math.abs(reference));
  return t.quantityToleranceShare * Math.abs(reference);
}

/**
 * Judges a value against a level-like target, in its direction (DESIGN "Rates against a level").
 * `以上`/`不低于` bound below, `以内`/`不超过` bound above; 左右, a bare number and ranges take the
 * indicator's direction, and 左右 with a direction is one-sided: for up, green from X − t; for
 * down, green up to X + t; only band indicators are judged on both sides. Yellow reaches t further
 * on the wrong side; red beyond.
 *
 * @example
 * // 增长5%左右, up: 4.8 green, 4.6 yellow, 4.59 red
 * judgeAgainstTarget(4.8, { comparator: 'approx', value: 5, direction: 'up' }, true, DEFAULT_THRESHOLDS).band // 'green'
 * // 涨幅2%左右 (CPI), down: 0.5 green — far below a ceiling is not a miss
 * judgeAgainstTarget(0.5, { comparator: 'approx', value: 2, direction: 'down' }, true, DEFAULT_THRESHOLDS).band // 'green'
 */
export function judgeAgainstTarget(
  actual: number,
  spec: TargetSpec,
  isRate: boolean,
  thresholds: Thresholds,
  /** The number the tolerance is computed from, when `spec.value` is a moved point (trajectory). */
  toleranceReference?: number,
): Judgement {
  const { comparator } = spec;
  const direction = spec.direction ?? (comparator === 'range' ? 'band' : 'up');
  let lower: number | null = null;
  let upper: number | null = null;
  let reference: number;

  if (comparator === 'range' && spec.min != null && spec.max != null) {
    const lo = Math.min(spec.min, spec.max);
    const hi = Math.max(spec.min, spec.max);
    reference = Math.max(Math.abs(lo), Math.abs(hi));
    lower = direction === 'down' ? null : lo;
    upper = direction === 'up' ? null : hi;
  } else {
    const x = spec.value ?? spec.min ?? spec.max ?? 0;
    reference = toleranceReference ?? x;
    const t = toleranceOf(reference, isRate, thresholds);
    const slack =
      comparator === 'approx' || (direction === 'band' && comparator !== 'gte' && comparator !== 'lte')
        ? t
        : 0;
    if (comparator === 'gte') lower = x;
    else if (comparator === 'lte') upper = x;
    else if (direction === 'down') upper = x + slack;
    else if (direction === 'band') {
      lower = x - slack;
      upper = x + slack;
    } else lower = x - slack;
  }
  const sides: Judgement['sides'] =
    lower !== null && upper !== null ? 'both' : lower !== null ? 'lower' : 'upper';
  const tolerance = toleranceOf(reference, isRate, thresholds);
  let shortfall = 0;
  if (lower !== null && actual < lower - EPS) shortfall = lower - actual;
  if (upper !== null && actual > upper + EPS) shortfall = actual - upper;
  const band: Band = shortfall === 0 ? 'green' : shortfall <= tolerance + EPS ? 'yellow' : 'red';
  return { band, tolerance, lower, upper, shortfall, sides };
}
