import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMERAL_PATTERN, parseNumber } from './parse-number.ts';

describe('parseNumber', () => {
  it.each<[string, number | null]>([
    ['5', 5],
    ['4.5', 4.5],
    ['1,200', 1200],
    ['1，200', 1200],
    ['12,345,678.9', 12345678.9],
    ['１２．５', 12.5],
    ['１，２００', 1200],
    [' 68 ', 68],
    ['-3', -3],
    ['+2', 2],
    ['.5', 0.5],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零八', 108],
    ['一千五百', 1500],
    ['三点五', 3.5],
    ['〇', 0],
    ['零', 0],
    ['二〇二六', 2026],
    ['一万零五', 10005],
    ['十二万三千', 123000],
    ['三亿五千万', 350000000],
    ['一万亿', 1e12],
    ['壹仟贰佰', 1200],
    ['负三', -3],
    ['1.5万', 15000],
    ['3千', 3000],
    ['4.6万', 46000],
    ['1.2万亿', 1.2e12],
    ['2550亿', 255000000000],
    ['', null],
    ['abc', null],
    ['万', null],
    ['百', null],
    ['1,20', null],
    ['1.2.3', null],
    ['5%', null],
    ['-', null],
  ])('%s → %s', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const n = parseNumber(s);
        return n === null || typeof n === 'number';
      }),
    );
  });

  it('never throws on strings of numeral characters', () => {
    const chars = [...'0123456789.,，万亿千百十一二两三四五六七八九〇零点负-'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...chars) }), (s) => parseNumber(s) !== undefined),
    );
  });

  it('reads back any formatted non-negative decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 2 }), (n, d) => {
        const x = n / 10 ** d;
        return parseNumber(x.toLocaleString('en-US', { maximumFractionDigits: 2 })) === x;
      }),
    );
  });
});

describe('NUMERAL_PATTERN', () => {
  const find = (text: string) => text.match(new RegExp(NUMERAL_PATTERN, 'g'));

  it.each<[string, string[]]>([
    ['增长5%左右', ['5']],
    ['4.5%-5%', ['4.5', '5']],
    ['城镇新增就业1,200万人以上', ['1,200']],
    ['提高到６８．５％', ['６８．５']],
    ['新增一千五百个', ['一千五百']],
    ['六十万人', ['六十']],
    ['三点五个百分点', ['三点五']],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('has no capture groups', () => {
    expect(new RegExp(`${NUMERAL_PATTERN}|`).exec('')!.length).toBe(1);
  });
});
