/**
 * Early-warning types (预警). Rules are pure: they read the assessment of a plan and the facts of
 * its data collection and say which conditions hold now. Each condition has a stable key, so the
 * service keeps one alert per condition however often it evaluates.
 */

export type AlertSeverity = 'high' | 'medium' | 'low';

export const SEVERITY_ORDER: Record<AlertSeverity, number> = { high: 3, medium: 2, low: 1 };

export type AlertRule =
  | 'binding_not_on_track'
  | 'off_track'
  | 'at_risk'
  | 'projected_miss'
  | 'data_overdue'
  | 'milestone_missed'
  | 'value_revised'
  | 'review_waiting';

export const ALERT_RULES: readonly AlertRule[] = [
  'binding_not_on_track',
  'off_track',
  'at_risk',
  'projected_miss',
  'data_overdue',
  'milestone_missed',
  'value_revised',
  'review_waiting',
];

export type AlertItemType = 'indicator' | 'commitment' | 'project' | 'measure' | 'submission';

export interface AlertItemRef {
  type: AlertItemType;
  id: number;
  name: string;
}

/** A value with its unit as the assessment states it (never a raw stage code). */
export interface AlertValue {
  value: number;
  unit: string | null;
}

type Param =
  | string
  | number
  | boolean
  | null
  | readonly Param[]
  | { readonly [k: string]: Param | undefined };

/** One condition that holds now. `key` is stable across evaluations of the same fact. */
export interface AlertCondition {
  key: string;
  rule: AlertRule;
  severity: AlertSeverity;
  item: AlertItemRef;
  department: string | null;
  /** What the alert says, as a message code and parameters (rendered by src/i18n). */
  message: { code: string; params: { readonly [k: string]: Param | undefined } };
}

/** What the rules read of one assessed item (a subset of the service's AssessedItem). */
export interface AssessedFact {
  type: 'indicator' | 'commitment' | 'project' | 'measure';
  id: number;
  name: string;
  attribute: 'expected' | 'binding' | null;
  department: string | null;
  status: string;
  target: string | null;
  expected: AlertValue | null;
  actual: (AlertValue & { period: string | null; kind: string }) | null;
  /** A stage-judged project: the stage reached and the stage planned, as codes the catalog words. */
  stage?: { reached: string | null; planned: string | null } | null;
  projection: (AlertValue & { sentence: string; likelyMissed?: boolean }) | null;
}

export interface OverdueFact {
  type: 'indicator' | 'commitment' | 'project' | 'measure';
  id: number;
  name: string;
  department: string | null;
  /** Periods owed and past their grace period. */
  periods: string[];
  escalateAfter: string;
}

export interface MilestoneFact {
  projectId: number;
  projectName: string;
  department: string | null;
  milestoneId: number;
  milestone: string;
  plannedDate: string;
}

export interface RevisionFact {
  indicatorId: number;
  indicatorName: string;
  department: string | null;
  period: string;
  revision: number;
  previous: number;
  current: number;
  unit: string | null;
}

export interface PendingSubmissionFact {
  submissionId: number;
  department: string | null;
  period: string | null;
  submittedAt: string;
}

/** Everything the rules read, for one plan at one date. */
export interface AlertFacts {
  /** YYYY-MM-DD (China). */
  asOf: string;
  assessed: AssessedFact[];
  overdue: OverdueFact[];
  milestones: MilestoneFact[];
  revisions: RevisionFact[];
  pendingSubmissions: PendingSubmissionFact[];
}

/** Per-plan rule settings; every field has a default (DEFAULT_ALERT_SETTINGS). */
export interface AlertSettings {
  /** Rules switched off. */
  disabled: AlertRule[];
  /** Severity per rule, overriding the rule's own. */
  severity: Partial<Record<AlertRule, AlertSeverity>>;
  /** A revision changing a value by more than this share (0.1 = 10%) raises value_revised. */
  revisionThreshold: number;
  /** A submission waiting longer than this many days raises review_waiting. */
  reviewWaitDays: number;
  /** An alert still open after this many days escalates one level (department → leader → plan office). */
  escalateAfterDays: number;
  /** Cron of the scheduled evaluation, in `timezone`. */
  cron: string;
  timezone: string;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  disabled: [],
  severity: {},
  revisionThreshold: 0.1,
  reviewWaitDays: 5,
  escalateAfterDays: 7,
  cron: '0 8 * * *',
  timezone: 'Asia/Shanghai',
};
