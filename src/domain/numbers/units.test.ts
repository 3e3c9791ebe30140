import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertUnit, KNOWN_BASE_UNITS, normalizeQuantity, splitUnit, unitDimension } from './units.ts';

describe('splitUnit', () => {
  it.each<[string, number, string]>([
    ['万套(间)', 1e4, '套(间)'],
    ['万套（间）', 1e4, '套(间)'],
    ['亿元', 1e8, '元'],
    ['万元', 1e4, '元'],
    ['万亿元', 1e12, '元'],
    ['亿美元', 1e8, '美元'],
    ['万平方米', 1e4, '平方米'],
    ['万人', 1e4, '人'],
    ['万人次', 1e4, '人次'],
    ['千米', 1, '千米'],
    ['千瓦', 1, '千瓦'],
    ['千瓦时', 1, '千瓦时'],
    ['亿千瓦时', 1e8, '千瓦时'],
    ['千克', 1, '千克'],
    ['百分点', 1, '百分点'],
    ['个百分点', 1, '个百分点'],
    ['千分比', 1, '千分比'],
    ['万千瓦', 1e4, '千瓦'],
    ['万吨标准煤', 1e4, '吨标准煤'],
    ['百万吨', 1e6, '吨'],
    ['万标箱', 1e4, '标箱'],
    ['千人', 1e3, '人'],
    ['%', 1, '%'],
    ['家', 1, '家'],
    ['万', 1e4, ''],
    ['', 1, ''],
  ])('%s → %d × %s', (unit, multiplier, base) => {
    expect(splitUnit(unit)).toEqual({ multiplier, base });
  });
});

describe('normalizeQuantity', () => {
  it.each<[number, string, number, string]>([
    [5, '万套(间)', 50000, '套(间)'],
    [5, '%', 5, '%'],
    [4.6, '万人', 46000, '人'],
    [0.07, '万人', 700, '人'],
    [1.15, '亿元', 115000000, '元'],
    [1200, '万人', 12000000, '人'],
    [60, '家', 60, '家'],
    [20, '万平方米', 200000, '平方米'],
    [1.2, '万亿斤', 1.2e12, '斤'],
  ])('%d %s → %d %s', (value, unit, nValue, nUnit) => {
    expect(normalizeQuantity(value, unit)).toEqual({ value: nValue, unit: nUnit });
  });

  it('has no float noise for one-decimal 万 quantities', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (n) => {
        return Number.isInteger(normalizeQuantity(n / 10, '万人').value);
      }),
    );
  });
});

describe('unitDimension', () => {
  it.each<[string, string | null]>([
    ['人', 'person'],
    ['万人', 'person'],
    ['元', 'money'],
    ['万元', 'money'],
    ['亿元', 'money'],
    ['平方米', 'area'],
    ['万平方米', 'area'],
    ['平方公里', 'area'],
    ['公顷', 'area'],
    ['亩', 'area'],
    ['%', 'percent'],
    ['千分比', 'permille'],
    ['‰', 'permille'],
    ['个百分点', 'percentage_point'],
    ['公里', 'length'],
    ['家', 'count:家'],
    ['万套(间)', 'count:套(间)'],
    ['岁', 'age'],
    ['', null],
    ['咕咕', null],
  ])('%s → %s', (unit, dimension) => {
    expect(unitDimension(unit)).toBe(dimension);
  });
});

describe('convertUnit', () => {
  it.each<[number, string, string, number | null]>([
    [60, '万人', '人', 600000],
    [1, '亿元', '万元', 10000],
    [2550, '亿元', '元', 255000000000],
    [1, '平方公里', '公顷', 100],
    [1, '公顷', '亩', 15],
    [1, '平方公里', '平方米', 1e6],
    [15, '亩', '公顷', 1],
    [20, '万平方米', '平方米', 200000],
    [3, '公里', '千米', 3],
    [5, '万套(间)', '套(间)', 50000],
    [1, '人', '平方公里', null],
    [1, '家', '个', null],
    [5, '%', '个百分点', null],
    [1, '咕咕', '咕咕', null],
  ])('%d %s → %s = %s', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toBe(expected);
  });
});

describe('KNOWN_BASE_UNITS', () => {
  it('is sorted longest first so alternations match greedily', () => {
    for (let i = 1; i < KNOWN_BASE_UNITS.length; i++) {
      expect(KNOWN_BASE_UNITS[i - 1].length).toBeGreaterThanOrEqual(KNOWN_BASE_UNITS[i].length);
    }
  });

  it.each(['家', '个', '套(间)', '人', '平方米', '平方公里', '公顷', '亩', '公里', '元', '%', '吨标准煤'])(
    'includes %s',
    (unit) => {
      expect(KNOWN_BASE_UNITS).toContain(unit);
    },
  );

  it('excludes editions (届)', () => {
    expect(KNOWN_BASE_UNITS).not.toContain('届');
  });
});

describe('unit properties', () => {
  const prefixes: Array<[string, number]> = [
    ['', 1],
    ['万', 1e4],
    ['亿', 1e8],
    ['万亿', 1e12],
    ['千', 1e3],
    ['百万', 1e6],
  ];

  it('splits any multiplier off any known base unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.constantFrom(...KNOWN_BASE_UNITS),
        ([prefix, multiplier], base) => {
          // A prefix glued to a unit that is itself a known unit (千 + 米 = 千米) is that unit.
          if (prefix !== '' && KNOWN_BASE_UNITS.includes(prefix.slice(-1) + base)) return true;
          const split = splitUnit(prefix + base);
          return split.base === base && split.multiplier === multiplier;
        },
      ),
    );
  });

  it('never throws on arbitrary units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.double({ noNaN: true }), (unit, value) => {
        normalizeQuantity(value, unit);
        unitDimension(unit);
        convertUnit(value, unit, '人');
        return true;
      }),
    );
  });

  it('converts there and back', () => {
    const area = ['平方米', '万平方米', '平方公里', '公顷', '亩'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 6 }),
        fc.constantFrom(...area),
        fc.constantFrom(...area),
        (n, a, b) => {
          const there = convertUnit(n, a, b);
          return there !== null && Math.abs((convertUnit(there, b, a) ?? Number.NaN) - n) < 1e-6 * n;
        },
      ),
    );
  });
});
