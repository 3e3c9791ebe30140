import type { AssessmentStatus } from './assess.types.ts';
import type { Thresholds } from './thresholds.ts';

/** Float noise must not push an exact boundary (285000 / 300000 = 0.95) to the wrong side. */
const EPS = 1e-9;
const atLeast = (a: number, b: number) => a >= b - EPS * Math.max(1, Math.abs(b));
const atMost = (a: number, b: number) => a <= b + EPS * Math.max(1, Math.abs(b));

export interface FlowInput {
  actual: number;
  /** The annual total T (> 0 for meaningful ratios). */
  total: number;
  /** Pace share s (0..1) at the end of the data period. */
  share: number;
  /** 左右 lets the total count as reached within the quantity tolerance. */
  approx: boolean;
  /** down: the total is a cap (控制在…以内). */
  direction: 'up' | 'down';
  /** The year is over and the data covers it all: final statuses. */
  final: boolean;
  thresholds: Thresholds;
}

export interface FlowJudgement {
  status: AssessmentStatus;
  expected: number;
  /** actual / expected (Infinity when nothing is expected yet). */
  ratio: number;
  /** actual / T. */
  completion: number;
  /** (completion − s) in percentage points: negative is behind pace for up flows. */
  pointsVsPace: number;
  /** actual / s: the year-end estimate; null when s is 0. */
  projected: number | null;
  /** The projection reaches the total (up) or stays within the cap (down). */
  projectionOk: boolean | null;
  tolerance: number;
}

/**
 * Judges a cumulative amount against an annual total at pace s (DESIGN "Flows").
 *
 * Up: achieved once actual ≥ T (− 4% for 左右); in the year ratio = actual / (T × s): green
 * ≥ 0.95, yellow ≥ 0.85 ('points_behind' mode: behind pace < 10 points green, ≤ 30 yellow);
 * final: ≥ 0.95 T basically achieved, else missed. Down (a cap) mirrors it: green while
 * ratio ≤ 2 − 0.95, yellow ≤ 2 − 0.85, and off track once the cap is already exceeded.
 *
 * @example
 * // 60万人 target, 28.5万 by June (s = 0.5): ratio 0.95 → on_track
 * judgeFlow({ actual: 285000, total: 600000, share: 0.5, approx: false, direction: 'up', final: false, thresholds })
 */
export function judgeFlow(input: FlowInput): FlowJudgement {
  const { actual, total, share, thresholds: t } = input;
  const tolerance = input.approx ? t.quantityToleranceShare * Math.abs(total) : 0;
  const expected = total * share;
  const ratio =
    expected !== 0 ? actual / expected : actual > 0 ? Number.POSITIVE_INFINITY : actual < 0 ? -1 : 1;
  const completion = total !== 0 ? actual / total : 0;
  const pointsVsPace = (completion - share) * 100;
  const projected = share > 0 ? actual / share : null;
  const base = { expected, ratio, completion, pointsVsPace, projected, tolerance };

  if (input.direction === 'down') {
    // A projection that lands on the cap within float noise stays within it.
    const projectionOk = projected === null ? null : atMost(projected, total + tolerance);
    if (input.final) {
      const status: AssessmentStatus = atMost(actual, total + tolerance)
        ? 'achieved'
        : atMost(actual, total * (2 - t.basicallyAchievedFlowRatio))
          ? 'basically_achieved'
          : 'missed';
      return { status, projectionOk, ...base };
    }
    if (actual > total + tolerance) return { status: 'off_track', projectionOk, ...base };
    const over = t.flowMode === 'ratio' ? ratio : pointsVsPace;
    const [green, yellow] =
      t.flowMode === 'ratio'
        ? [2 - t.flowGreenRatio, 2 - t.flowYellowRatio]
        : [t.flowYellowPoints, t.flowRedPoints];
    const status: AssessmentStatus =
      t.flowMode === 'ratio'
        ? atMost(over, green)
          ? 'on_track'
          : atMost(over, yellow)
            ? 'at_risk'
            : 'off_track'
        : over < green
          ? 'on_track'
          : atMost(over, yellow)
            ? 'at_risk'
            : 'off_track';
    return { status, projectionOk, ...base };
  }

  // 240000 / 0.4 is 599999.99999999994: a projection equal to T within float noise reaches it.
  const projectionOk = projected === null ? null : atLeast(projected, total - tolerance);
  if (atLeast(actual, total - tolerance)) return { status: 'achieved', projectionOk, ...base };
  if (input.final) {
    const status: AssessmentStatus = atLeast(actual, total * t.basicallyAchievedFlowRatio)
      ? 'basically_achieved'
      : 'missed';
    return { status, projectionOk, ...base };
  }
  let status: AssessmentStatus;
  if (t.flowMode === 'points_behind') {
    const behind = -pointsVsPace;
    status =
      behind < t.flowYellowPoints - EPS
        ? 'on_track'
        : atMost(behind, t.flowRedPoints)
          ? 'at_risk'
          : 'off_track';
  } else {
    status = atLeast(ratio, t.flowGreenRatio)
      ? 'on_track'
      : atLeast(ratio, t.flowYellowRatio)
        ? 'at_risk'
        : 'off_track';
  }
  return { status, projectionOk, ...base };
}
