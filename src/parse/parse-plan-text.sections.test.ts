import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan-text.ts';

/**
 * Parser regressions found by running unseen reports (own snippets, not samples): how parts, sections, tasks and measures are told apart.
 */
describe('task part numbering', () => {
  const sectionTree = (text: string) =>
    parsePlanText(text).sections.map((s) => [s.title, s.tasks.map((t) => t.title)]);

  it('reads (一) sections grouped under 一、 headings inside the tasks part', () => {
    const text = [
      '关于某州2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
      '',
      '三、2026年经济社会发展主要任务',
      '',
      '一、坚持创新驱动，培育壮大发展新动能',
      '',
      '（一）强化企业创新主体地位。新增高新技术企业80家，建设省级创新平台6个。',
      '',
      '二、坚持扩大内需，巩固经济回升态势',
      '',
      '（一）扩大有效投资。全年实施重点项目900个，完成投资1800亿元。',
      '',
      '（二）促进消费提质。新增限上商贸企业120家。',
    ].join('\n');
    const doc = parsePlanText(text);
    expect(doc.sections.map((s) => s.title)).toEqual([
      '强化企业创新主体地位',
      '扩大有效投资',
      '促进消费提质',
    ]);
    expect(doc.commitments.every((c) => c.section !== null)).toBe(true);
    expect(doc.commitments.map((c) => c.value)).toContain(1800);
  });

  it('reads 一、 sections with (一) tasks when the parts themselves are the task areas', () => {
    const text = [
      '关于某县2026年国民经济和社会发展计划草案的报告',
      '',
      '一、聚焦产业升级，增强县域经济实力',
      '',
      '（一）壮大特色产业。新建标准厂房20万平方米，新增规上工业企业30家。',
      '',
      '二、聚焦民生改善，提升群众获得感',
      '',
      '（一）办好民生实事。新增托位600个。',
    ].join('\n');
    expect(sectionTree(text)).toEqual([
      ['聚焦产业升级，增强县域经济实力', ['壮大特色产业']],
      ['聚焦民生改善，提升群众获得感', ['办好民生实事']],
    ]);
  });

  it('reads county style 1. sections with (1) tasks', () => {
    const text = [
      '关于某县2026年国民经济和社会发展计划草案的报告',
      '',
      '三、2026年重点工作',
      '',
      '1.做实产业发展',
      '',
      '（1）壮大茶产业。新建高标准茶园5000亩。',
      '',
      '（2）发展乡村旅游。创建A级景区3个。',
      '',
      '2.做优公共服务',
      '',
      '（1）补齐教育短板。新增学位1800个。',
    ].join('\n');
    expect(sectionTree(text)).toEqual([
      ['做实产业发展', ['壮大茶产业', '发展乡村旅游']],
      ['做优公共服务', ['补齐教育短板']],
    ]);
    expect(parsePlanText(text).commitments.every((c) => c.section !== null)).toBe(true);
  });
});

describe('a numbered 民生实事 list', () => {
  const text = [
    '某市2026年政府工作报告',
    '',
    '三、2026年重点工作',
    '',
    '（六）持续增进民生福祉',
    '',
    '扎实办好民生实事。今年重点办好十件民生实事：',
    '',
    '1.新增普惠托位2000个，建设社区嵌入式托育点50个。',
    '',
    '2.新建改扩建公办幼儿园10所、中小学15所，新增学位1.2万个。',
    '',
    '3.新开通、优化城市公交线路20条。',
    '',
    '持续稳定扩大就业。城镇新增就业6万人。',
  ].join('\n');
  const doc = parsePlanText(text);

  it('reads each item as measures of the task that announced the list, with its commitments', () => {
    const [section] = doc.sections;
    expect(section.tasks.map((t) => [t.title, t.measures.length])).toEqual([
      ['扎实办好民生实事', 4],
      ['持续稳定扩大就业', 1],
    ]);
    expect(doc.commitments.map((c) => [c.text, c.subject, c.value])).toEqual([
      ['新增普惠托位2000个', '新增普惠托位', 2000],
      ['建设社区嵌入式托育点50个', '建设社区嵌入式托育点', 50],
      ['新建改扩建公办幼儿园10所', '新建改扩建公办幼儿园', 10],
      ['中小学15所', '新建改扩建中小学', 15],
      ['新增学位1.2万个', '新增学位', 1.2],
      ['新开通、优化城市公交线路20条', '新开通、优化城市公交线路', 20],
      ['城镇新增就业6万人', '城镇新增就业', 6],
    ]);
  });
});

describe('county sections whose (1) items are statements', () => {
  it('reads one-sentence items of figures as the section’s measures, a titled item as a task', () => {
    const text = [
      '关于某县2026年计划草案的报告',
      '',
      '三、2026年重点工作',
      '',
      '1.做强特色产业',
      '',
      '（1）新建标准化生态茶园2万亩，改造低产茶园1.5万亩。',
      '',
      '（2）新增规模以上茶叶企业10家。',
      '',
      '2.扩大有效投资',
      '',
      '（1）抓实项目建设。新开工项目45个。',
    ].join('\n');
    const doc = parsePlanText(text);
    expect(
      doc.sections.map((s) => [s.title, s.tasks.map((t) => [t.title, t.measures.map((m) => m.text)])]),
    ).toEqual([
      [
        '做强特色产业',
        [['做强特色产业', ['新建标准化生态茶园2万亩，改造低产茶园1.5万亩', '新增规模以上茶叶企业10家']]],
      ],
      ['扩大有效投资', [['抓实项目建设', ['新开工项目45个']]]],
    ]);
    expect(doc.commitments.map((c) => c.value)).toEqual([2, 1.5, 10, 45]);
  });
});

describe('a five-year outline with 篇, 章, 节 and 专栏 boxes', () => {
  const doc = parsePlanText(
    [
      '某市国民经济和社会发展第十五个五年规划纲要',
      '',
      '第一篇 开启现代化建设新征程',
      '',
      '第一章 发展基础',
      '',
      '“十四五”时期，全市地区生产总值由2020年的3753亿元增加到2025年的5400亿元，年均增长7.1%。高新技术企业由1009家增加到2850家。',
      '',
      '第二篇 坚持创新驱动发展',
      '',
      '第三章 强化战略科技力量',
      '',
      '第一节 建设高能级创新平台',
      '',
      '新建省级以上创新平台100个。',
      '',
      '专栏2 科技创新重大工程',
      '',
      '重大平台：建成先进制造研究院二期；开工建设未来科学城。',
      '乡村建设：实施百村示范、千村提升工程。',
      '',
      '第三篇 全面推进乡村振兴',
      '',
      '第四章 巩固农业基础地位',
      '',
      '第一节 提升粮食综合生产能力',
      '',
      '新建高标准农田30万亩。',
    ].join('\n'),
  );

  it('reads the chapters as sections, the 篇 as their groups, and a box as one task', () => {
    expect(
      doc.sections.map((s) => [s.number, s.title, s.tasks.map((t) => [t.title, t.measures.length])]),
    ).toEqual([
      [
        3,
        '强化战略科技力量',
        [
          ['建设高能级创新平台', 1],
          ['专栏2 科技创新重大工程', 3],
        ],
      ],
      [4, '巩固农业基础地位', [['提升粮食综合生产能力', 1]]],
    ]);
  });

  it('dates the review figures by the year written before them, the 由 figure being the base', () => {
    expect(doc.outcomes.map((o) => [o.name, o.year, o.value, o.unit])).toEqual([
      ['地区生产总值', 2025, 5400, '亿元'],
      ['地区生产总值', null, 7.1, '%'],
      ['高新技术企业', 2025, 2850, '家'],
    ]);
  });
});

describe('problems listed after 主要是：', () => {
  it('reads each ；-separated problem, in a file with CRLF line ends', () => {
    const doc = parsePlanText(
      [
        '一、2025年计划执行情况',
        '全年地区生产总值增长4.8%。经济运行中还面临不少困难和挑战，主要是：有效需求不足，投资持续下滑；财政收支平衡压力较大；部分群众就业增收面临困难。对此，我们将高度重视。',
        '二、2026年主要目标',
        '主要预期目标为：地区生产总值增长5%左右。',
      ].join('\r\n'),
    );
    expect(doc.challenges.map((c) => [c.number, c.text])).toEqual([
      [1, '有效需求不足，投资持续下滑；'],
      [2, '财政收支平衡压力较大；'],
      [3, '部分群众就业增收面临困难。'],
    ]);
    expect(doc.outcomes.map((o) => [o.name, o.value])).toEqual([['地区生产总值', 4.8]]);
  });
});
