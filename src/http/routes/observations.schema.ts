/** The contract of observations: imports (JSON batch, file, streamed progress) and as-of reads. */
import { z } from 'zod';
import { isoDate } from '../../services/validation.ts';
import { boundedText, TEXT_LIMITS } from '../schema/text.ts';
import { id, knownAtQuery, planParams } from './common.schema.ts';

export { planParams };

const code = boundedText(TEXT_LIMITS.code);
const cell = z.union([code, z.number()]).nullish();
export const observationBatch = z
  .object({
    observations: z
      .array(
        z.object({
          indicator: z.union([boundedText(TEXT_LIMITS.name), z.number()]),
          region: cell,
          period: code,
          kind: code.nullish(),
          value: z.union([z.number(), code]),
          unit: code.nullish(),
          source: boundedText(TEXT_LIMITS.title).nullish(),
          note: boundedText(TEXT_LIMITS.note).nullish(),
          vintage: code.nullish(),
          priceBasis: code.nullish(),
        }),
      )
      .min(1)
      .max(100_000),
  })
  .describe('or multipart/form-data with a `file` field');

export const importResultSchema = z
  .object({
    importId: z.number(),
    rows: z.number(),
    inserted: z.number().describe('new revisions written (first values and corrections)'),
    unchanged: z.number().describe('rows equal to the value already recorded: nothing written'),
    revised: z.number(),
    skippedEmpty: z.number(),
    submissionId: z.number().nullable().describe("the submission opened for a department's upload"),
  })
  .meta({ id: 'ImportResult' });

/** `Accept: text/event-stream`: progress events, then one result or error event. */
export const importStream = {
  description: '`progress` events ({phase, rows, bytes, totalBytes}), then one `result` or `error` event',
  content: { 'text/event-stream': { schema: z.string() } },
};

export const observationsQuery = z.object({
  indicatorId: z.coerce.number().int().positive().optional(),
  region: z.string().optional(),
  period: z.string().optional(),
  kind: z.string().optional(),
  asOf: isoDate.optional(),
  knownAt: z
    .string()
    .optional()
    .describe(
      'YYYY-MM-DD (end of day) or an ISO datetime with offset; confirmed values count from their confirmation',
    ),
  includeUnconfirmed: z.enum(['true', 'false']).optional(),
});

export const observationSchema = z
  .object({
    id: z.number(),
    indicatorId: z.number(),
    region: z.string(),
    period: z.string(),
    periodEnd: z.string(),
    kind: z.string(),
    value: z.number(),
    unit: z.string().nullable(),
    revision: z.number(),
    vintage: z.string().nullable(),
    priceBasis: z.string().nullable(),
    source: z.string().nullable(),
    note: z.string().nullable(),
    status: z.string(),
    recordedAt: z.string(),
    recordedBy: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    importId: z.number().nullable(),
    submissionId: z.number().nullable(),
    written: z
      .object({ value: z.number(), unit: z.string().nullable(), unitAssumed: z.boolean() })
      .nullable()
      .describe('the number and unit as the source wrote them'),
  })
  .meta({ id: 'Observation' });
export const observationsResponse = z.object({ observations: z.array(observationSchema) });

export const historyParams = planParams.extend({ indicatorId: id });
export const historyQuery = z.object({
  region: z.string().optional(),
  period: z.string().optional(),
  kind: z.string().optional(),
  knownAt: knownAtQuery,
});
export const historyResponse = z.object({ history: z.array(observationSchema) });

/** `details` of a 422 IMPORT_INVALID: every bad row and column, at most MAX_LISTED_ERRORS listed. */
export const importErrorDetailsSchema = z
  .object({
    errors: z.array(
      z.object({
        row: z.number(),
        column: z.string(),
        value: z.string().nullable(),
        reason: z.string(),
        reasonCode: z.string(),
      }),
    ),
    total: z.number(),
  })
  .meta({ id: 'ImportErrorDetails' });
