/**
 * Pieces of the HTTP contract every resource shares: ids in paths, the one error envelope, spans,
 * targets. A schema with a `meta({id})` becomes a named component of /api/openapi.json (and so a
 * named type of the generated web client).
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../errors/app-error.ts';
import { thresholdOverridesSchema } from '../../services/validation.ts';

export const id = z.coerce.number().int().positive();
export const planParams = z.object({ id });

export const itemTypeSchema = z
  .enum(['indicator', 'commitment', 'project', 'measure'])
  .meta({ id: 'ItemType' });

const errorCodes = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

/** `{error: {code, message, details}}`: every refusal of every route (src/http/error-handler.ts). */
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.unknown().describe('what to fix: issues, row errors, ids; null when nothing more'),
    }),
  })
  .meta({ id: 'ApiError', description: '错误 (error envelope)' });

export type ApiErrorBody = z.output<typeof apiErrorSchema>;

/**
 * The error statuses a route answers with, each the error envelope; 500 is always listed (a bug,
 * logged, never leaked) and so is 400 (a request the framework cannot read), 401 (no account),
 * 403 (role, department or CSRF refused) and 429 (rate limited): every route is guarded.
 */
export function errors<S extends number>(...statuses: S[]): Record<S | 400 | 500, typeof apiErrorSchema> {
  const out = {} as Record<S | 400 | 500, typeof apiErrorSchema>;
  for (const s of [400, 401, 403, ...statuses, 429, 500] as Array<S | 400 | 500>) out[s] = apiErrorSchema;
  return out;
}

/** 204: no body. */
export const noContent = z.null().describe('No Content');

/** A file the route sends as bytes (Excel forms, Word tables, evidence). */
export function fileResponse(...mediaTypes: string[]) {
  return {
    description: '文件 (a file, with content-disposition)',
    content: Object.fromEntries(
      mediaTypes.map((t) => [t, { schema: z.string().meta({ format: 'binary' }) }]),
    ) as Record<string, { schema: z.ZodString }>,
  };
}

// An array of two, not a tuple: openapi-fetch's answer types widen tuples to arrays anyway.
export const spanSchema = z
  .array(z.number())
  .length(2)
  .meta({ id: 'Span', description: '[start, end] into the source text' });
export const quantitySchema = z.object({ value: z.number(), unit: z.string() });
export const comparatorSchema = z.enum(['approx', 'gte', 'lte', 'eq', 'range']);
export const directionSchema = z.enum(['up', 'down', 'band']);
export const observationKindSchema = z.enum(['ytd_value', 'ytd_growth', 'period_value', 'level']);
export const projectStageSchema = z.enum(['complete', 'construct', 'start', 'reserve']);
export const thresholdsSchema = thresholdOverridesSchema.meta({ id: 'ThresholdOverrides' });

/** A parsed target expression (src/domain/target/target.types.ts). */
export const targetSchema = z
  .object({
    text: z.string(),
    kind: z.enum([
      'growth',
      'level',
      'quantity',
      'index',
      'relative',
      'external',
      'qualitative',
      'cagr',
      'cumulative_change',
    ]),
    comparator: comparatorSchema.nullable(),
    value: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    unit: z.string().nullable(),
    normalized: quantitySchema.nullable(),
    direction: directionSchema.nullable(),
    reference: z.string().nullable(),
    impliedGrowth: z.number().nullable().optional(),
    byYear: z.number().nullable().optional(),
    baseYear: z.number().nullable().optional(),
    stretch: z.number().nullable().optional(),
    warnings: z.array(z.string()).optional(),
  })
  .meta({ id: 'Target' });

/** YYYY-MM-DD or an ISO datetime with offset, as the as-of reads take it. */
export const knownAtQuery = z
  .string()
  .optional()
  .describe('YYYY-MM-DD (end of day, China Standard Time) or an ISO datetime with offset; default now');

/**
 * For routes declared with `attachValidation` (the service or the handler validates the body, to
 * list every problem or to read multipart): bad path or query parameters are still a 400 here.
 */
export function refuseBadParams(request: FastifyRequest): void {
  const error = request.validationError as (Error & { validationContext?: string }) | undefined;
  if (error && error.validationContext !== 'body') throw error;
}
