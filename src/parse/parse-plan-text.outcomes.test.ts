import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan-text.ts';

/**
 * Parser regressions found by running unseen reports (own snippets, not samples): last year's figures (outcomes) and the indicators they belong to.
 */
describe('last year’s figures', () => {
  const text = [
    '关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
    '',
    '一、2025年计划执行情况',
    '',
    '2025年，全市地区生产总值达到2860亿元、增长6.1%，一般公共预算收入完成215.4亿元，增长3.2%，城乡居民人均可支配收入分别增长4.6%和6.5%，规模以上工业增加值增长7.7%。',
    '',
    '二、“十五五”时期和2026年主要目标',
    '',
    '“十五五”时期主要目标是：规模以上工业增加值年均增长7%以上。',
    '',
    '2026年主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值增长7.5%。',
  ].join('\n');
  const doc = parsePlanText(text);
  const name = (key: string | null) => doc.indicators.find((i) => i.key === key);

  it('keeps the growth stated after the level, in the same clause or the next', () => {
    expect(doc.outcomes.map((o) => [o.name, o.value, o.unit, o.kind])).toEqual([
      ['地区生产总值', 2860, '亿元', 'level'],
      ['地区生产总值', 6.1, '%', 'growth'],
      ['一般公共预算收入', 215.4, '亿元', 'level'],
      ['一般公共预算收入', 3.2, '%', 'growth'],
      ['城镇居民人均可支配收入', 4.6, '%', 'growth'],
      ['农村居民人均可支配收入', 6.5, '%', 'growth'],
      ['规模以上工业增加值', 7.7, '%', 'growth'],
    ]);
    expect(name(doc.outcomes[1].indicator)?.name).toBe('地区生产总值');
  });

  it('links a growth outcome to the year’s target, not the five-year one', () => {
    const industry = doc.outcomes.find((o) => o.value === 7.7);
    expect(name(industry?.indicator ?? null)).toMatchObject({ name: '规模以上工业增加值', period: '2026' });
  });
});

describe('last year’s figures worded around their names', () => {
  const doc = parsePlanText(
    [
      '关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
      '',
      '一、2025年计划执行情况',
      '',
      '2025年，全市地区生产总值增长5.5%，高于全国0.5个百分点。一般公共预算收入完成2850亿元，同口径增长3.6%。数字经济核心产业增加值达到6400亿元，占地区生产总值比重提高到28.9%。城镇新增就业31.2万人，完成年度目标的124.8%。细颗粒物（PM2.5）平均浓度降至27微克/立方米，下降3.6%。',
      '',
      '过去五年，全市地区生产总值年均增长6.2%。',
    ].join('\n'),
  );

  it('names them from the figure before, keeps PM2.5, and leaves comparisons and completion rates out', () => {
    expect(doc.outcomes.map((o) => [o.name, o.year, o.value])).toEqual([
      ['地区生产总值', 2025, 5.5],
      ['一般公共预算收入', 2025, 2850],
      ['一般公共预算收入', 2025, 3.6],
      ['数字经济核心产业增加值', 2025, 6400],
      ['数字经济核心产业增加值占地区生产总值比重', 2025, 28.9],
      ['城镇新增就业', 2025, 31.2],
      ['细颗粒物(PM2.5)平均浓度', 2025, 27],
      ['细颗粒物(PM2.5)平均浓度', 2025, -3.6],
      ['地区生产总值', null, 6.2],
    ]);
  });
});
