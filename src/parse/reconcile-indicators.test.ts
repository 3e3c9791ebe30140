import { describe, expect, it } from 'vitest';
import { parseTarget } from '../domain/target/parse-target.ts';
import type { FoundIndicator } from './items/item.types.ts';
import { createNameMatcher, reconcileIndicators, targetsAgree } from './reconcile-indicators.ts';

const found = (
  source: 'table' | 'paragraph',
  name: string,
  target: string,
  start: number,
): FoundIndicator => ({
  kind: 'indicator',
  source,
  name,
  attribute: 'expected',
  attributeStated: source === 'table',
  category: source === 'paragraph' ? '经济发展' : null,
  period: '2026',
  target: parseTarget(target, { indicatorName: name }),
  start,
  end: start + 5,
});

describe('reconcileIndicators', () => {
  it.each([
    ['涨幅2%左右', '102左右', '居民消费价格', '居民消费价格指数', true],
    ['达到45%以上', '45%以上', '工业比重', '工业比重', true],
    ['增长5%左右', '增长6%左右', '地区生产总值', '全市生产总值', false],
    ['完成国家下达目标', '完成国家下达目标', '单位能耗', '单位能耗', true],
  ])('%s vs %s agree: %s', (a, b, na, nb, agree) => {
    expect(targetsAgree(parseTarget(a, { indicatorName: na }), parseTarget(b, { indicatorName: nb }))).toBe(
      agree,
    );
  });

  it('puts the paragraph category and span on the table row, and reports disagreement', () => {
    const { indicators, disagreements } = reconcileIndicators(
      [
        found('table', '全市生产总值', '增长6%左右', 100),
        found('table', '城镇新增就业人数', '60万人以上', 110),
      ],
      [found('paragraph', '全市生产总值', '增长5%左右', 10), found('paragraph', '森林覆盖率', '达到70%', 20)],
    );
    expect(indicators.map((i) => [i.name, i.sources.join('+'), i.category])).toEqual([
      ['森林覆盖率', 'paragraph', '经济发展'],
      ['全市生产总值', 'table+paragraph', '经济发展'],
      ['城镇新增就业人数', 'table', null],
    ]);
    expect(disagreements.map((d) => [d.tableTarget, d.paragraphTarget])).toEqual([
      ['增长6%左右', '增长5%左右'],
    ]);
  });

  it.each([
    ['城镇新增就业人数', '城镇新增就业', true],
    ['居民消费价格指数', '居民消费价格', true],
    ['旧住房成套改造面积', '旧住房成套改造', true],
    ['森林覆盖率', '城镇调查失业率', false],
  ])('%s ≈ %s: %s', (a, b, same) => {
    expect(createNameMatcher()(a, b) >= 0.5).toBe(same);
  });
});
