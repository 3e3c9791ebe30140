import { describe, expect, it } from 'vitest';
import { cleanTargetText, readYears, removeNonTargetNumbers } from './clean-target-text.ts';

describe('cleanTargetText', () => {
  it.each([
    ['增長５％左右', '增长5%左右'],
    ['细颗粒物(PM <sub>2.5</sub> )平均浓度', '细颗粒物(PMx)平均浓度'],
    ['增长 5 % 左右', '增长5%左右'],
    ['增长百分之五', '增长五%'],
    ['千分之三以内', '三‰以内'],
  ])('%s → %s', (input, expected) => {
    expect(cleanTargetText(input)).toBe(expected);
  });
});

describe('readYears', () => {
  it.each<[string, number | null, number | null]>([
    ['到2030年累计下降13.5%', 2030, null],
    ['2030年达到80%', 2030, null],
    ['比2025年下降13.5%', null, 2025],
    ['以2020年为基数累计下降18%', null, 2020],
    ['与2025年相比下降10%,到2030年', 2030, 2025],
    ['增长5%左右', null, null],
  ])('%s', (text, byYear, baseYear) => {
    expect(readYears(text)).toEqual({ byYear, baseYear });
  });
});

describe('removeNonTargetNumbers', () => {
  it.each([
    ['到2030年累计下降13.5%', '到累计下降13.5%'],
    ['“十五五”期间年均增长5%', '年均增长5%'],
    ['比上年增长5%', '增长5%'],
  ])('%s → %s', (text, expected) => {
    expect(removeNonTargetNumbers(text)).toBe(expected);
  });
});
