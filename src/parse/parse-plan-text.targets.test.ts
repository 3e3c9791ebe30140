import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan-text.ts';

/**
 * Parser regressions found by running unseen reports (own snippets, not samples): indicators and their targets in running text.
 */
describe('attributes stated in the text', () => {
  it('marks the indicators a sentence names as 约束性指标 binding, the rest expected', () => {
    const text = [
      '2026年全县经济社会发展主要目标如下表。其中，单位地区生产总值能耗降低、森林覆盖率为约束性指标，其余为预期性指标。',
      '',
      '表二  2026年主要目标',
      '',
      '指标\t2026年目标',
      '地区生产总值增长\t6.5%左右',
      '单位地区生产总值能耗降低\t3%',
      '森林覆盖率\t68%以上',
    ].join('\n');
    expect(parsePlanText(text).indicators.map((i) => [i.name, i.attribute])).toEqual([
      ['地区生产总值增长', 'expected'],
      ['单位地区生产总值能耗降低', 'binding'],
      ['森林覆盖率', 'binding'],
    ]);
  });

  it('reads 约束性指标包括… too', () => {
    const text =
      '主要预期目标是：地区生产总值增长6%左右，耕地保有量不低于210万亩。约束性指标包括：耕地保有量。';
    expect(parsePlanText(text).indicators.map((i) => i.attribute)).toEqual(['expected', 'binding']);
  });
});

describe('Chinese numerals and joined intensity indicators', () => {
  it('reads quantities in Chinese numerals as commitments', () => {
    const text =
      '关于某市2026年计划草案的报告\n\n三、2026年主要任务\n\n（一）改善居住条件。新增公共停车泊位四千个，新建保障性住房一千二百套，打造一个示范区。';
    const doc = parsePlanText(text);
    expect(doc.commitments.map((c) => text.slice(...c.span))).toEqual([
      '新增公共停车泊位四千个',
      '新建保障性住房一千二百套',
    ]);
    expect(doc.commitments.map((c) => [c.text, c.value, c.unit, c.comparator])).toEqual([
      ['新增公共停车泊位四千个', 4000, '个', 'eq'],
      ['新建保障性住房一千二百套', 1200, '套', 'eq'],
    ]);
  });

  it('reads a Chinese-numeral clause of the targets paragraph as a target, not a category', () => {
    const doc = parsePlanText(
      '2026年全区主要目标为：地区生产总值增长6%左右，新增公共租赁住房二千套，单位增加值能耗下降3%。',
    );
    expect(doc.indicators.map((i) => [i.name, i.target.value, i.category])).toEqual([
      ['地区生产总值', 6, null],
      ['新增公共租赁住房', 2000, null],
      ['单位增加值能耗', -3, null],
    ]);
  });

  it('gives both joined indicators their shared prefix and ending', () => {
    const doc = parsePlanText(
      '主要预期目标是：地区生产总值增长6%左右，单位地区生产总值能源消耗和二氧化碳排放降低完成国家下达任务。',
    );
    expect(doc.indicators.map((i) => [i.name, i.target.kind])).toEqual([
      ['地区生产总值', 'growth'],
      ['单位地区生产总值能源消耗降低', 'external'],
      ['单位地区生产总值二氧化碳排放降低', 'external'],
    ]);
  });
});

describe('the period of the targets', () => {
  const title = '关于某州2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n\n';

  it('keeps the year’s targets annual when the intro calls the year the 十五五 opening year', () => {
    const doc = parsePlanText(
      '2026年是“十五五”规划的开局之年。综合考虑，建议2026年全州经济社会发展主要预期目标为：地区生产总值增长5.5%左右，城镇新增就业3.2万人，居民消费价格涨幅2%左右。',
    );
    expect(doc.plan).toMatchObject({ year: 2026, kind: 'annual' });
    expect(doc.plan.periodStart).toBeUndefined();
    expect(doc.indicators.map((i) => i.period)).toEqual(['2026', '2026', '2026']);
  });

  it('reconciles the paragraph with the table once both are the year’s', () => {
    const text = [
      title,
      '二、2026年主要目标',
      '',
      '今年是“十五五”开局之年，全州经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业2.1万人。',
      '',
      '表二  2026年主要指标',
      '',
      '指标\t属性\t2026年目标',
      '地区生产总值增长\t预期性\t6%左右',
      '城镇新增就业\t预期性\t2.1万人',
    ].join('\n');
    const doc = parsePlanText(text);
    expect(doc.indicators.map((i) => [i.name, i.period, i.sources])).toEqual([
      ['地区生产总值增长', '2026', ['table', 'paragraph']],
      ['城镇新增就业', '2026', ['table', 'paragraph']],
    ]);
  });

  it('gives the year’s and the five-year targets of one paragraph their own periods', () => {
    const doc = parsePlanText(
      `${title}主要目标是：今年地区生产总值增长6.5%左右，城镇新增就业1.5万人；到2030年，地区生产总值年均增长6%左右，常住人口城镇化率达到70%。`,
    );
    expect(doc.indicators.map((i) => [i.name, i.period, i.target.kind])).toEqual([
      ['地区生产总值', '2026', 'growth'],
      ['城镇新增就业', '2026', 'quantity'],
      ['地区生产总值', '2026-2030', 'cagr'],
      ['常住人口城镇化率', '2026-2030', 'level'],
    ]);
    expect(doc.warnings.filter((w) => w.code === 'target_clause_unread')).toEqual([]);
  });

  it('switches to the year at a second intro in the same paragraph', () => {
    const doc = parsePlanText(
      `${title}“十五五”时期主要目标是：地区生产总值年均增长5.5%左右，研发经费投入强度达到3%。2026年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%。`,
    );
    expect(doc.indicators.map((i) => [i.name, i.period])).toEqual([
      ['地区生产总值', '2026-2030'],
      ['研发经费投入强度', '2026-2030'],
      ['地区生产总值', '2026'],
      ['一般公共预算收入', '2026'],
    ]);
  });

  it('reads 到2030年 as the end of the five years, with or without a plan year', () => {
    const doc = parsePlanText(
      '今后五年，全市经济社会发展的主要目标是：地区生产总值年均增长5.5%左右，到2030年突破8000亿元；规模以上工业增加值年均增长7%以上。',
    );
    expect(doc.plan.year).toBeNull();
    expect(doc.indicators.map((i) => [i.name, i.period, i.target.kind, i.target.value])).toEqual([
      ['地区生产总值', '2026-2030', 'cagr', 5.5],
      ['规模以上工业增加值', '2026-2030', 'cagr', 7],
    ]);
    expect(doc.indicators[0].target.text).toMatch(/到2030年突破8000亿元$/);
    expect(doc.warnings.map((w) => w.code)).not.toContain('target_clause_unread');
  });

  it('leaves time words out of indicator names', () => {
    const doc = parsePlanText(
      `${title}今后五年的主要目标是：单位地区生产总值能耗五年累计降低14%，“十五五”期间单位地区生产总值二氧化碳排放累计降低18%。`,
    );
    expect(doc.indicators.map((i) => i.name)).toEqual([
      '单位地区生产总值能耗',
      '单位地区生产总值二氧化碳排放',
    ]);
  });

  it('reads a target assigned from above that names its indicator inside', () => {
    const doc = parsePlanText(`${title}主要预期目标是：地区生产总值增长6%左右，完成省下达的节能降碳任务。`);
    expect(doc.indicators.map((i) => [i.name, i.target.kind])).toEqual([
      ['地区生产总值', 'growth'],
      ['节能降碳', 'external'],
    ]);
  });

  it('documents an undated plan with an empty period', () => {
    const doc = parsePlanText('主要预期目标是：地区生产总值增长6%左右。');
    expect(doc.indicators.map((i) => i.period)).toEqual(['']);
  });
});

describe('分别 lists', () => {
  const title = '关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n\n';

  it('reads 城乡居民…分别增长 as the 城镇 and the 农村 target', () => {
    const doc = parsePlanText(
      `${title}主要预期目标是：地区生产总值增长6%以上，力争6.5%；城乡居民人均可支配收入分别增长5%和6.5%。`,
    );
    expect(doc.indicators.map((i) => [i.name, i.target.value, i.target.stretch ?? null])).toEqual([
      ['地区生产总值', 6, 6.5],
      ['城镇居民人均可支配收入', 5, null],
      ['农村居民人均可支配收入', 6.5, null],
    ]);
    expect(doc.warnings.map((w) => w.code)).not.toContain('target_clause_unread');
  });

  it('gives last year’s figures the names they share or were given before', () => {
    const doc = parsePlanText(
      `${title}一、2025年计划执行情况\n\n2025年，城镇、农村居民人均可支配收入分别达到48600元、23900元，分别增长4.8%和6.6%。机场旅客吞吐量达到5200万人次，货邮吞吐量45万吨，分别增长6.5%和8.2%。`,
    );
    expect(doc.outcomes.map((o) => [o.name, o.value])).toEqual([
      ['城镇居民人均可支配收入', 48600],
      ['农村居民人均可支配收入', 23900],
      ['城镇居民人均可支配收入', 4.8],
      ['农村居民人均可支配收入', 6.6],
      ['机场旅客吞吐量', 5200],
      ['货邮吞吐量', 45],
      ['机场旅客吞吐量', 6.5],
      ['货邮吞吐量', 8.2],
    ]);
  });

  it('pairs a commitment’s figures with their subjects', () => {
    const doc = parsePlanText(
      `${title}三、2026年主要任务\n\n（一）兜牢民生底线。城乡低保标准分别提高到每人每月850元、650元。`,
    );
    expect(doc.commitments.map((c) => [c.subject, c.value])).toEqual([
      ['城镇低保标准提高到每人每月', 850],
      ['农村低保标准提高到每人每月', 650],
    ]);
  });
});

describe('names of joined intensity targets', () => {
  it('leaves 累计 out of the second name', () => {
    const doc = parsePlanText(
      '今后五年的主要目标是：单位地区生产总值能耗和二氧化碳排放累计降低完成省下达任务。',
    );
    expect(doc.indicators.map((i) => i.name)).toEqual([
      '单位地区生产总值能耗降低',
      '单位地区生产总值二氧化碳排放降低',
    ]);
  });
});

/** Third round: tables from web pages and Word, outlines, county figures in Chinese numerals. */

describe('targets assigned by the province (省定)', () => {
  it('reads 完成省定目标 as an external target, not an unread clause', () => {
    const doc = parsePlanText(
      '今年主要预期目标是：地区生产总值增长６％左右，单位生产总值能耗下降完成省定目标。',
    );
    expect(doc.indicators.map((i) => [i.name, i.target.kind])).toEqual([
      ['地区生产总值', 'growth'],
      ['单位生产总值能耗下降', 'external'],
    ]);
    expect(doc.warnings.map((w) => w.code)).not.toContain('target_clause_unread');
  });
});

describe('a bare clause between targets', () => {
  it('is not the category of the targets after it', () => {
    const doc = parsePlanText(
      '今年主要预期目标是：地区生产总值增长6%左右，普及十二年免费教育，人均预期寿命达到七十九岁。',
    );
    expect(doc.indicators.map((i) => [i.name, i.category, i.target.value])).toEqual([
      ['地区生产总值', null, 6],
      ['人均预期寿命', null, 79],
    ]);
  });
});
