import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan-text.ts';

/**
 * Parser regressions found by running unseen reports (own snippets, not samples): the plan's title, year and kind from unusual first pages.
 */
describe('plan title and year', () => {
  const report = (title: string) =>
    [
      title,
      '',
      '一、2025年国民经济和社会发展计划执行情况',
      '',
      '表一  2025年主要指标完成情况',
      '',
      '指标名称\t属性\t2025年计划\t2025年完成',
      '地区生产总值增长\t预期性\t6%左右\t5.8%',
      '',
      '二、2026年主要目标',
      '',
      '表二  2026年主要指标',
      '',
      '指标名称\t属性\t2026年目标',
      '地区生产总值增长\t预期性\t5.5%左右',
      '城镇新增就业\t预期性\t3万人',
    ].join('\n');

  it('takes the report title, not a part heading, and the year of the draft', () => {
    const doc = parsePlanText(report('关于某某市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告'));
    expect(doc.plan.title).toMatch(/^关于某某市/);
    expect(doc.plan.year).toBe(2026);
    expect(doc.indicators.map((i) => [i.name, i.period, i.target.text])).toEqual([
      ['地区生产总值增长', '2026', '5.5%左右'],
      ['城镇新增就业', '2026', '3万人'],
    ]);
  });

  it('without a title line, never takes a part heading or last year’s results table for the plan', () => {
    const doc = parsePlanText(report(''));
    expect(doc.plan.title).not.toMatch(/^(?:一、|表)/);
    expect(doc.plan.year).toBe(2026);
    expect(doc.indicators.every((i) => i.period === '2026')).toBe(true);
  });
});

describe('plan header from unusual titles and pages', () => {
  it.each([
    '宜兴市2025年国民经济和社会发展计划执行情况及2026年国民经济和社会发展计划草案的报告',
    '关于某县2025年国民经济和社会发展计划执行情况和2026年计划草案的报告',
    '关于某区2025年国民经济和社会发展计划执行情况、2026年计划草案的报告',
  ])('takes the draft year from %s', (title) => {
    const doc = parsePlanText(`${title}\n\n一、2025年计划执行情况\n\n2025年，全区地区生产总值增长5.2%。`);
    expect(doc.plan.year).toBe(2026);
    expect(doc.outcomes.map((o) => o.year)).toEqual([2025]);
  });

  it('finds the title below a web page’s breadcrumb and tool bar', () => {
    const text = [
      '首页 > 信息公开 > 发展规划',
      '【打印】',
      '下载',
      '收藏',
      '关闭窗口',
      '【字号：大 中 小】 分享到：',
      '',
      '关于大庆市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
      '',
      '二、2026年主要目标',
      '',
      '主要预期目标是：地区生产总值增长5%左右。',
    ].join('\n');
    expect(parsePlanText(text).plan).toMatchObject({
      title: '关于大庆市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
      region: '大庆市',
      year: 2026,
    });
  });

  it('never takes a sentence of the text for the title', () => {
    expect(parsePlanText('主要目标是：地区生产总值年均增长6%左右，到2030年达到900亿元。').plan.title).toBe(
      '',
    );
  });
});
