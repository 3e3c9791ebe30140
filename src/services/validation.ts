import { z } from 'zod';
import { chinaDateOf, isCalendarDate } from '../domain/period/calendar.ts';
import { AppError } from '../errors/app-error.ts';

/** Parses input with a zod schema or throws the one validation error, listing every issue. */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  input: unknown,
  message = '输入无效 (invalid input)',
): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) {
    throw new AppError('VALIDATION_FAILED', message, {
      issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return r.data;
}

/** Text as users type it. NUL is refused: PostgreSQL cannot store it, and no report contains it. */
export const text = (max = 10_000) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000'), '不能包含 NUL 字符 (must not contain NUL)');

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
