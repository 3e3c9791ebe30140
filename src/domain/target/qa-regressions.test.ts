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

  it.each([
    ['增长1倍', 'growth', 'eq', 100],
    ['增长1.5倍以上', 'growth', 'gte', 150],
    ['比2020年增长2倍', 'cumulative_change', 'eq', 200],
  ])('reads %s as a rise of n × 100%%', (text, kind, comparator, value) => {
    const t = parseTarget(text, { indicatorName: '数字经济核心产业增加值' });
    expect([t.kind, t.comparator, t.value, t.unit, t.normalized]).toEqual([
      kind,
      comparator,
      value,
      '%',
      { value, unit: '%' },
    ]);
  });

  it('takes the rate of a compound five-year target and reports the end level', () => {
    const t = parseTarget('年均增长5.5%左右，到2030年达到8000亿元', { indicatorName: '地区生产总值' });
    expect([t.kind, t.comparator, t.value, t.byYear]).toEqual(['cagr', 'approx', 5.5, 2030]);
    expect(t.warnings?.join()).toMatch(/到2030年达到8000亿元/);
  });

  it('keeps a rate written before a level as the target of the year too', () => {
    const t = parseTarget('增长6.5%左右，达到1200亿元', { indicatorName: '地区生产总值' });
    expect([t.kind, t.value]).toEqual(['growth', 6.5]);
  });

  it('reads 近 before the number as approximate', () => {
    const t = parseTarget('近3万个', { indicatorName: '新增城镇就业岗位' });
    expect([t.comparator, t.normalized]).toEqual(['approx', { value: 30000, unit: '个' }]);
  });

  it('reads the deficit ratio as lower-is-better', () => {
    expect(parseTarget('赤字率3.8%左右').direction).toBe('down');
  });

  it('gives a bracketed total without a unit the % its normalised form has', () => {
    const t = parseTarget('[2.8]');
    expect([t.kind, t.unit, t.normalized]).toEqual(['cumulative_change', '%', { value: 2.8, unit: '%' }]);
  });

  it('keeps a name written inside an assigned target external', () => {
    expect(parseTarget('完成省下达的节能降碳任务', { indicatorName: '节能降碳' }).kind).toBe('external');
  });
});

describe('target expressions found by the third QA round', () => {
  it.each([
    ['五万千瓦', 'quantity', 'eq', 5, '万千瓦', { value: 50000, unit: '千瓦' }],
    ['1万标准箱以上', 'quantity', 'gte', 1, '万标准箱', { value: 10000, unit: '标准箱' }],
    ['20万吨/日', 'quantity', 'eq', 20, '万吨/日', { value: 200000, unit: '吨/日' }],
    ['一万五千亩', 'quantity', 'eq', 15000, '亩', { value: 15000, unit: '亩' }],
  ])('reads %s with the unit as written', (text, kind, comparator, value, unit, normalized) => {
    const t = parseTarget(text);
    expect([t.kind, t.comparator, t.value, t.unit, t.normalized]).toEqual([
      kind,
      comparator,
      value,
      unit,
      normalized,
    ]);
  });

  it.each(['完成省定目标', '下降完成省定目标', '完成市定任务'])('reads %s as assigned from above', (text) => {
    const t = parseTarget(text, { indicatorName: '单位地区生产总值能耗' });
    expect([t.kind, t.direction]).toEqual(['external', 'down']);
  });
});
