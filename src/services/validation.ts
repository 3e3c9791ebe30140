import { z } from 'zod';
import { chinaDateOf, isCalendarDate } from '../domain/period/calendar.ts';
import { AppError } from '../errors/app-error.ts';

/** "message: name, note" — a validation message naming the fields at fault (at most five). */
export function namingFields(message: string, issues: ReadonlyArray<{ path: PropertyKey[] }>): string {
  const fields = [...new Set(issues.map((i) => i.path.map(String).join('/')).filter(Boolean))];
  return fields.length > 0 ? `${message}: ${fields.slice(0, 5).join(', ')}` : message;
}

/** Parses input with a zod schema or throws the one validation error, listing every issue. */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  input: unknown,
  message = '输入无效 (invalid input)',
): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) {
    throw new AppError('VALIDATION_FAILED', namingFields(message, r.error.issues), {
      issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return r.data;
}

/** Longest text of each sort a user may write: identifiers and units, names, titles, free text. */
export const TEXT_LIMITS = { code: 100, name: 200, title: 500, note: 10_000 } as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with a piece of user text, or null: longer than `max` characters, a NUL
 * (PostgreSQL cannot store it, no report contains it), or half of a surrogate pair (not
 * Unicode: SQLite would store invalid UTF-8 and read back U+FFFD). The same on both databases.
 */
export function textProblem(value: string, max: number): string | null {
  if (value.length > max) return `最多 ${max} 个字符 (at most ${max} characters)`;
  if (value.includes('\u0000')) return '不能包含 NUL 字符 (must not contain NUL)';
  if (LONE_SURROGATE.test(value)) return '包含无效字符 (must not contain unpaired surrogates)';
  return null;
}

/**
 * A text field of a request, at most `max` characters, refusing NUL and unpaired surrogates: a
 * 400 VALIDATION_FAILED whose issues name the field. Every text field of every write route uses
 * it (or `text`, the same with the free-text default).
 */
export const boundedText = (max: number) =>
  z
    .string()
    .max(max, `最多 ${max} 个字符 (at most ${max} characters)`)
    .check((ctx) => {
      const problem = textProblem(ctx.value, Number.POSITIVE_INFINITY);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    });

/** Text as users type it (notes, progress reports): boundedText with the free-text limit. */
export const text = (max: number = TEXT_LIMITS.note) => boundedText(max);

const ratio = z.number().min(0).max(10);
const points = z.number().min(0).max(1000);
const days = z.number().int().min(0).max(3660);

/** Assessment threshold overrides, plan- or indicator-level; see docs/assessment.md. */
export const thresholdOverridesSchema = z
  .object({
    flowMode: z.enum(['ratio', 'points_behind']),
    flowGreenRatio: ratio,
    flowYellowRatio: ratio,
    flowYellowPoints: points,
    flowRedPoints: points,
    rateToleranceMinPoints: points,
    rateToleranceShare: ratio,
    quantityToleranceShare: ratio,
    relativeGreenPoints: points,
    relativeYellowPoints: points,
    multiYearOnTrack: ratio,
    multiYearAtRisk: ratio,
    basicallyAchievedFlowRatio: ratio,
    seasonalMinYears: z.number().int().min(1).max(20),
    lateDays: z.object({ month: days, quarter: days, half: days, year: days }).partial().strict(),
    levelTrajectory: z.boolean(),
  })
  .partial()
  .strict();

/** YYYY-MM-DD that is a real calendar date (2026-02-30 is not). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine(isCalendarDate, '不是有效日期 (not a calendar date)');

/** An ISO datetime with an explicit offset, normalised to UTC `…Z` so text comparison is exact. */
export function normalizeInstant(value: string, what = 'knownAt'): string {
  const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
  const t = Date.parse(value);
  if (!withOffset.test(value) || Number.isNaN(t)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${what} 必须是带时区的 ISO 时间，如 2026-07-20T00:00:00+08:00 (an ISO datetime with offset): ${value}`,
    );
  }
  return new Date(t).toISOString();
}

/** Today's date where plan offices work (China Standard Time), whatever the server's zone. */
export function todayInChina(now: Date = new Date()): string {
  return chinaDateOf(now);
}
