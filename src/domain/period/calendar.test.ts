import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, chinaDateOf, daysBetween, endOfChinaDay, isCalendarDate } from './calendar.ts';

describe('calendar dates', () => {
  it('takes the date of an instant in China Standard Time', () => {
    expect(chinaDateOf(new Date('2026-06-30T15:59:59Z'))).toBe('2026-06-30');
    expect(chinaDateOf(new Date('2026-06-30T16:00:00Z'))).toBe('2026-07-01');
    expect(chinaDateOf(new Date('2026-12-31T23:00:00-05:00'))).toBe('2027-01-01');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days between dates as the inverse of addDays', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: -4000, max: 4000 }),
        (d, n) => {
          const date = d.toISOString().slice(0, 10);
          expect(daysBetween(date, addDays(date, n))).toBe(n);
        },
      ),
    );
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-40')).toBe(false);
    expect(isCalendarDate('2026-6-30')).toBe(false);
  });

  it('ends a China day at 15:59:59.999 UTC', () => {
    expect(endOfChinaDay('2026-07-20')).toBe('2026-07-20T15:59:59.999Z');
  });
});
