import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity } from './number.ts';
import { formatPeriod } from './period.ts';

describe('formatNumber / formatQuantity', () => {
  it.each([
    [12_000_000, null, '1200万'],
    [255_000_000_000, '元', '2550亿元'],
    [60, '万人', '60万人'],
    [5.09, '%', '5.09%'],
    [2550, '亿元', '2550亿元'],
    [184, '项', '184项'],
    [29095.33, '套(间)', '2.91万套(间)'],
  ])('%s %s → %s', (value, unit, expected) => {
    expect(formatQuantity(value, unit, 'zh-CN')).toBe(expected);
  });

  it('uses thousands separators in English', () => {
    expect(formatNumber(12_000_000, 'en')).toBe('12,000,000');
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2026', '2026年', '2026'],
    ['2026-06', '2026年6月', 'Jun 2026'],
    ['2026Q2', '2026年第二季度', '2026 Q2'],
    ['2026-Q3', '2026年第三季度', '2026 Q3'],
    ['2026H1', '2026年上半年', '2026 H1'],
    ['2026-S2', '2026年下半年', '2026 H2'],
    ['2026-M06', '2026年6月', 'Jun 2026'],
  ])('%s', (period, zh, en) => {
    expect(formatPeriod(period, 'zh-CN')).toBe(zh);
    expect(formatPeriod(period, 'en')).toBe(en);
  });
});
