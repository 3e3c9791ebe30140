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

export interface ThresholdIssue {
  /** The field at fault, as it is named in the settings (flowGreenRatio, lateDays.month). */
  path: string;
  message: string;
}

/** Ratios compared with actual / expected or observed / required: a share of the target, (0, 2]. */
const RATIOS = [
  'flowGreenRatio',
  'flowYellowRatio',
  'multiYearOnTrack',
  'multiYearAtRisk',
  'basicallyAchievedFlowRatio',
] as const;
/** Tolerances as a share of the target: 0 (none) to 1 (the whole target). */
const SHARES = ['rateToleranceShare', 'quantityToleranceShare'] as const;
/** Tolerances in percentage points or points behind pace. */
const POINTS = [
  'flowYellowPoints',
  'flowRedPoints',
  'rateToleranceMinPoints',
  'relativeGreenPoints',
  'relativeYellowPoints',
] as const;
/** [stricter, looser]: the green bound must not be looser than the yellow one. */
const ORDERED: Array<{ green: keyof Thresholds; yellow: keyof Thresholds; higherIsStricter: boolean }> = [
  { green: 'flowGreenRatio', yellow: 'flowYellowRatio', higherIsStricter: true },
  { green: 'multiYearOnTrack', yellow: 'multiYearAtRisk', higherIsStricter: true },
  { green: 'flowYellowPoints', yellow: 'flowRedPoints', higherIsStricter: false },
  { green: 'relativeGreenPoints', yellow: 'relativeYellowPoints', higherIsStricter: false },
];

/**
 * Every problem with a set of threshold overrides, one issue per field, judged on the settings
 * they produce merged over `inherited` (the defaults, or the plan's for an indicator): a ratio
 * outside (0, 2], a negative tolerance, or a green bound looser than its yellow one (green ratio
 * 0.8 with yellow 0.85 would make yellow unreachable and colour a worse result greener). Empty
 * when the overrides are usable.
 *
 * @example
 * checkThresholds({ flowGreenRatio: 0.8 }) // [{ path: 'flowGreenRatio', message: '… ≥ flowYellowRatio (0.85) …' }]
 */
export function checkThresholds(
  overrides: ThresholdOverrides,
  inherited: Readonly<Thresholds> = DEFAULT_THRESHOLDS,
): ThresholdIssue[] {
  const issues: ThresholdIssue[] = [];
  const set = (k: string) => (overrides as Record<string, unknown>)[k] != null;
  const num = (k: string) => (overrides as Record<string, unknown>)[k] as number;
  const bad = (k: string, message: string) => issues.push({ path: k, message });
  for (const k of RATIOS) {
    if (set(k) && !(Number.isFinite(num(k)) && num(k) > 0 && num(k) <= 2))
      bad(k, `必须大于0且不超过2 (a ratio in (0, 2]): ${num(k)}`);
  }
  for (const k of SHARES) {
    if (set(k) && !(Number.isFinite(num(k)) && num(k) >= 0 && num(k) <= 1))
      bad(k, `必须在0到1之间 (a share of the target in [0, 1]): ${num(k)}`);
  }
  for (const k of POINTS) {
    if (set(k) && !(Number.isFinite(num(k)) && num(k) >= 0))
      bad(k, `不能为负数 (must not be negative): ${num(k)}`);
  }
  for (const [g, days] of Object.entries(overrides.lateDays ?? {})) {
    if (days != null && !(Number.isInteger(days) && days >= 0))
      bad(`lateDays.${g}`, `必须是非负整数天数 (whole days, not negative): ${days}`);
  }
  if (
    overrides.seasonalMinYears != null &&
    !(Number.isInteger(overrides.seasonalMinYears) && overrides.seasonalMinYears >= 1)
  )
    bad('seasonalMinYears', `至少为1年 (at least 1): ${overrides.seasonalMinYears}`);
  if (issues.length > 0) return issues;
  const merged = mergeThresholds(inherited as ThresholdOverrides, overrides);
  for (const { green, yellow, higherIsStricter } of ORDERED) {
    const [g, y] = [merged[green] as number, merged[yellow] as number];
    if (higherIsStricter ? g >= y : g <= y) continue;
    const relation = higherIsStricter ? '≥' : '≤';
    for (const [k, other] of [
      [green, yellow],
      [yellow, green],
    ] as const) {
      if (set(k))
        bad(k, `与 ${other} 不一致 (inconsistent): ${green} (${g}) 必须 ${relation} ${yellow} (${y})`);
    }
  }
  return issues;
}
