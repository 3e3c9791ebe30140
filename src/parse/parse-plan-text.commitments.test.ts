import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan-text.ts';

/**
 * Parser regressions found by running unseen reports (own snippets, not samples): commitments: what is a quantity of work, its subject, comparator and links.
 */
describe('commitment wording', () => {
  const commitments = (body: string) =>
    parsePlanText(
      `关于某市2026年计划草案的报告\n\n三、2026年主要任务\n\n（一）推进数字基建。${body}`,
    ).commitments.map((c) => [c.text, c.value, c.unit]);

  it('leaves a leading deadline out of the commitment text', () => {
    expect(commitments('10月底前完成老旧电梯更新450台。')).toEqual([['完成老旧电梯更新450台', 450, '台']]);
  });

  it('reads computing power in P', () => {
    expect(commitments('新增智能算力规模5000P。')).toEqual([['新增智能算力规模5000P', 5000, 'P']]);
  });
});

describe('commitment subjects and comparators', () => {
  const commitments = (body: string) =>
    parsePlanText(
      `关于某市2026年计划草案的报告\n\n三、2026年主要任务\n\n（一）办好民生实事。${body}`,
    ).commitments.map((c) => [c.subject, c.value, c.comparator]);

  it('leaves the comparison and the deadline out of the subject', () => {
    expect(
      commitments('城乡低保标准每人每月提高不低于30元，到2030年数字经济核心产业增加值突破900亿元。'),
    ).toEqual([
      ['城乡低保标准每人每月提高', 30, 'gte'],
      ['数字经济核心产业增加值', 900, 'gte'],
    ]);
  });

  it('reads 近 before a number as approximate', () => {
    expect(commitments('新增就业岗位近3万个。')).toEqual([['新增就业岗位', 3, 'approx']]);
  });
});

describe('commitments: what is and is not a quantity of work', () => {
  const commitments = (body: string) =>
    parsePlanText(
      `关于某市2026年计划草案的报告\n\n三、2026年主要任务\n\n（一）推进重点工作。${body}`,
    ).commitments.map((c) => [c.subject, c.value, c.unit]);

  it('takes shares, rates and share points set in the tasks (a plan office tracks them)', () => {
    expect(
      commitments(
        '研发经费投入强度达到3.5%，数字经济核心产业增加值占地区生产总值比重达到12%，参保率稳定在95%以上，数字贸易额占服务贸易比重提高5个百分点，软件业务收入增长15%。',
      ),
    ).toEqual([
      ['研发经费投入强度', 3.5, '%'],
      ['数字经济核心产业增加值占地区生产总值比重', 12, '%'],
      ['参保率', 95, '%'],
      ['数字贸易额占服务贸易比重提高', 5, '个百分点'],
      ['软件业务收入增长', 15, '%'],
    ]);
  });

  it('gives portfolio labels their own subject, a qualifying figure none, a bare growth its thing', () => {
    expect(
      commitments(
        '其中新开工项目110个、续建项目180个、竣工项目30个。培育年销售收入过10亿元的龙头企业2家。完成工业投资1600亿元，增长8%以上。到2027年底前完成120个老旧小区改造。',
      ),
    ).toEqual([
      ['新开工项目', 110, '个'],
      ['续建项目', 180, '个'],
      ['竣工项目', 30, '个'],
      ['培育年销售收入过10亿元的龙头企业', 2, '家'],
      ['完成工业投资', 1600, '亿元'],
      ['工业投资增长', 8, '%'],
      ['完成老旧小区改造', 120, '个'],
    ]);
  });

  it('takes no project from a deadline before a trailing stage', () => {
    const doc = parsePlanText(
      '关于某市2026年计划草案的报告\n\n三、2026年主要任务\n\n（一）推进交通建设。加快建设轨道交通19号线，2026年6月底前建成通车。',
    );
    expect(doc.projects.map((p) => p.name)).toEqual(['轨道交通19号线']);
  });
});

describe('county figures in Chinese numerals and capacity units', () => {
  const doc = parsePlanText(
    [
      '某县2026年政府工作报告',
      '',
      '二、2026年重点工作',
      '',
      '（一）推动绿色低碳发展',
      '',
      '新增光伏装机容量五万千瓦，建成风电场二期50兆瓦，新建储能电站一座。力争主营业务收入突破二百亿元，改造提升高标准农田一万五千亩。全年削减化学需氧量八百吨、氨氮一百二十吨，新增污水处理能力五千吨/日。改造城镇老旧小区八个、惠及居民一千二百户，完成集装箱运量一万标准箱。打造一个区域物流中心，推行最多跑一次。建成电厂三期2×100万千瓦机组，工业机器人产量达到5万台（套）。',
    ].join('\n'),
  );
  const facts = doc.commitments.map((c) => [c.subject, c.value, c.unit, c.normalized.value]);

  it('reads each quantity with its unit as written and in the base unit', () => {
    expect(facts).toEqual([
      ['新增光伏装机容量', 5, '万千瓦', 50000],
      ['建成风电场二期', 50, '兆瓦', 50],
      ['新建储能电站', 1, '座', 1],
      ['主营业务收入', 200, '亿元', 20000000000],
      ['改造提升高标准农田', 15000, '亩', 15000],
      ['削减化学需氧量', 800, '吨', 800],
      ['削减氨氮', 120, '吨', 120],
      ['新增污水处理能力', 5000, '吨/日', 5000],
      ['改造城镇老旧小区', 8, '个', 8],
      ['惠及居民', 1200, '户', 1200],
      ['完成集装箱运量', 1, '万标准箱', 10000],
      ['工业机器人产量', 5, '万台(套)', 50000],
    ]);
  });
});

describe('commitments and their links, third round', () => {
  const doc = parsePlanText(
    [
      '今年主要预期目标是：生产总值增长6%左右。',
      '',
      '三、重点工作',
      '',
      '（一）提升治理效能。高等教育毛入学率提高到62%，碳排放权交易市场覆盖行业扩大到8个。亿元生产总值生产安全事故死亡率下降5%以上，集装箱吞吐量力争达到4200万标准箱。',
    ].join('\n'),
  );

  it('takes a rate raised to a level, and leaves the verb out of the subject', () => {
    expect(doc.commitments.map((c) => c.subject)).toEqual([
      '高等教育毛入学率',
      '碳排放权交易市场覆盖行业',
      '亿元生产总值生产安全事故死亡率下降',
      '集装箱吞吐量',
    ]);
  });

  it('does not link a figure to an indicator whose name is only part of its subject', () => {
    expect(doc.commitments.map((c) => c.indicator)).toEqual([null, null, null, null]);
  });
});
