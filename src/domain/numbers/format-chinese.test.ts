import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChineseNumber, formatQuantity } from './format-chinese.ts';
import { parseNumber } from './parse-number.ts';

describe('formatChineseNumber', () => {
  it.each<[number, string]>([
    [123456789, '1.23亿'],
    [60000, '6万'],
    [600000, '60万'],
    [12345, '1.23万'],
    [255000000000, '2550亿'],
    [1.2e12, '1.2万亿'],
    [9999, '9,999'],
    [1234.5, '1,234.5'],
    [68, '68'],
    [0, '0'],
    [-60000, '-6万'],
    [4.567, '4.57'],
  ])('%d → %s', (value, expected) => {
    expect(formatChineseNumber(value)).toBe(expected);
  });

  it('keeps the plain number when asked', () => {
    expect(formatChineseNumber(600000, { scale: false })).toBe('600,000');
  });
});

describe('formatQuantity', () => {
  it.each<[number, string, string]>([
    [600000, '人', '60万人'],
    [60, '万人', '60万人'],
    [2550, '亿元', '2550亿元'],
    [255000000000, '元', '2550亿元'],
    [50000, '套(间)', '5万套(间)'],
    [68, '件', '68件'],
    [5, '%', '5%'],
    [0.5, '个百分点', '0.5个百分点'],
    [80, '岁', '80岁'],
  ])('%d %s → %s', (value, unit, expected) => {
    expect(formatQuantity(value, unit)).toBe(expected);
  });
});

describe('formatChineseNumber round trip', () => {
  it('reads back within the rounding of two decimals of its scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (n) => {
        const back = parseNumber(formatChineseNumber(n));
        const scale = n >= 1e12 ? 1e12 : n >= 1e8 ? 1e8 : n >= 1e4 ? 1e4 : 1;
        return back !== null && Math.abs(back - n) <= 0.005 * scale + 1e-9;
      }),
    );
  });
});
