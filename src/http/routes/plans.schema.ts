/** The contract of /api/plans…: plans, their items, the source text, item edits per item type. */
import { z } from 'zod';
import { uploadLimitBytes } from '../../config/limits.ts';
import { itemCreateSchemas, itemPatchSchemas } from '../../services/plans/edit-plan-item.ts';
import { MAX_FILENAME_LENGTH } from '../read-upload.ts';
import { boundedText } from '../schema/text.ts';
import {
  comparatorSchema,
  directionSchema,
  id,
  observationKindSchema,
  planParams,
  projectStageSchema,
  quantitySchema,
  spanSchema,
  targetSchema,
  thresholdsSchema,
} from './common.schema.ts';

export { planParams };
export const itemParams = planParams.extend({ itemId: id });
export const anyItemParams = itemParams.extend({
  type: z.enum(['indicator', 'commitment', 'project', 'measure']),
});

export const planUploadBody = z
  .object({
    // A document, not a field: decoded by the parser like an uploaded file (NUL becomes U+FFFD).
    text: z.string().min(1, '文本为空 (text is empty)').max(uploadLimitBytes()),
    filename: boundedText(MAX_FILENAME_LENGTH).optional(),
    publish: z.boolean().optional(),
  })
  .describe('or multipart/form-data with a `file` field and an optional `publish` field');

const planKind = z.enum(['annual', 'five_year']);
const attribute = z.enum(['expected', 'binding']);

export const planSummarySchema = z
  .object({
    id: z.number(),
    title: z.string(),
    region: z.string().nullable(),
    year: z.number().nullable(),
    kind: planKind,
    status: z.enum(['draft', 'published']),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    demo: z.boolean().describe('synthetic demo data (示例数据)'),
    counts: z.object({
      indicators: z.number(),
      sections: z.number(),
      measures: z.number(),
      commitments: z.number(),
      projects: z.number(),
    }),
  })
  .meta({ id: 'PlanSummary' });

export const plansResponse = z.object({ plans: z.array(planSummarySchema) });

export const indicatorSchema = z
  .object({
    id: z.number(),
    key: z.string(),
    name: z.string(),
    attribute,
    category: z.string().nullable(),
    period: z.string(),
    target: targetSchema,
    direction: directionSchema.nullable(),
    code: z.string().nullable(),
    unit: z.string().nullable(),
    span: spanSchema.nullable(),
    observationKind: observationKindSchema.nullable(),
    frequency: z.enum(['monthly', 'quarterly', 'yearly']).nullable(),
    flow: z.boolean(),
    thresholds: thresholdsSchema.nullable(),
  })
  .meta({ id: 'Indicator' });

export const measureSchema = z
  .object({ id: z.number(), key: z.string(), text: z.string(), span: spanSchema.nullable() })
  .meta({ id: 'Measure' });

export const taskSchema = z
  .object({
    id: z.number(),
    key: z.string(),
    title: z.string(),
    span: spanSchema.nullable(),
    measures: z.array(measureSchema),
  })
  .meta({ id: 'Task' });

export const sectionSchema = z
  .object({
    id: z.number(),
    key: z.string(),
    number: z.number(),
    title: z.string(),
    span: spanSchema.nullable(),
    tasks: z.array(taskSchema),
  })
  .meta({ id: 'Section' });

export const commitmentSchema = z
  .object({
    id: z.number(),
    key: z.string(),
    text: z.string(),
    subject: z.string(),
    value: z.number(),
    unit: z.string(),
    comparator: comparatorSchema,
    normalized: quantitySchema,
    section: z.number().nullable(),
    indicatorId: z.number().nullable(),
    span: spanSchema.nullable(),
  })
  .meta({ id: 'Commitment' });

export const projectSchema = z
  .object({
    id: z.number(),
    key: z.string(),
    name: z.string(),
    stage: projectStageSchema,
    section: z.number().nullable(),
    span: spanSchema.nullable(),
  })
  .meta({ id: 'Project' });

const portfolioFact = z.object({
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  normalized: quantitySchema,
  span: spanSchema,
});
const challenge = z.object({ key: z.string(), number: z.number(), text: z.string(), span: spanSchema });
const outcome = z.object({
  key: z.string(),
  name: z.string(),
  year: z.number().nullable(),
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  kind: z.enum(['growth', 'level']),
  normalized: quantitySchema,
  indicator: z.string().nullable(),
  span: spanSchema,
});
const parseWarning = z.object({ code: z.string(), message: z.string(), span: spanSchema.nullable() });

export const planDetailSchema = planSummarySchema
  .extend({
    thresholds: thresholdsSchema.nullable(),
    indicators: z.array(indicatorSchema),
    sections: z.array(sectionSchema),
    commitments: z.array(commitmentSchema),
    projects: z.array(projectSchema),
    portfolio: z.array(portfolioFact),
    challenges: z.array(challenge),
    outcomes: z.array(outcome),
    warnings: z.array(parseWarning),
  })
  .meta({ id: 'PlanDetail' });

export const planSourceSchema = z.object({
  text: z.string(),
  filename: z.string().nullable(),
  encoding: z.string(),
});

/** The parser's output (src/domain/plan-document.types.ts), the contract of `planwatch parse`. */
export const planDocumentSchema = z
  .object({
    plan: z.object({
      title: z.string(),
      region: z.string().nullable(),
      year: z.number().nullable(),
      periodStart: z.number().nullable().optional(),
      periodEnd: z.number().nullable().optional(),
      kind: planKind,
    }),
    indicators: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        attribute,
        category: z.string().nullable(),
        period: z.string(),
        target: targetSchema,
        span: spanSchema,
        otherSpans: z.array(spanSchema).optional(),
        sources: z.array(z.enum(['table', 'paragraph'])),
      }),
    ),
    sections: z.array(
      z.object({
        key: z.string(),
        number: z.number(),
        title: z.string(),
        span: spanSchema,
        tasks: z.array(
          z.object({
            key: z.string(),
            title: z.string(),
            span: spanSchema,
            measures: z.array(z.object({ key: z.string(), text: z.string(), span: spanSchema })),
          }),
        ),
      }),
    ),
    commitments: z.array(
      z.object({
        key: z.string(),
        text: z.string(),
        value: z.number(),
        unit: z.string(),
        comparator: comparatorSchema,
        normalized: quantitySchema,
        subject: z.string(),
        section: z.number().nullable(),
        task: z.string().nullable(),
        indicator: z.string().nullable(),
        span: spanSchema,
      }),
    ),
    projects: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        stage: projectStageSchema,
        section: z.number().nullable(),
        span: spanSchema,
      }),
    ),
    portfolio: z.object({ facts: z.array(portfolioFact) }),
    challenges: z.array(challenge),
    outcomes: z.array(outcome),
    warnings: z.array(parseWarning),
    source: z.object({ encoding: z.string(), length: z.number(), parserVersion: z.string() }),
  })
  .meta({ id: 'PlanDocument' });

export const importPlanResponse = z.object({
  planId: z.number(),
  status: z.enum(['draft', 'published']),
  document: planDocumentSchema,
});

/** Per item type: what an edit may change, what an addition from a text selection carries, what comes back. */
export const itemContracts = {
  indicator: {
    patch: itemPatchSchemas.indicator,
    create: itemCreateSchemas.indicator,
    item: indicatorSchema,
  },
  commitment: {
    patch: itemPatchSchemas.commitment,
    create: itemCreateSchemas.commitment,
    item: commitmentSchema,
  },
  project: { patch: itemPatchSchemas.project, create: itemCreateSchemas.project, item: projectSchema },
  measure: { patch: itemPatchSchemas.measure, create: itemCreateSchemas.measure, item: measureSchema },
} as const;
