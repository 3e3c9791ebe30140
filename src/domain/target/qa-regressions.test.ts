import { describe, expect, it } from 'vitest';
import { parseTarget } from './parse-target.ts';

describe('target expressions found by QA', () => {
  it('reads 年均 inside an indicator name (…年均浓度) as a level, not a CAGR', () => {
    const t = parseTarget('32微克/立方米以内', { indicatorName: '可吸入颗粒物(PM10)年均浓度' });
    expect([t.kind, t.comparator, t.value]).toEqual(['level', 'lte', 32]);
  });

  it('still reads a 年均增长 name as a CAGR', () => {
    const t = parseTarget('6%', { indicatorName: '规模以上工业增加值年均增长' });
    expect(t.kind).toBe('cagr');
  });

  it('signs a cumulative figure in a 降低 row as a decrease', () => {
    const t = parseTarget('累计12%', { indicatorName: '单位地区生产总值二氧化碳排放降低' });
    expect([t.kind, t.value]).toEqual(['cumulative_change', -12]);
  });

  it('reads 突破 as a floor', () => {
    const t = parseTarget('突破1.5万亿元', { indicatorName: '地区生产总值' });
    expect([t.comparator, t.value, t.normalized?.value]).toEqual(['gte', 1.5, 1.5e12]);
  });
});
