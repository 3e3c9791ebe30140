import { describe, expect, it } from 'vitest';
import { formatPeriodEn, formatPeriodZh } from './format-period.ts';
import { parsePeriod } from './parse-period.ts';

describe('formatPeriodZh', () => {
  it.each([
    ['2026-06', { ytd: true }, '2026年1—6月'],
    ['2026-02', { ytd: true }, '2026年1—2月'],
    ['2026-01', { ytd: true }, '2026年1月'],
    ['2026-06', {}, '2026年6月'],
    ['2026-06', { ytd: true, withYear: false }, '1—6月'],
    ['2026Q2', {}, '2026年二季度'],
    ['2026Q2', { ytd: true }, '2026年上半年'],
    ['2026Q3', { ytd: true, withYear: false }, '前三季度'],
    ['2026Q4', { ytd: true }, '2026年全年'],
    ['2026H1', {}, '2026年上半年'],
    ['2026H2', {}, '2026年下半年'],
    ['2026', {}, '2026年'],
    ['2026', { withYear: false }, '全年'],
  ])('%s %j → %s', (key, options, expected) => {
    expect(formatPeriodZh(parsePeriod(key)!, options)).toBe(expected);
  });
});

describe('formatPeriodEn', () => {
  it.each([
    ['2026-06', { ytd: true }, 'Jan–Jun 2026'],
    ['2026-01', { ytd: true }, 'Jan 2026'],
    ['2026-06', {}, 'Jun 2026'],
    ['2026-06', { ytd: true, withYear: false }, 'Jan–Jun'],
    ['2026Q2', {}, 'Q2 2026'],
    ['2026Q2', { ytd: true }, 'H1 2026'],
    ['2026Q3', { ytd: true, withYear: false }, 'Q1–Q3'],
    ['2026Q4', { ytd: true }, 'full year 2026'],
    ['2026H1', {}, 'H1 2026'],
    ['2026H2', {}, 'H2 2026'],
    ['2026', {}, '2026'],
    ['2026', { withYear: false }, 'full year'],
  ])('%s %j → %s', (key, options, expected) => {
    expect(formatPeriodEn(parsePeriod(key)!, options)).toBe(expected);
  });
});
