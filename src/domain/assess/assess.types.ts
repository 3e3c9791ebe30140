import type { PaceMethod } from '../pace/compute-pace.ts';
import type { Direction, Target } from '../target/target.types.ts';
import type { ThresholdOverrides } from './thresholds.ts';

export type ItemType = 'indicator' | 'commitment' | 'project' | 'measure';

/** How a statistic is published (DESIGN "Observations"). */
export type ObservationKind = 'ytd_value' | 'ytd_growth' | 'period_value' | 'level';

export type AssessmentStatus =
  | 'achieved'
  | 'on_track'
  | 'at_risk'
  | 'off_track'
  | 'pending'
  | 'no_data'
  | 'basically_achieved'
  | 'missed';

export type StatusColor = 'green' | 'yellow' | 'red' | 'grey';
export type Severity = 'high' | 'normal';

/** One value of a series; corrections are new revisions, never overwrites. */
export interface Observation {
  /** `2026`, `2026Q2`, `2026H1`, `2026-06` or an SDMX / Chinese form parsePeriod reads. */
  period: string;
  kind: ObservationKind;
  value: number;
  unit?: string | null;
  region?: string | null;
  revision: number;
  /** ISO datetime the revision was recorded. */
  recordedAt: string;
  recordedBy?: string | null;
  source?: string | null;
  vintage?: string | null;
}

/** A person's judgement of a qualitative target (持续改善, 保持稳定). */
export interface ManualJudgement {
  status: AssessmentStatus;
  note?: string | null;
  by: string;
  /** ISO datetime. */
  at: string;
}

/** The number a higher level assigned to an external target (完成国家下达目标). */
export interface AssignedValue {
  value: number;
  unit?: string | null;
  by: string;
  at: string;
}

export interface IndicatorItem {
  type?: 'indicator';
  id: string | number;
  name: string;
  attribute?: 'expected' | 'binding';
  target?: Target | null;
  /** Overrides the target's direction when set (users may edit it). */
  direction?: Direction | null;
  /** The kind of observation the target is judged on; inferred from the target when absent. */
  observationKind?: ObservationKind | null;
  /** True for amounts that accumulate over the year (jobs, investment, parks). */
  flow?: boolean;
  /** The indicator's base unit (人, 元, %). */
  unit?: string | null;
  planYear: number;
  /** For five-year targets: the first and last year of the plan period (2026, 2030). */
  periodStart?: number | null;
  periodEnd?: number | null;
  /** Only observations of this region count when set. */
  region?: string | null;
  /** Last year's value when no observation of it is stored (from the plan's outcomes). */
  baseline?: { value: number; period?: string } | null;
  /** Indicator-level thresholds, merged over the plan's. */
  thresholds?: ThresholdOverrides | null;
}

export interface IndicatorAssessmentInput {
  item: IndicatorItem;
  /** The full history: earlier years and every revision. */
  observations: Observation[];
  /** Observations of the referenced indicator, for relative targets. */
  referenceObservations?: Observation[];
  judgements?: ManualJudgement[];
  assignedValues?: AssignedValue[];
  /** Reference date YYYY-MM-DD: periods ending after it are ignored. */
  asOf: string;
  /** ISO datetime: revisions recorded after it are ignored. */
  knownAt: string;
  /** Plan-level thresholds. */
  thresholds?: ThresholdOverrides | null;
}

/**
 * What an input row is to the rule: the value judged, the start of a trajectory, the series a
 * relative target compares with, the number a higher level assigned, a person's judgement, or an
 * amount a derived value was computed from.
 */
export type InputRole = 'actual' | 'baseline' | 'reference' | 'assigned' | 'judgement' | 'derived_from';

export interface AssessmentInputRow {
  /** Absent on rows from older callers; every rule sets it. */
  role?: InputRole;
  period: string | null;
  /** An observation kind, or 'assigned' / 'judgement' / 'baseline' / 'progress'. */
  kind: string;
  /** null for rows without a number (a qualitative judgement). */
  value: number | null;
  unit: string | null;
  revision: number | null;
  recordedAt: string | null;
  source: string | null;
  recordedBy?: string | null;
  /** For a `reference` row: the indicator it belongs to (地区生产总值). */
  series?: string | null;
}

export interface Explanation {
  /** Stable code of the rule applied. */
  rule: AssessmentRule;
  ruleZh: string;
  inputs: AssessmentInputRow[];
  /** The numbers compared and the thresholds used. */
  comparison: Record<string, number | string | boolean | null>;
  pace?: { share: number; method: PaceMethod; yearsUsed: number[]; note?: string };
  /** One plain sentence a report would use. */
  summaryZh: string;
  /** The latest data is older than the frequency's usual release delay. */
  late?: boolean;
  /**
   * Periods of a period_value series missing before its latest one: the amount is then judged only
   * up to the last contiguous period (see docs/assessment.md), never on an understated sum.
   */
  missingPeriods?: string[];
  /** How the series' figures were read, when not as written (a reduction-named series). */
  seriesNote?: string;
}

export type AssessmentRule =
  | 'flow_pace'
  | 'rate_vs_level'
  | 'year_end_level'
  | 'relative'
  | 'external'
  | 'qualitative'
  | 'multi_year_cagr'
  | 'commitment_progress'
  | 'project_stage'
  | 'measure_progress'
  | 'no_target';

export interface Assessment {
  status: AssessmentStatus;
  color: StatusColor;
  severity: Severity;
  expected: { value: number; unit: string | null; share?: number } | null;
  actual: { value: number; unit: string | null; period: string | null; kind: string } | null;
  /** actual − expected, in the expected value's unit (percentage points for rates). */
  gap: number | null;
  projection: { value: number; unit: string | null; sentence: string } | null;
  explanation: Explanation;
}
