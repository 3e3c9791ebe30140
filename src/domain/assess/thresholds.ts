import type { Granularity } from '../period/period.types.ts';

/** Every number the rules compare against; see docs/assessment.md for each default. */
export interface Thresholds {
  /** Flows: 'ratio' (actual / expected) or 'points_behind' (percentage points behind pace). */
  flowMode: 'ratio' | 'points_behind';
  flowGreenRatio: number;
  flowYellowRatio: number;
  /** points_behind mode: green under this many points behind pace … */
  flowYellowPoints: number;
  /** … yellow up to this many, red beyond. */
  flowRedPoints: number;
  /** Rate tolerance t = max(rateToleranceMinPoints, rateToleranceShare × |target|). */
  rateToleranceMinPoints: number;
  rateToleranceShare: number;
  /** Tolerance of 左右 on quantities, as a share of the target (60家左右 → ±4%). */
  quantityToleranceShare: number;
  /** 基本同步: green within this many points of the reference … */
  relativeGreenPoints: number;
  /** … yellow up to this many, red beyond. */
  relativeYellowPoints: number;
  /** Multi-year R (observed / required annual rate): on track at or above … */
  multiYearOnTrack: number;
  /** … needs acceleration at or above, limited progress below (and going the wrong way below 0). */
  multiYearAtRisk: number;
  /** After the year closes, a flow at or above this share of its total is basically achieved. */
  basicallyAchievedFlowRatio: number;
  /** Learn seasonal pace from this many complete earlier years (else elapsed time). */
  seasonalMinYears: number;
  /** Days after a period's end before its data counts as late, by the period's length. */
  lateDays: Record<Granularity, number>;
  /** Year-end levels: judge mid-year values against a straight line from last year's value. */
  levelTrajectory: boolean;
}

/** What a plan or an indicator may set: any subset, lateDays per granularity. */
export type ThresholdOverrides = Partial<Omit<Thresholds, 'lateDays'>> & {
  lateDays?: Partial<Record<Granularity, number>>;
};

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  flowMode: 'ratio',
  flowGreenRatio: 0.95,
  flowYellowRatio: 0.85,
  flowYellowPoints: 10,
  flowRedPoints: 30,
  rateToleranceMinPoints: 0.2,
  rateToleranceShare: 0.04,
  quantityToleranceShare: 0.04,
  relativeGreenPoints: 0.5,
  relativeYellowPoints: 1,
  multiYearOnTrack: 0.95,
  multiYearAtRisk: 0.6,
  basicallyAchievedFlowRatio: 0.95,
  seasonalMinYears: 2,
  lateDays: Object.freeze({ month: 45, quarter: 60, half: 75, year: 150 }),
  levelTrajectory: true,
}) as Readonly<Thresholds>;

/**
 * Defaults, then plan-level, then indicator-level settings; `undefined`/`null` entries do not
 * override (a form that leaves a field blank keeps the inherited value).
 */
export function mergeThresholds(...layers: Array<ThresholdOverrides | null | undefined>): Thresholds {
  const out: Thresholds = { ...DEFAULT_THRESHOLDS, lateDays: { ...DEFAULT_THRESHOLDS.lateDays } };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) {
      if (v === undefined || v === null) continue;
      if (k === 'lateDays') out.lateDays = { ...out.lateDays, ...(v as Partial<Thresholds['lateDays']>) };
      else (out as unknown as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}
