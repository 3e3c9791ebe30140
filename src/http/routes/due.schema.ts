/** The contract of reporting schedules and of the due / overdue / 督办 lists. */
import { z } from 'zod';
import { FREQUENCIES } from '../../services/collection/progress/schedules.ts';
import { isoDate } from '../../services/validation.ts';
import { id, planParams } from './common.schema.ts';

export { planParams };
export const scheduleParams = planParams.extend({ type: z.string(), itemId: id });
export const scheduleBody = z.object({
  frequency: z.enum(FREQUENCIES).optional(),
  dueDay: z.number().int().min(0).max(366).optional(),
  graceDays: z.number().int().min(0).max(366).optional(),
  deadline: isoDate.nullish().describe('YYYY-MM-DD, a calendar date; null clears it'),
});
export const scheduleSchema = z
  .object({
    frequency: z.enum(FREQUENCIES),
    dueDay: z.number(),
    graceDays: z.number(),
    deadline: z.string().nullable(),
  })
  .meta({ id: 'Schedule' });

export const dueQuery = z.object({
  asOf: isoDate.optional(),
  departmentId: z.coerce.number().int().positive().optional(),
  onlyOutstanding: z.enum(['true', 'false']).optional(),
});

const dueState = z
  .enum(['reported', 'upcoming', 'due_soon', 'overdue', 'escalated'])
  .meta({ id: 'DueState' });
export const dueItemSchema = z
  .object({
    itemType: z.string(),
    itemId: z.number(),
    label: z.string(),
    frequency: z.string(),
    period: z.string(),
    unreportedPeriods: z.array(z.string()),
    missedPeriods: z.number(),
    dueDate: z.string(),
    escalateAfter: z.string(),
    state: dueState,
    deadlineMissed: z.string().nullable(),
    lastReportedAt: z.string().nullable(),
  })
  .meta({ id: 'DueItem' });
export const departmentDueListSchema = z
  .object({
    departmentId: z.number().nullable(),
    departmentName: z.string(),
    items: z.array(dueItemSchema),
    counts: z.record(dueState, z.number()),
  })
  .meta({ id: 'DepartmentDueList' });
export const dueResponse = z.object({ departments: z.array(departmentDueListSchema) });
