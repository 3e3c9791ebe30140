import type { Granularity } from '../period/period.types.ts';
import type {
  Assessment,
  AssessmentInputRow,
  AssessmentStatus,
  InputRole,
  Observation,
} from './assess.types.ts';
import type { SelectedObservation } from './select-observations.ts';
import { colorOf } from './status-labels.ts';
import type { Thresholds } from './thresholds.ts';

/** A rule's verdict before colour and severity, which follow from the status alone. */
export type RuleResult = Omit<Assessment, 'color' | 'severity'>;

/**
 * Adds colour and severity. Binding (约束性) items raise high severity for anything not green,
 * including pending and no_data: a binding target nobody can judge is itself a risk.
 */
export function finishAssessment(result: RuleResult, binding: boolean): Assessment {
  const color = colorOf(result.status);
  const tidied = tidyNumbers(result);
  return { ...tidied, color, severity: binding && color !== 'green' ? 'high' : 'normal' };
}

/** 12 significant digits: the verdict is already made; readers should not see 0.2999999999999998. */
function tidy(n: number): number {
  return Number.isFinite(n) && n !== 0 ? Number(n.toPrecision(12)) : n;
}

function tidyNumbers<T>(value: T): T {
  if (typeof value === 'number') return tidy(value) as T;
  if (Array.isArray(value)) return value.map(tidyNumbers) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidyNumbers(v)])) as T;
  }
  return value;
}

export function toInputRow(o: Observation, role: InputRole = 'actual'): AssessmentInputRow {
  return {
    role,
    period: o.period,
    kind: o.kind,
    value: o.value,
    unit: o.unit ?? null,
    revision: o.revision,
    recordedAt: o.recordedAt,
    source: o.source ?? null,
    ...(o.recordedBy ? { recordedBy: o.recordedBy } : {}),
  };
}

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The latest data is older than its frequency's usual release delay. */
export function isLate(latest: SelectedObservation, asOf: string, t: Thresholds): boolean {
  return daysBetween(latest.parsedPeriod.end, asOf) > t.lateDays[latest.parsedPeriod.granularity];
}

/** The share (0..1) of `year` elapsed at the end of day `date`; clamped to the year. */
export function elapsedShareOfDate(date: string, year: number): number {
  const start = dayNumber(`${year}-01-01`);
  const length = dayNumber(`${year + 1}-01-01`) - start;
  const done = dayNumber(date) - start + 1;
  return Math.min(1, Math.max(0, done / length));
}

/** A judgement the rule could not make, with the reason as its summary. */
export function undetermined(
  status: Extract<AssessmentStatus, 'pending' | 'no_data'>,
  rule: RuleResult['explanation']['rule'],
  ruleZh: string,
  summaryZh: string,
  comparison: RuleResult['explanation']['comparison'] = {},
): RuleResult {
  return {
    status,
    expected: null,
    actual: null,
    gap: null,
    projection: null,
    explanation: { rule, ruleZh, inputs: [], comparison, summaryZh },
  };
}

/** The year is over at `asOf` (the report of the year can be final). */
export function isYearClosed(asOf: string, year: number): boolean {
  return asOf >= `${year}-12-31`;
}

export interface Finality {
  /** Final statuses (achieved / basically achieved / missed) apply. */
  final: boolean;
  /** Final, but judged on data that does not cover the whole year: the full-year figure is overdue. */
  partial: boolean;
}

/**
 * When a year's judgement becomes final. With the full year's data, as soon as the year has
 * closed. Without it, a plan office waits for the December (or annual) figure while it can still
 * arrive on time — in January, 1—11月 data says nothing final — and once it is overdue (more than
 * `lateDays` of the series' granularity after 31 December) judges the latest data as final, flagged
 * late, rather than leaving the year unjudged.
 */
export function finalityOf(
  asOf: string,
  year: number,
  latestEndMonth: number,
  granularity: Granularity,
  t: Thresholds,
): Finality {
  if (!isYearClosed(asOf, year)) return { final: false, partial: false };
  if (latestEndMonth === 12) return { final: true, partial: false };
  const overdue = daysBetween(`${year}-12-31`, asOf) > t.lateDays[granularity];
  return { final: overdue, partial: overdue };
}
