import { buildPeriod } from '../../../domain/period/parse-period.ts';
import type { Period } from '../../../domain/period/period.types.ts';
import { AppError } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { isoDate } from '../../validation.ts';
import { listAssignments } from '../departments/assign-items.ts';
import { listPlanItems } from '../departments/plan-items.ts';
import { defaultSchedule, type Frequency, getSchedules, type Schedule } from './schedules.ts';

export type DueState = 'reported' | 'upcoming' | 'due_soon' | 'overdue' | 'escalated';

export interface DueItem {
  itemType: string;
  itemId: number;
  label: string;
  frequency: string;
  /** The latest period closed by the as-of date: the one a report is expected for. */
  period: string;
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

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last period of a frequency that ended on or before a date. */
export function latestClosedPeriod(frequency: Frequency, asOf: string): Period {
  const year = Number(asOf.slice(0, 4));
  const candidates: Period[] = [];
  for (const y of [year - 1, year]) {
    if (frequency === 'monthly') for (let m = 1; m <= 12; m++) candidates.push(buildPeriod(y, 'month', m)!);
    else if (frequency === 'quarterly')
      for (let q = 1; q <= 4; q++) candidates.push(buildPeriod(y, 'quarter', q)!);
    else if (frequency === 'half_yearly')
      for (let h = 1; h <= 2; h++) candidates.push(buildPeriod(y, 'half', h)!);
    else candidates.push(buildPeriod(y, 'year', 1)!);
  }
  return candidates.filter((p) => p.end <= asOf).pop() ?? candidates[0];
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
 * grace period (督办). An item counts as reported when a value for its period (indicators) or a
 * progress report after the period closed (other items) exists, confirmed or awaiting review.
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
    throw new AppError('BAD_REQUEST', `asOf 应为有效日期 YYYY-MM-DD (asOf must be a date): ${input.asOf}`);
  }
  const asOf = input.asOf ?? new Date().toISOString().slice(0, 10);
  const remindDays = input.remindDays ?? 5;
  // What had been reported by the end of the as-of day: a past list is reproducible.
  const recordedBy = `${asOf}T23:59:59.999Z`;
  const items = await listPlanItems(store, input.planId);
  const assignments = await listAssignments(store, input.planId, { departmentId: input.departmentId });
  const schedules = await getSchedules(store, input.planId);
  const indicators = await store.db
    .selectFrom('indicators')
    .select(['id', 'frequency'])
    .where('plan_id', '=', input.planId)
    .execute();
  const frequencyOf = new Map(indicators.map((i) => [i.id, i.frequency]));
  const observed = new Set(
    (
      await store.db
        .selectFrom('observations as o')
        .innerJoin('indicators as i', 'i.id', 'o.indicator_id')
        .select(['o.indicator_id', 'o.period'])
        .where('i.plan_id', '=', input.planId)
        .where('o.status', 'in', ['confirmed', 'submitted'])
        .where('o.recorded_at', '<=', recordedBy)
        .distinct()
        .execute()
    ).map((o) => `${o.indicator_id}:${o.period}`),
  );
  const reports = await store.db
    .selectFrom('progress_reports')
    .select(['item_type', 'item_id', 'status'])
    .select((eb) => eb.fn.max('recorded_at').as('last'))
    .where('plan_id', '=', input.planId)
    .where('review_status', 'in', ['confirmed', 'submitted'])
    .where('recorded_at', '<=', recordedBy)
    .groupBy(['item_type', 'item_id', 'status'])
    .execute();
  const lastReport = new Map<string, string>();
  const done = new Set<string>();
  for (const r of reports) {
    const key = `${r.item_type}:${r.item_id}`;
    const last = String(r.last);
    if (!lastReport.has(key) || last > lastReport.get(key)!) lastReport.set(key, last);
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
    const period = latestClosedPeriod(schedule.frequency, asOf);
    const last = lastReport.get(key) ?? null;
    const reported =
      item.type === 'indicator'
        ? observed.has(`${item.id}:${period.key}`)
        : last !== null && last.slice(0, 10) > period.end;
    const [state, dueDate, escalateAfter] = stateOf(
      schedule,
      period,
      asOf,
      reported || done.has(key),
      remindDays,
    );
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
