/** The contract of progress reports and project milestones (/api/plans/:id/progress…, …/milestones). */
import { z } from 'zod';
import {
  MEASURE_STATUS_ALIASES,
  MEASURE_STATUSES,
  PROJECT_STAGES,
} from '../../services/collection/progress/record-progress.ts';
import { isoDate, text } from '../../services/validation.ts';
import { boundedText } from '../schema/text.ts';
import { id, planParams } from './common.schema.ts';

export { planParams };
export const progressItemParams = planParams.extend({ itemId: id });

const statusNames = Object.keys(MEASURE_STATUS_ALIASES);
const status = boundedText(40).describe(
  `${MEASURE_STATUSES.join(' | ')}, or 推进中 | 已完成 | 滞后 (accepted: ${statusNames.join(', ')})`,
);

/** What every progress report may carry, whatever the item. */
const common = z.object({
  period: boundedText(40).nullish().describe('2026-06, 2026Q2, 2026H1, 2026'),
  text: text().nullish(),
  note: text().nullish(),
  delayReason: text().nullish(),
  remedy: text().nullish(),
  submissionId: z.number().int().positive().nullish(),
});

/**
 * The body of each item type's report: a measure's status, a commitment's completed quantity, a
 * project's stage (delayed requires delayReason and remedy, checked by the service).
 */
export const progressBodies = {
  measure: common.extend({ status }).meta({ id: 'MeasureProgressBody' }),
  commitment: common
    .extend({
      status: status.optional(),
      completedQuantity: z
        .number()
        .describe(
          'completed to date, in `unit` (default: the unit the commitment is written in, 2550亿元 → 亿元)',
        ),
      unit: boundedText(20)
        .nullish()
        .describe('Unit of completedQuantity (default the commitment’s own unit)'),
    })
    .meta({ id: 'CommitmentProgressBody' }),
  project: common
    .extend({
      status: status.optional(),
      stage: z.enum(PROJECT_STAGES),
      investmentPlanned: z
        .number()
        .nullish()
        .describe('investment planned this year, in investmentUnit (亿元)'),
      investmentCompleted: z
        .number()
        .nullish()
        .describe('investment completed year to date, in investmentUnit (亿元)'),
      investmentUnit: boundedText(20).nullish().describe('亿元 (default), 万元 or 元; stored in 亿元'),
    })
    .meta({ id: 'ProjectProgressBody' }),
} as const;

export const progressViewSchema = z
  .object({
    id: z.number(),
    itemType: z.string(),
    itemId: z.number(),
    period: z.string().nullable(),
    status: z.string().nullable(),
    text: z.string().nullable(),
    delayReason: z.string().nullable(),
    remedy: z.string().nullable(),
    completedQuantity: z.number().nullable().describe("in the commitment's base unit (completedUnit)"),
    completedUnit: z.string().nullable(),
    completedWritten: z.object({ value: z.number(), unit: z.string().nullable() }).nullable(),
    stage: z.string().nullable(),
    investmentPlanned: z.number().nullable(),
    investmentCompleted: z.number().nullable(),
    investmentUnit: z.string(),
    note: z.string().nullable(),
    departmentId: z.number().nullable(),
    submissionId: z.number().nullable(),
    reviewStatus: z.string(),
    recordedAt: z.string(),
    recordedBy: z.string().nullable(),
    confirmedAt: z.string().nullable(),
  })
  .meta({ id: 'ProgressReport' });

export const progressQuery = z.object({
  itemType: z.string().optional(),
  itemId: z.coerce.number().int().positive().optional(),
  includeUnconfirmed: z.enum(['true', 'false']).optional(),
});
export const progressListResponse = z.object({ progress: z.array(progressViewSchema) });

export const milestonesBody = z.object({
  milestones: z
    .array(
      z.object({
        name: text(200),
        plannedDate: isoDate.nullish(),
        actualDate: isoDate.nullish(),
        note: text().nullish(),
      }),
    )
    .max(200),
});
export const milestoneParams = planParams.extend({ projectId: id });
export const milestonesQuery = z.object({ projectId: z.coerce.number().int().positive().optional() });
export const milestonesResponse = z.object({
  milestones: z.array(
    z
      .object({
        id: z.number(),
        projectId: z.number(),
        name: z.string(),
        plannedDate: z.string().nullable(),
        actualDate: z.string().nullable(),
        note: z.string().nullable(),
      })
      .meta({ id: 'Milestone' }),
  ),
});
