import { describe, expect, it } from 'vitest';
import { findQuantities } from './find-quantities.ts';

describe('findQuantities', () => {
  it.each([
    ['新增公园100座', [[100, '座', 'eq']]],
    ['城镇新增就业60万人以上', [[60, '万人', 'gte']]],
    ['新增供应保障性租赁住房5万套(间)', [[5, '万套(间)', 'eq']]],
    ['全年计划投资额2550亿元', [[2550, '亿元', 'eq']]],
    ['新增跨国公司地区总部60家左右', [[60, '家', 'approx']]],
    ['新增50家以上市级先进级智能工厂', [[50, '家', 'gte']]],
    ['城镇调查失业率控制在5.5%以内', [[5.5, '%', 'lte']]],
    ['培训不少于2,000人次', [[2000, '人次', 'gte']]],
    [
      '新建绿地500公顷、绿道100公里',
      [
        [500, '公顷', 'eq'],
        [100, '公里', 'eq'],
      ],
    ],
    ['降低0.5个百分点', [[0.5, '个百分点', 'eq']]],
    ['培育100余家链主企业', [[100, '家', 'gte']]],
    ['新增光伏装机100万千瓦', [[100, '万千瓦', 'eq']]],
    ['集装箱吞吐量达到5000万标准箱', [[5000, '万标准箱', 'eq']]],
  ])('%s', (text, expected) => {
    expect(findQuantities(text).map((q) => [q.value, q.unit, q.comparator])).toEqual(expected);
  });

  it.each([
    '高质量办好第48届世界技能大赛',
    '轨道交通19号线',
    'G50高速公路改建工程',
    '围绕6G、可控核聚变等赛道',
    '推动PM2.5和臭氧协同控制',
    '再延长30年试点',
    '有序推动公园24小时开放',
    '出区制度型开放2.0版方案',
    '举办2026年度座谈会',
    '实施三年行动计划',
    '3个月内办结',
  ])('finds no quantity in %s', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });

  it('shifts offsets by the piece start', () => {
    const [q] = findQuantities('新增公园100座', 10);
    expect([q.start, q.end]).toEqual([14, 18]);
  });
});
