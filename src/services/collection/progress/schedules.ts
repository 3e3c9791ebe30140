import { AppError } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { isoDate } from '../../validation.ts';
import { getPlanItem, type ItemType } from '../departments/plan-items.ts';

export const FREQUENCIES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface Schedule {
  frequency: Frequency;
  /** Days after the period closes by which the report is due. */
  dueDay: number;
  /** Days after the due date before the item is escalated (督办). */
  graceDays: number;
  /** A measure's completion deadline, YYYY-MM-DD. */
  deadline: string | null;
}

/** Statistics come out about two weeks after a month, three after a quarter, a quarter after a year. */
const DEFAULT_DUE_DAY: Record<Frequency, number> = {
  monthly: 15,
  quarterly: 20,
  half_yearly: 25,
  yearly: 90,
};

export function defaultSchedule(itemType: string, frequency: string | null): Schedule {
  const f = (FREQUENCIES as readonly string[]).includes(frequency ?? '')
    ? (frequency as Frequency)
    : itemType === 'indicator'
      ? 'monthly'
      : 'quarterly';
  return { frequency: f, dueDay: DEFAULT_DUE_DAY[f], graceDays: 5, deadline: null };
}

export async function setSchedule(
  store: Store,
  input: { planId: number; itemType: ItemType; itemId: number } & Partial<Schedule>,
): Promise<Schedule> {
  await getPlanItem(store, input.planId, input.itemType, input.itemId);
  if (input.frequency && !(FREQUENCIES as readonly string[]).includes(input.frequency))
    throw new AppError('VALIDATION_FAILED', `频率应为 ${FREQUENCIES.join(' / ')}`, {
      field: 'frequency',
      value: input.frequency,
    });
  for (const [k, v] of [
    ['dueDay', input.dueDay],
    ['graceDays', input.graceDays],
  ] as const)
    if (v !== undefined && !(Number.isInteger(v) && v >= 0 && v <= 366))
      throw new AppError('VALIDATION_FAILED', `${k} 应为 0–366 的整数`, { field: k, value: v });
  if (input.deadline && !isoDate.safeParse(input.deadline).success)
    throw new AppError(
      'VALIDATION_FAILED',
      `deadline 应为有效的 YYYY-MM-DD (not a calendar date): ${input.deadline}`,
      {
        field: 'deadline',
        value: input.deadline,
      },
    );
  const current = (await getSchedules(store, input.planId)).get(`${input.itemType}:${input.itemId}`);
  const base = current ?? defaultSchedule(input.itemType, null);
  const next: Schedule = {
    frequency: input.frequency ?? base.frequency,
    dueDay: input.dueDay ?? base.dueDay,
    graceDays: input.graceDays ?? base.graceDays,
    deadline: input.deadline !== undefined ? input.deadline : base.deadline,
  };
  const values = {
    frequency: next.frequency,
    due_day: next.dueDay,
    grace_days: next.graceDays,
    deadline: next.deadline,
    updated_at: new Date().toISOString(),
  };
  await store.db
    .insertInto('item_schedules')
    .values({ plan_id: input.planId, item_type: input.itemType, item_id: input.itemId, ...values })
    .onConflict((oc) => oc.columns(['item_type', 'item_id']).doUpdateSet(values))
    .execute();
  return next;
}

/** The explicit schedules of a plan, keyed `type:id`. */
export async function getSchedules(store: Store, planId: number): Promise<Map<string, Schedule>> {
  const rows = await store.db
    .selectFrom('item_schedules')
    .selectAll()
    .where('plan_id', '=', planId)
    .execute();
  return new Map(
    rows.map((r) => [
      `${r.item_type}:${r.item_id}`,
      {
        frequency: r.frequency as Frequency,
        dueDay: r.due_day,
        graceDays: r.grace_days,
        deadline: r.deadline,
      },
    ]),
  );
}
