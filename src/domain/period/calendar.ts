/**
 * Calendar dates as ISO `YYYY-MM-DD` text — the one implementation of "which day is it" and day
 * arithmetic. Plan offices work in China Standard Time (UTC+8, no daylight saving), so an instant
 * becomes a date there whatever the server's zone; day arithmetic is done on UTC midnights so that
 * it never meets a DST gap.
 */

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The date an instant falls on in China Standard Time: 2026-06-30T16:00:00Z → 2026-07-01. */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `date` moved by `days` (negative goes back): addDays('2026-02-28', 1) → 2026-03-01. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Whether `s` is a real calendar date in `YYYY-MM-DD` form (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The end of a date in China Standard Time, as a UTC instant: 2026-07-20 → 2026-07-20T15:59:59.999Z. */
export function endOfChinaDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS - CHINA_OFFSET_MS - 1).toISOString();
}
