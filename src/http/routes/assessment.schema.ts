/** The contract of /api/plans/:id/assessment… and of the inputs people give the assessment. */
import { z } from 'zod';
import { assignmentSchema, judgementSchema } from '../../services/assessment/record-indicator-inputs.ts';
import { isoDate, thresholdOverridesSchema } from '../../services/validation.ts';
import { id, itemTypeSchema, planParams, thresholdsSchema } from './common.schema.ts';

export { assignmentSchema, judgementSchema, planParams };
export const assessedItemParams = planParams.extend({ type: itemTypeSchema, itemId: id });
export const indicatorParams = planParams.extend({ indicatorId: id });
export const thresholdsBody = thresholdOverridesSchema.nullable();

export const assessmentQuery = z.object({
  asOf: isoDate.optional().describe('reference date YYYY-MM-DD; default today (China Standard Time)'),
  knownAt: z
    .union([z.string().datetime({ offset: true }), isoDate])
    .optional()
    .describe(
      'only revisions recorded by then: an ISO datetime with offset, or a date YYYY-MM-DD meaning the end of that day in China Standard Time (UTC+8); default now',
    ),
});

const statusSchema = z
  .enum([
    'achieved',
    'on_track',
    'at_risk',
    'off_track',
    'pending',
    'no_data',
    'basically_achieved',
    'missed',
  ])
  .meta({ id: 'AssessmentStatus' });
const colorSchema = z.enum(['green', 'yellow', 'red', 'grey']).meta({ id: 'StatusColor' });

const inputRow = z.object({
  role: z.enum(['actual', 'baseline', 'reference', 'assigned', 'judgement', 'derived_from']).optional(),
  period: z.string().nullable(),
  kind: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  revision: z.number().nullable(),
  recordedAt: z.string().nullable(),
  source: z.string().nullable(),
  recordedBy: z.string().nullable().optional(),
  series: z.string().nullable().optional(),
});

export const explanationSchema = z
  .object({
    rule: z.enum([
      'flow_pace',
      'rate_vs_level',
      'year_end_level',
      'relative',
      'external',
      'qualitative',
      'multi_year_cagr',
      'commitment_progress',
      'project_stage',
      'measure_progress',
      'no_target',
    ]),
    ruleZh: z.string(),
    inputs: z.array(inputRow),
    comparison: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
    pace: z
      .object({
        share: z.number(),
        method: z.enum(['seasonal', 'elapsed']),
        yearsUsed: z.array(z.number()),
        note: z.string().optional(),
      })
      .optional(),
    summaryZh: z.string(),
    late: z.boolean().optional(),
    missingPeriods: z.array(z.string()).optional(),
    seriesNote: z.string().optional(),
  })
  .meta({ id: 'Explanation' });

export const assessedItemSchema = z
  .object({
    type: itemTypeSchema,
    id: z.number(),
    name: z.string(),
    attribute: z.enum(['expected', 'binding']).nullable(),
    category: z.string().nullable(),
    section: z.number().nullable(),
    department: z.string().nullable(),
    target: z.string().nullable(),
    status: statusSchema,
    color: colorSchema,
    severity: z.enum(['high', 'normal']),
    expected: z
      .object({ value: z.number(), unit: z.string().nullable(), share: z.number().optional() })
      .nullable(),
    actual: z
      .object({
        value: z.number(),
        unit: z.string().nullable(),
        period: z.string().nullable(),
        kind: z.string(),
      })
      .nullable(),
    gap: z.number().nullable(),
    projection: z.object({ value: z.number(), unit: z.string().nullable(), sentence: z.string() }).nullable(),
    explanation: explanationSchema,
  })
  .meta({ id: 'AssessedItem' });

const statusCounts = z.object({
  total: z.number(),
  byStatus: z.record(statusSchema, z.number()),
  byColor: z.record(colorSchema, z.number()),
});

export const assessmentSummarySchema = statusCounts
  .extend({
    bindingAtRisk: z.number(),
    groups: z.partialRecord(
      z.enum(['type', 'category', 'section', 'department', 'region']),
      z.array(statusCounts.extend({ key: z.string() })),
    ),
  })
  .meta({ id: 'AssessmentSummary' });

export const planAssessmentSchema = z
  .object({
    asOf: z.string(),
    knownAt: z.string(),
    summary: assessmentSummarySchema,
    items: z.array(assessedItemSchema),
  })
  .meta({ id: 'PlanAssessment' });

export const itemAssessmentSchema = z.object({
  asOf: z.string(),
  knownAt: z.string(),
  item: assessedItemSchema,
});

export const judgementResponse = z.object({
  id: z.number(),
  indicatorId: z.number(),
  status: judgementSchema.shape.status,
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});

export const assignmentResponse = z.object({
  id: z.number(),
  indicatorId: z.number(),
  value: z.number(),
  unit: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});

/** The thresholds in force once merged over the defaults (every field set). */
export const effectiveThresholdsSchema = thresholdOverridesSchema
  .required()
  .extend({
    lateDays: z.object({ month: z.number(), quarter: z.number(), half: z.number(), year: z.number() }),
  })
  .meta({ id: 'Thresholds' });

export const planThresholdsResponse = z.object({
  planId: z.number(),
  thresholds: thresholdsSchema.nullable(),
});
export const indicatorThresholdsResponse = z.object({
  planId: z.number(),
  indicatorId: z.number(),
  thresholds: thresholdsSchema.nullable(),
  effective: effectiveThresholdsSchema,
});
