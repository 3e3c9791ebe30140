import { getCatalogEntry } from '../../../domain/catalog/indicator-catalog.ts';
import { addDays, endOfChinaDay } from '../../../domain/period/calendar.ts';
import { buildPeriod, parsePeriod } from '../../../domain/period/parse-period.ts';
import type { Period } from '../../../domain/period/period.types.ts';
import { AppError, notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { isoDate, todayInChina } from '../../validation.ts';
import { listAssignments } from '../departments/assign-items.ts';
import { listPlanItems } from '../departments/plan-items.ts';
import { defaultSchedule, type Frequency, getSchedules, type Schedule } from './schedules.ts';

export type DueState = 'reported' | 'upcoming' | 'due_soon' | 'overdue' | 'escalated';

export interface DueItem {
  itemType: string;
  itemId: number;
  label: string;
  frequency: string;
  /**
   * The oldest period of the plan year closed by the as-of date and not reported (its state is
   * the item's state: an unreported July stays escalated in December); the latest closed period
   * when every one is reported.
   */
  period: string;
  /** Every closed period of the plan year not reported, oldest first. */
  unreportedPeriods: string[];
  /** Of those, how many are past their due date. */
  missedPeriods: number;
  dueDate: string;
  /** After this date the item is escalated (督办). */
  escalateAfter: string;
  state: DueState;
  /** Set for measures whose completion deadline has passed without a 已完成 report. */
  deadlineMissed: string | null;
  lastReportedAt: string | null;
}

export interface DepartmentDueList {
  departmentId: number | null;
  departmentName: string;
  items: DueItem[];
  counts: Record<DueState, number>;
}

function periodsOfYear(frequency: Frequency, year: number): Period[] {
  const out: Period[] = [];
  if (frequency === 'monthly') for (let m = 1; m <= 12; m++) out.push(buildPeriod(year, 'month', m)!);
  else if (frequency === 'quarterly') for (let q = 1; q <= 4; q++) out.push(buildPeriod(year, 'quarter', q)!);
  else if (frequency === 'half_yearly') for (let h = 1; h <= 2; h++) out.push(buildPeriod(year, 'half', h)!);
  else out.push(buildPeriod(year, 'year', 1)!);
  return out;
}

/** The last period of a frequency that ended on or before a date. */
export function latestClosedPeriod(frequency: Frequency, asOf: string): Period {
  const year = Number(asOf.slice(0, 4));
  const candidates = [...periodsOfYear(frequency, year - 1), ...periodsOfYear(frequency, year)];
  return candidates.filter((p) => p.end <= asOf).pop() ?? candidates[0];
}

/**
 * The periods a report is owed for by a date: those of the plan year closed by then. Before the
 * first closes, the last closed period (last year's final report).
 */
export function closedPeriods(
  frequency: Frequency,
  year: number,
  asOf: string,
  skip: (p: Period) => boolean = () => false,
): Period[] {
  const closed = periodsOfYear(frequency, year).filter((p) => p.end <= asOf && !skip(p));
  return closed.length > 0 ? closed : [latestClosedPeriod(frequency, asOf)];
}

function stateOf(
  schedule: Schedule,
  period: Period,
  asOf: string,
  reported: boolean,
  remindDays: number,
): [DueState, string, string] {
  const due = addDays(period.end, schedule.dueDay);
  const escalate = addDays(due, schedule.graceDays);
  if (reported) return ['reported', due, escalate];
  if (asOf > escalate) return ['escalated', due, escalate];
  if (asOf > due) return ['overdue', due, escalate];
  if (addDays(asOf, remindDays) >= due) return ['due_soon', due, escalate];
  return ['upcoming', due, escalate];
}

/**
 * What each department owes as of a date: items due soon (reminders), overdue, and past their
 * grace period (督办). Every closed period of the plan year is owed, so a month never reported
 * stays on the list (escalated) after later months close. A period counts as reported when a
 * value for it (indicators) or a progress report on it (other items) exists, confirmed or
 * awaiting review; an item reported 已完成 owes nothing more.
 */
export async function listDueItems(
  store: Store,
  input: {
    planId: number;
    asOf?: string;
    departmentId?: number;
    remindDays?: number;
    onlyOutstanding?: boolean;
  },
): Promise<DepartmentDueList[]> {
  if (input.asOf !== undefined && !isoDate.safeParse(input.asOf).success) {
    throw new AppError(
      'VALIDATION_FAILED',
      `asOf 应为有效日期 YYYY-MM-DD (asOf must be a date): ${input.asOf}`,
      {
        field: 'asOf',
        value: input.asOf,
      },
    );
  }
  const asOf = input.asOf ?? todayInChina();
  const remindDays = input.remindDays ?? 5;
  const plan = await store.db
    .selectFrom('plans')
    .select(['id', 'year', 'period_start', 'period_end'])
    .where('id', '=', input.planId)
    .executeTakeFirst();
  if (!plan) throw notFound('规划 (plan)', input.planId);
  const asOfYear = Number(asOf.slice(0, 4));
  // An annual plan owes its own year; a five-year plan the as-of year within its span.
  const year =
    plan.year ?? Math.min(Math.max(asOfYear, plan.period_start ?? asOfYear), plan.period_end ?? asOfYear);
  // What had been reported by the end of the as-of day: a past list is reproducible.
  const recordedBy = endOfChinaDay(asOf);
  const items = await listPlanItems(store, input.planId);
  const assignments = await listAssignments(store, input.planId, { departmentId: input.departmentId });
  const schedules = await getSchedules(store, input.planId);
  const indicators = await store.db
    .selectFrom('indicators')
    .select(['id', 'frequency', 'code'])
    .where('plan_id', '=', input.planId)
    .execute();
  const frequencyOf = new Map(indicators.map((i) => [i.id, i.frequency]));
  // Investment and retail sales publish January and February together: no January figure is owed.
  const janFeb = new Set(
    indicators.filter((i) => i.code && getCatalogEntry(i.code)?.janFebCombined).map((i) => i.id),
  );
  const lastReport = new Map<string, string>();
  /** Per indicator, the end dates of the periods it has a value for (2026-06 and 2026Q2 both end 06-30). */
  const observedEnds = new Map<number, Set<string>>();
  for (const o of await store.db
    .selectFrom('observations as o')
    .innerJoin('indicators as i', 'i.id', 'o.indicator_id')
    .select(['o.indicator_id', 'o.period_end', (eb) => eb.fn.max('o.recorded_at').as('last_at')])
    .where('i.plan_id', '=', input.planId)
    .where('o.status', 'in', ['confirmed', 'submitted'])
    .where('o.recorded_at', '<=', recordedBy)
    .groupBy(['o.indicator_id', 'o.period_end'])
    .execute()) {
    const set = observedEnds.get(o.indicator_id) ?? new Set<string>();
    set.add(o.period_end);
    observedEnds.set(o.indicator_id, set);
    // An indicator is reported by its data: its latest value is its last report.
    const key = `indicator:${o.indicator_id}`;
    const at = String(o.last_at);
    if (!lastReport.has(key) || at > lastReport.get(key)!) lastReport.set(key, at);
  }
  const reports = await store.db
    .selectFrom('progress_reports')
    .select(['item_type', 'item_id', 'status', 'period', 'recorded_at'])
    .where('plan_id', '=', input.planId)
    .where('review_status', 'in', ['confirmed', 'submitted'])
    .where('recorded_at', '<=', recordedBy)
    .execute();
  const reportsOf = new Map<string, typeof reports>();
  const done = new Set<string>();
  for (const r of reports) {
    const key = `${r.item_type}:${r.item_id}`;
    reportsOf.set(key, [...(reportsOf.get(key) ?? []), r]);
    if (!lastReport.has(key) || r.recorded_at > lastReport.get(key)!) lastReport.set(key, r.recorded_at);
    if (r.status === 'done') done.add(key);
  }

  const byKey = new Map(items.map((i) => [`${i.type}:${i.id}`, i]));
  const lists = new Map<number, DepartmentDueList>();
  for (const a of assignments) {
    if (a.role !== 'lead') continue;
    const key = `${a.itemType}:${a.itemId}`;
    const item = byKey.get(key);
    if (!item) continue;
    const schedule =
      schedules.get(key) ??
      defaultSchedule(item.type, item.type === 'indicator' ? (frequencyOf.get(item.id) ?? null) : null);
    const skipJanuary = item.type === 'indicator' && janFeb.has(item.id);
    const owed = closedPeriods(
      schedule.frequency,
      year,
      asOf,
      (p) => skipJanuary && p.granularity === 'month' && p.endMonth === 1,
    );
    const reported =
      item.type === 'indicator'
        ? reportedByObservation(observedEnds.get(item.id))
        : reportedByProgress(reportsOf.get(key) ?? [], schedule.frequency);
    const unreported = done.has(key) ? [] : owed.filter((p) => !reported(p));
    const period = unreported[0] ?? owed[owed.length - 1];
    const [state, dueDate, escalateAfter] = stateOf(
      schedule,
      period,
      asOf,
      unreported.length === 0,
      remindDays,
    );
    const missedPeriods = unreported.filter((p) => addDays(p.end, schedule.dueDay) < asOf).length;
    const last = lastReport.get(key) ?? null;
    const deadlineMissed =
      schedule.deadline && schedule.deadline < asOf && !done.has(key) ? schedule.deadline : null;
    if (input.onlyOutstanding && state === 'reported' && !deadlineMissed) continue;
    let list = lists.get(a.departmentId);
    if (!list) {
      list = {
        departmentId: a.departmentId,
        departmentName: a.departmentName,
        items: [],
        counts: { reported: 0, upcoming: 0, due_soon: 0, overdue: 0, escalated: 0 },
      };
      lists.set(a.departmentId, list);
    }
    list.items.push({
      itemType: item.type,
      itemId: item.id,
      label: item.label,
      frequency: schedule.frequency,
      period: period.key,
      unreportedPeriods: unreported.map((p) => p.key),
      missedPeriods,
      dueDate,
      escalateAfter,
      state,
      deadlineMissed,
      lastReportedAt: last,
    });
    list.counts[state]++;
  }
  return [...lists.values()].sort(
    (a, b) => b.counts.escalated + b.counts.overdue - (a.counts.escalated + a.counts.overdue),
  );
}

/** An indicator's period is reported when a value for a period ending the same day exists. */
function reportedByObservation(ends: Set<string> | undefined): (p: Period) => boolean {
  return (p) => ends?.has(p.end) ?? false;
}

/**
 * A progress report covers the period it names, or, naming none, the period that had last
 * closed when it was made (a report on 2 July is the June or second-quarter report).
 */
function reportedByProgress(
  reports: Array<{ period: string | null; recorded_at: string }>,
  frequency: Frequency,
): (p: Period) => boolean {
  const covered = reports.map((r) => {
    const named = r.period ? parsePeriod(r.period) : null;
    return named ? named.end : latestClosedPeriod(frequency, r.recorded_at.slice(0, 10)).end;
  });
  return (p) => covered.some((end) => end >= p.start && end <= p.end);
}
