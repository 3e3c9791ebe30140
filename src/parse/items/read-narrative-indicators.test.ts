import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../parse-plan-text.ts';

const REPORT = (body: string) =>
  `2026年某某省政府工作报告\n——2026年1月20日在某某省第十四届人民代表大会第四次会议上\n${body}`;
const names = (text: string) =>
  parsePlanText(REPORT(text)).indicators.map((i) => `${i.period} ${i.name} ${i.target.text}`);

describe('targets stated in running text', () => {
  it('reads the five-year targets spread through the paragraphs of a goals part', () => {
    const got = names(
      [
        '二、“十五五”时期主要目标和重大任务',
        '（一）推动高质量发展取得新进展。打造4个先进制造业集群。全省地区生产总值年均增长5%左右，常住人口城镇化率达到65%。',
        '（二）扎实推进共同富裕。居民收入增长与经济增长同步，人均预期寿命提高到80岁以上。',
        '三、2026年重点工作',
        '今年主要预期目标是：地区生产总值增长5%左右。',
      ].join('\n'),
    );
    expect(got).toEqual([
      '2026-2030 全省地区生产总值 年均增长5%左右',
      '2026-2030 常住人口城镇化率 达到65%',
      '2026-2030 居民收入 与经济增长同步',
      '2026-2030 人均预期寿命 提高到80岁以上',
      '2026 地区生产总值 增长5%左右',
    ]);
  });

  it('reads goals announced by a lead-in line (“十五五”时期，要努力实现以下目标任务：一是…)', () => {
    const got = names(
      '“十五五”时期，要努力实现以下目标任务：\n一是发展水平明显提升。全体居民人均可支配收入年均增长5%以上。\n二是生态更美。森林覆盖率达到13.5%。\n',
    );
    expect(got).toEqual([
      '2026-2030 全体居民人均可支配收入 年均增长5%以上',
      '2026-2030 森林覆盖率 达到13.5%',
    ]);
  });

  it('leaves out the goals of the plan that ended (“十四五”…) and last year’s results', () => {
    const got = names('“十四五”时期主要目标：\n地区生产总值年均增长5.5%。\n去年全省地区生产总值增长5.4%。\n');
    expect(got).toEqual([]);
  });
});

describe('the bounds of a goals part', () => {
  it('does not read the year’s tasks of a part that also holds them, nor a review paragraph', () => {
    const got = names(
      [
        '二、“十五五”时期目标任务和2026年工作安排',
        '举办促消费活动4000场以上，接待游客人次增长10%。',
        '“十五五”时期主要目标',
        '“十五五”时期，我们牢记嘱托，地区生产总值年均增长4.8%。',
        '《纲要》提出6项指标，地区生产总值年均增长5%左右。',
      ].join('\n'),
    );
    expect(got).toEqual(['2026-2030 地区生产总值 年均增长5%左右']);
  });

  it('a goal without a number names a measurable indicator or is left out (如期实现碳达峰目标)', () => {
    const got = names('“十五五”时期主要目标\n碳排放如期实现碳达峰目标，劳动报酬与劳动生产率同步提高。\n');
    expect(got).toEqual(['2026-2030 劳动报酬 与劳动生产率同步提高']);
  });
});

describe('targets presented with the outline and in old wording', () => {
  it('reads a paragraph presenting the outline’s indicators wherever it stands', () => {
    const got = names(
      '二、一张蓝图绘到底\n《纲要草案》据此细化设定了今后五年我省经济发展、民生福祉等五大类24个主要指标，包括地区生产总值年均增长5%左右，居民人均可支配收入增长与经济增长同步。\n',
    );
    expect(got).toEqual([
      '2026-2030 地区生产总值 年均增长5%左右',
      '2026-2030 居民人均可支配收入 与经济增长同步',
    ]);
  });

  it('gives each sector its target (一二三产增加值分别增长…)', () => {
    const got = names(
      '主要预期目标是：地区生产总值增长5%左右，其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。',
    );
    expect(got).toEqual([
      '2026 地区生产总值 增长5%左右',
      '2026 一产增加值 增长3.5%左右',
      '2026 二产增加值 增长6%左右',
      '2026 三产增加值 增长5%左右',
    ]);
  });

  it('reads a share written in words (年均增长百分之五) in an outline’s goals', () => {
    const doc = parsePlanText(
      '中华人民共和国国民经济和社会发展“九五”计划纲要\n（三）“九五”国民经济和社会发展的奋斗目标\n“九五”期间，城镇居民人均生活费收入实际年均增长百分之五，彩电普及率由百分之四十二提高到百分之六十。\n',
    );
    expect(doc.indicators.map((i) => [i.period, i.name, i.target.value])).toEqual([
      ['1996-2000', '城镇居民人均生活费收入', 5],
      ['1996-2000', '彩电普及率', 60],
    ]);
  });
});

describe('targets without a number in the year’s list', () => {
  it('takes a comparison and a qualitative target of a measurable indicator, not a goal heading', () => {
    const got = names(
      '今年经济社会发展的主要预期目标是：经济发展提质增效，地区生产总值增长5%左右；全员劳动生产率增速高于地区生产总值增速，制造业投资和民间投资占比稳步提升，粮食产量只增不减，城镇调查失业率5.5%左右。',
    );
    expect(got).toEqual([
      '2026 地区生产总值 增长5%左右',
      '2026 全员劳动生产率增速 高于地区生产总值增速',
      '2026 制造业投资占比 稳步提升',
      '2026 民间投资占比 稳步提升',
      '2026 粮食产量 只增不减',
      '2026 城镇调查失业率 5.5%左右',
    ]);
  });

  it('gives one target per indicator of a shared assigned target (A及B完成国家下达任务)', () => {
    const got = names(
      '今年主要预期目标是：地区生产总值增长5%，粮食播种面积及生态环境质量指标完成国家下达目标任务。',
    );
    expect(got).toEqual([
      '2026 地区生产总值 增长5%',
      '2026 粮食播种面积 完成国家下达目标任务',
      '2026 生态环境质量指标 完成国家下达目标任务',
    ]);
  });
});
