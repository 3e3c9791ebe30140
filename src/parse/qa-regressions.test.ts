import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from './index.ts';
import { parsePlanText } from './parse-plan-text.ts';

/** Regressions found by running unseen reports through the parser (own snippets, not samples). */
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

describe('projects and portfolio in the tasks text', () => {
  const doc = (body: string) =>
    parsePlanText(`关于某市2026年计划草案的报告\n\n三、2026年主要任务\n\n（一）扩大有效投资。${body}`);
  const projects = (body: string) => doc(body).projects.map((p) => `${p.stage}:${p.name}`);

  it('splits a list of names after the verb without a closing 等项目', () => {
    expect(
      projects(
        '加快建设某城轨道交通2号线西延、4号线一期，开工建设某某城际铁路某段、某江引水二期工程，建成某某机场T3航站楼。',
      ),
    ).toEqual([
      'construct:某城轨道交通2号线西延',
      'construct:4号线一期',
      'start:某某城际铁路某段',
      'start:某江引水二期工程',
      'complete:某某机场T3航站楼',
    ]);
  });

  it('reads a single named facility after 加快建设 and 续建', () => {
    expect(projects('加快建设某某沿江高速公路，续建某某至某某高铁某段。')).toEqual([
      'construct:某某沿江高速公路',
      'construct:某某至某某高铁某段',
    ]);
  });

  it('takes no project from a count or a description', () => {
    expect(projects('新开工项目180个，加快建设高水平研究型医院，加快建设现代化产业体系。')).toEqual([]);
  });

  it('reads portfolio counts stated without 重大/重点', () => {
    const d = doc('续建项目310个，新开工项目150个，储备预备项目40个。');
    expect(d.portfolio.facts.map((f) => [f.label, f.value, f.unit])).toEqual([
      ['续建项目', 310, '个'],
      ['新开工项目', 150, '个'],
      ['预备项目', 40, '个'],
    ]);
  });
});

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

describe('newspaper page noise', () => {
  const text = [
    '关于某市2026年国民经济和社会发展计划草案的报告',
    '',
    '三、2026年主要任务',
    '',
    '（一）推进城乡建设。新建改造供水管网260公里，完成营造',
    '',
    '某某日报　　2026年1月20日　星期二　　第5版',
    '',
    '林面积8万亩。',
    '',
    '①城市更新项目指列入年度计划的项目，总投资3000万元以上。',
    '',
    '（转第6版）',
    '',
    '（接第5版）',
    '',
    '（二）办好民生实事。新增普惠托位900个。',
  ].join('\n');
  const doc = parsePlanText(text);
  const measures = doc.sections.flatMap((s) => s.tasks.flatMap((t) => t.measures.map((m) => m.text)));

  it('drops the folio line and rejoins the sentence, the span covering the break', () => {
    const c = doc.commitments.find((x) => x.value === 8);
    expect(c?.text).toBe('完成营造林面积8万亩');
    expect(c && text.slice(...c.span)).toMatch(/^完成营造\n[\s\S]*第5版[\s\S]*林面积8万亩$/);
  });

  it('keeps continuation notes and footnotes out of measures and commitments', () => {
    expect(measures.some((m) => /接第5版|转第6版|日报|①/.test(m))).toBe(false);
    expect(doc.commitments.some((c) => c.value === 3000)).toBe(false);
    expect(doc.sections.map((s) => s.title)).toEqual(['推进城乡建设', '办好民生实事']);
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

describe('table cells and the text around them', () => {
  const table = [
    '表三  2026年主要指标',
    '',
    '类别\t指标\t单位\t2026年目标\t属性',
    '经济发展\t地区生产总值\t亿元\t1.2万以上\t预期性',
    '生态环境\t可吸入颗粒物(PM10)年均浓度\t微克/立方米\t45以内\t约束性',
  ].join('\n');

  it('combines a cell multiplier with the unit column (万 + 亿元)', () => {
    const gdp = parsePlanText(table).indicators[0];
    expect(gdp.target.normalized).toEqual({ value: 1.2e12, unit: '元' });
  });

  it('reads a 年均浓度 row as a level ceiling', () => {
    const pm = parsePlanText(table).indicators[1].target;
    expect([pm.kind, pm.comparator, pm.value]).toEqual(['level', 'lte', 45]);
  });

  it('signs a bracketed five-year figure in a 降低 row', () => {
    const outline = [
      '某省国民经济和社会发展第十五个五年规划纲要',
      '',
      '专栏1　主要指标',
      '',
      '类别\t指标\t2025年\t2030年\t年均增长/累计\t属性',
      '绿色生态\t单位地区生产总值二氧化碳排放降低(%)\t—\t—\t〔16〕\t约束性',
    ].join('\n');
    const t = parsePlanText(outline).indicators[0].target;
    expect([t.kind, t.value]).toEqual(['cumulative_change', -16]);
  });

  it('reads 突破 in a commitment as a floor', () => {
    const doc = parsePlanText(
      '关于某市2026年计划草案的报告\n\n三、2026年主要任务\n\n（一）壮大数字经济。软件业务收入突破800亿元。',
    );
    expect(doc.commitments.map((c) => [c.value, c.unit, c.comparator])).toEqual([[800, '亿元', 'gte']]);
  });
});

describe('byte-order mark', () => {
  it('spans index the decoded text, which has no BOM', async () => {
    const { parsePlanDocument } = await import('./index.ts');
    const body = '主要预期目标是：地区生产总值增长5%左右，城镇新增就业3万人以上。';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    const { document, text } = await parsePlanDocument(bytes, 'plan.txt');
    expect(text).toBe(body);
    expect(document.source.length).toBe(body.length);
    expect(document.indicators.map((i) => body.slice(...i.span))).toEqual([
      '地区生产总值增长5%左右',
      '城镇新增就业3万人以上',
    ]);
  });
});

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

describe('inline markup inside a sentence', () => {
  const text = [
    '<p>关于某市2026年计划草案的报告</p>',
    '<p>三、2026年主要任务</p>',
    '<p>（一）壮大实体经济</p>',
    '<p>新增规上工业企业200家<br/>，建成某某港综合物流园，开工建设某某大道快速路。</p>',
  ].join('\n');
  const doc = parsePlanText(text);

  it('reads a <br> before a comma as part of the sentence', () => {
    const measures = doc.sections.flatMap((s) => s.tasks.flatMap((t) => t.measures.map((m) => m.text)));
    expect(measures).toEqual(['新增规上工业企业200家，建成某某港综合物流园，开工建设某某大道快速路']);
    expect(doc.projects.map((p) => `${p.stage}:${p.name}`)).toEqual([
      'complete:某某港综合物流园',
      'start:某某大道快速路',
    ]);
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

describe('markdown emphasis around a lead sentence', () => {
  it('puts both ** of a bold lead sentence inside the task span', () => {
    const text =
      '# 关于某市2026年计划草案的报告\n\n## 三、2026年主要任务\n\n### （一）扩大内需\n\n**着力提振消费。** 举办促消费活动500场。';
    const task = parsePlanText(text).sections[0].tasks[0];
    expect(text.slice(...task.span)).toBe('**着力提振消费。** 举办促消费活动500场');
  });
});

/** Second round: more unseen genres (five-year columns, 民生实事 lists, PDF copies, project plans). */
describe('a targets table with the year’s and the five-year columns', () => {
  const text = [
    '关于某省2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
    '',
    '表二　某省“十五五”及2026年经济社会发展主要指标',
    '',
    '类别\t指标\t单位\t2025年预计\t2026年目标\t2030年目标\t年均增长/累计\t属性',
    '经济发展\t地区生产总值增长\t%\t5.8\t5.5左右\t—\t5.5左右\t预期性',
    '经济发展\t常住人口城镇化率\t%\t57.2\t58\t61\t〔3.8〕\t预期性',
    '民生福祉\t城镇新增就业\t万人\t32.5\t32以上\t—\t〔160〕\t预期性',
    '民生福祉\t城镇调查失业率\t%\t5.2\t5.5左右\t—\t5.5以内\t预期性',
    '民生福祉\t居民消费价格涨幅\t%\t0.6\t2左右\t—\t—\t预期性',
    '绿色生态\t地级城市空气质量优良天数比率\t%\t91.8\t90以上\t—\t90以上\t约束性',
  ].join('\n');
  const doc = parsePlanText(text);
  const rows = doc.indicators.map((i) => [
    i.name,
    i.period,
    i.target.kind,
    i.target.comparator,
    i.target.value,
  ]);

  it('reads the 2026 column as the year’s targets and the 2030 / 年均 columns as the five years’', () => {
    expect(rows).toEqual([
      ['地区生产总值增长', '2026', 'growth', 'approx', 5.5],
      ['地区生产总值增长', '2026-2030', 'cagr', 'approx', 5.5],
      ['常住人口城镇化率', '2026', 'level', 'eq', 58],
      ['常住人口城镇化率', '2026-2030', 'level', 'eq', 61],
      ['城镇新增就业', '2026', 'quantity', 'gte', 32],
      ['城镇新增就业', '2026-2030', 'cumulative_change', 'eq', 160],
      ['城镇调查失业率', '2026', 'level', 'approx', 5.5],
      ['城镇调查失业率', '2026-2030', 'level', 'lte', 5.5],
      ['居民消费价格涨幅', '2026', 'growth', 'approx', 2],
      ['地级城市空气质量优良天数比率', '2026', 'level', 'gte', 90],
      ['地级城市空气质量优良天数比率', '2026-2030', 'level', 'gte', 90],
    ]);
    expect(doc.warnings.map((w) => w.code)).not.toContain('table_row_skipped');
  });

  it('keeps the unit of a 〔 〕 five-year total', () => {
    const jobs = doc.indicators.find((i) => i.name === '城镇新增就业' && i.period === '2026-2030');
    expect(jobs?.target.normalized).toEqual({ value: 1600000, unit: '人' });
  });

  it('gives a table outcome the span of its cell', () => {
    const urban = doc.outcomes.find((o) => o.name === '常住人口城镇化率');
    expect(urban && text.slice(...urban.span)).toBe('57.2');
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

describe('a report of the major projects', () => {
  const text = [
    '关于某自治区2026年重大项目建设计划的报告',
    '',
    '一、2025年重大项目建设情况',
    '',
    '2025年，全区统筹推进重大项目1650项，完成投资4280亿元，完成年度计划的102.3%。',
    '',
    '二、2026年重大项目建设安排',
    '',
    '2026年，统筹推进重大项目1800项，总投资约3.2万亿元。其中，续建项目960项、年度计划投资2800亿元；新开工项目640项、年度计划投资1200亿元。',
    '',
    '（一）现代化产业项目',
    '',
    '推进甲化工新材料基地二期、乙新材料产业园项目建设。推动丙产业园二期、丁储能电池基地建成投产。建成投产戊钢铁冷轧二期，加快建设某核电三四号机组。',
    '',
    '（二）前期谋划项目',
    '',
    '谋划储备一批重大项目，主要包括：甲至乙城际铁路、丙港东航道扩建工程。推进某至某高速公路前期工作。',
  ].join('\n');
  const doc = parsePlanText(text);

  it('reads last year’s part as the review, not as this year’s commitments', () => {
    expect(doc.commitments.some((c) => c.value === 1650 || c.value === 102.3)).toBe(false);
    expect(doc.outcomes.map((o) => [o.name, o.value])).toEqual([
      ['重大项目', 1650],
      ['投资', 4280],
    ]);
  });

  it('labels the portfolio, an amount with the count it belongs to', () => {
    expect(doc.portfolio.facts.map((f) => [f.label, f.value])).toEqual([
      ['重大项目', 1800],
      ['总投资', 3.2],
      ['续建项目', 960],
      ['续建项目计划投资', 2800],
      ['新开工项目', 640],
      ['新开工项目计划投资', 1200],
    ]);
    expect(doc.commitments.find((c) => c.value === 1200)?.subject).toBe('年度计划投资');
  });

  it('reads names before a trailing stage, lists after any verb, and the reserve list after 包括：', () => {
    expect(doc.projects.map((p) => `${p.stage}:${p.name}`)).toEqual([
      'construct:甲化工新材料基地二期',
      'construct:乙新材料产业园项目',
      'complete:丙产业园二期',
      'complete:丁储能电池基地',
      'complete:戊钢铁冷轧二期',
      'construct:某核电三四号机组',
      'reserve:甲至乙城际铁路',
      'reserve:丙港东航道扩建工程',
      'reserve:某至某高速公路',
    ]);
  });
});

describe('text copied from a PDF', () => {
  const text = [
    '关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会',
    '发展计划草案的报告',
    '',
    '　　三、2026年经济社会发展的主要任务',
    '　　（一）全力扩大有效需求',
    '　　扎实推进重大项目建设。全年安排市级重大项目1200个，年度计划投资32',
    '00亿元，加快建设某地铁5号线一期、某国际',
    '',
    '— 3 —',
    '',
    '某市人民代表大会常务委员会公报',
    '',
    '机场三期改扩建工程。新增公共停车泊位2.5万个。',
    '',
    '— 4 —',
    '',
    '某市人民代表大会常务委员会公报',
    '',
    '　　（二）持续保障和改善民生',
    '　　新增养老床位1500张，企业开办时间压缩至1个工作日以内。',
  ].join('\n');
  const doc = parsePlanText(text);

  it('reads the wrapped title whole', () => {
    expect(doc.plan.title).toBe(
      '关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
    );
  });

  it('drops a running header repeated under page numbers, between paragraphs too', () => {
    expect(doc.sections.map((s) => s.tasks.map((t) => t.title))).toEqual([
      ['扎实推进重大项目建设'],
      ['持续保障和改善民生'],
    ]);
    expect(doc.projects.map((p) => p.name)).toContain('某国际机场三期改扩建工程');
  });

  it('warns of page breaks only, not of every wrapped line', () => {
    expect(doc.warnings.filter((w) => w.code === 'page_break_joined')).toHaveLength(1);
    expect(doc.commitments.map((c) => c.value)).toEqual([1200, 3200, 2.5, 1500]);
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
describe('a targets table pasted from a web page', () => {
  const html = [
    '<h1>关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告</h1>',
    '<p><strong>二、2026年主要目标</strong></p>',
    '<p style="text-align:center">表1 2026年某市主要指标</p>',
    '<table border="1"><tbody>',
    '<tr><td><p>类别</p></td><td><p>指标名称</p></td><td><p>单位</p></td><td><p>2026年目标</p></td><td><p>属性</p></td></tr>',
    '<tr>',
    '  <td rowspan="2"><p>经济发展</p></td>',
    '  <td><p>地区生产总值增长</p></td>',
    '  <td><p>%</p></td>',
    '  <td><p>5.5左右</p></td>',
    '  <td><p>预期性</p></td>',
    '</tr>',
    '<tr><td><p>货物贸易进出口总额</p></td><td><p>亿元</p></td><td><p>15000</p></td><td><p>预期性</p></td></tr>',
    '<tr><td><p>民生福祉</p></td><td><p>城镇新增就业人数</p></td><td><p>万人</p></td><td><p>6左右</p></td><td rowspan="2"><p>约束性</p></td></tr>',
    '<tr><td><p></p></td><td><p>粮食播种面积</p></td><td><p>万亩</p></td><td><p>160以上</p></td></tr>',
    '</tbody></table>',
    '<p>注：地区生产总值增速按可比价格计算。</p>',
    '<p><strong>三、2026年主要任务</strong></p>',
    '<p><strong>（一）扩大有效投资。</strong>新建5G基站3000个。</p>',
  ].join('\n');

  it('reads one indicator per row, with the merged category and attribute cells', () => {
    const doc = parsePlanText(html);
    expect(
      doc.indicators.map((i) => [
        i.name,
        i.category,
        i.attribute,
        i.target.kind,
        i.target.value,
        i.target.unit,
      ]),
    ).toEqual([
      ['地区生产总值增长', '经济发展', 'expected', 'growth', 5.5, '%'],
      ['货物贸易进出口总额', '经济发展', 'expected', 'quantity', 15000, '亿元'],
      ['城镇新增就业人数', '民生福祉', 'binding', 'quantity', 6, '万人'],
      ['粮食播种面积', '民生福祉', 'binding', 'quantity', 160, '万亩'],
    ]);
    expect(doc.indicators[2].target.normalized).toEqual({ value: 60000, unit: '人' });
    // A row under a merged cell starts where its own text does.
    const second = doc.indicators[1];
    expect(html.slice(...second.span).startsWith('货物贸易进出口总额')).toBe(true);
    expect(doc.sections.flatMap((s) => s.tasks.flatMap((t) => t.measures.map((m) => m.text)))).toEqual([
      '新建5G基站3000个',
    ]);
  });

  it('reads cells of a page saved from Word, with long styles broken over lines', () => {
    const text = [
      '二、2026年主要目标',
      "<table class=MsoNormalTable border=0 style='width:453.6pt;border-collapse:collapse;mso-yfti-tbllook:1184'>",
      " <tr style='mso-yfti-irow:0;height:20.1pt'>",
      `  <td width=90 style='width:67.5pt;border:solid windowtext 1.0pt;${'mso-border-alt:solid windowtext .5pt;'.repeat(6)}'>`,
      "  <p class=MsoNormal><span style='font-family:仿宋'>指标</span></p>",
      '  </td>',
      "  <td style='border:solid windowtext 1.0pt;",
      "  border-left:none'><p>2026年目标</p></td>",
      '  <td><p>属性</p></td>',
      ' </tr>',
      ' <tr><td><p>地区生产总值增长（%）</p></td><td><p>6<span lang=EN-US>左右</span></p></td><td><p>预期性</p></td></tr>',
      '</table>',
    ].join('\n');
    const doc = parsePlanText(text);
    expect(doc.plan.title).toBe('');
    expect(doc.indicators.map((i) => [i.name, i.target.text])).toEqual([['地区生产总值增长', '6%左右']]);
  });
});

describe('a Word table with merged category cells', () => {
  it('keeps every row in its columns', async () => {
    const cell = (text: string, rowSpan?: number) =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], rowSpan });
    const row = (cells: TableCell[]) => new TableRow({ children: cells });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('关于某县2026年国民经济和社会发展计划草案的报告'),
            new Paragraph('二、2026年主要目标'),
            new Table({
              rows: [
                row(['类别', '指标', '单位', '2026年目标', '属性'].map((t) => cell(t))),
                row([
                  cell('经济发展', 2),
                  ...['地区生产总值增长', '%', '6左右', '预期性'].map((t) => cell(t)),
                ]),
                row(['高新技术企业数', '家', '700', '预期性'].map((t) => cell(t))),
                row([cell('绿色生态'), ...['森林覆盖率', '%', '63.5', '约束性'].map((t) => cell(t))]),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const { document: parsed } = await parsePlanDocument(bytes, 'plan.docx');
    expect(
      parsed.indicators.map((i) => [i.name, i.category, i.attribute, i.target.value, i.target.unit]),
    ).toEqual([
      ['地区生产总值增长', '经济发展', 'expected', 6, '%'],
      ['高新技术企业数', '经济发展', 'expected', 700, '家'],
      ['森林覆盖率', '绿色生态', 'binding', 63.5, '%'],
    ]);
  });
});

describe('rows of exported tables', () => {
  it('keeps an empty cell (two tabs) in its column', () => {
    const doc = parsePlanText(
      [
        '“十五五”时期主要指标',
        '指标\t2025年\t2030年\t年均增长〔累计〕\t属性',
        '地区生产总值增长(%)\t6.8\t\t6左右\t预期性',
        '城镇新增就业(万人)\t\t\t〔30〕\t预期性',
        '森林覆盖率(%)\t31\t32\t\t约束性',
      ].join('\n'),
    );
    expect(doc.indicators.map((i) => [i.name, i.attribute, i.target.kind, i.target.value])).toEqual([
      ['地区生产总值增长', 'expected', 'cagr', 6],
      ['城镇新增就业', 'expected', 'cumulative_change', 30],
      ['森林覆盖率', 'binding', 'level', 32],
    ]);
  });

  it('lines up a row that leaves out its merged category cell', () => {
    const doc = parsePlanText(
      [
        '2026年主要目标',
        '类别\t指标\t2026年目标\t属性',
        '经济发展\t地区生产总值增长(%)\t6左右\t预期性',
        '规模以上工业增加值增长(%)\t7\t预期性',
        '绿色生态\t森林覆盖率(%)\t63.5\t约束性',
      ].join('\n'),
    );
    expect(doc.indicators.map((i) => [i.name, i.category, i.target.value])).toEqual([
      ['地区生产总值增长', '经济发展', 6],
      ['规模以上工业增加值增长', '经济发展', 7],
      ['森林覆盖率', '绿色生态', 63.5],
    ]);
  });

  it('reads a unit column beside bare target cells (5.5 | %, 6左右 | 万人)', () => {
    const doc = parsePlanText(
      [
        '2026年主要指标',
        '',
        '| 类别 | 序号 | 指标 | 单位 | 2025年完成 | 2026年目标 | 属性 |',
        '|---|---|---|---|---|---|---|',
        '| 经济发展 | 1 | 地区生产总值增长 | % | 5.9 | 5.5 | 预期性 |',
        '| 民生福祉 | 2 | 城镇新增就业 | 万人 | 11.2 | 6左右 | 预期性 |',
        '|  | 3 | 粮食总产量 | 万吨 | 485 | 480以上 | 约束性 |',
      ].join('\n'),
    );
    expect(
      doc.indicators.map((i) => [
        i.name,
        i.category,
        i.target.kind,
        i.target.comparator,
        i.target.value,
        i.target.unit,
        i.target.normalized,
      ]),
    ).toEqual([
      ['地区生产总值增长', '经济发展', 'growth', 'eq', 5.5, '%', { value: 5.5, unit: '%' }],
      ['城镇新增就业', '民生福祉', 'quantity', 'approx', 6, '万人', { value: 60000, unit: '人' }],
      ['粮食总产量', '民生福祉', 'quantity', 'gte', 480, '万吨', { value: 4800000, unit: '吨' }],
    ]);
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

describe('the end of a work report', () => {
  it('takes the closing address for neither a task nor a measure', () => {
    const doc = parsePlanText(
      [
        '某市人民政府工作报告',
        '',
        '三、2026年重点工作',
        '',
        '（一）扩大有效需求。',
        '',
        '全年实施重点项目600个。',
        '',
        '各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，为谱写中国式现代化新篇章而努力奋斗！',
      ].join('\n'),
    );
    const tree = doc.sections.map((s) => [
      s.title,
      s.tasks.map((t) => [t.title, t.measures.map((m) => m.text)]),
    ]);
    expect(tree).toEqual([['扩大有效需求', [['扩大有效需求', ['全年实施重点项目600个']]]]]);
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

describe('corner quotes 「」', () => {
  it('name a five-year plan as “” do', () => {
    const doc = parsePlanText(
      '某县2026年政府工作报告\n\n「十五五」時期經濟社會發展的主要目標是：地區生產總值年均增長6%左右。\n\n今年主要预期目标是：地区生产总值增长6.5%左右。',
    );
    expect(doc.indicators.map((i) => [i.period, i.target.kind])).toEqual([
      ['2026-2030', 'cagr'],
      ['2026', 'growth'],
    ]);
  });

  it('are shown as written', () => {
    const doc = parsePlanText('三、重点工作\n\n（一）推进「工业强市」。实施「双百」工程，新签约项目150个。');
    expect(doc.sections[0].title).toBe('推进「工业强市」');
    expect(doc.commitments[0].text).toBe('新签约项目150个');
    expect(doc.sections[0].tasks[0].measures[0].text).toBe('实施「双百」工程，新签约项目150个');
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

describe('projects named with their capacity or as a campus', () => {
  it('reads the name before a capacity, and 科技园 / 分院 as facilities', () => {
    const doc = parsePlanText(
      '三、重点工作\n\n（一）推进能源和创新平台建设。建成风电场二期50兆瓦，建成理工大学科技园、先进制造研究院芜湖分院。建成农村公路800公里。',
    );
    expect(doc.projects.map((p) => [p.name, p.stage])).toEqual([
      ['风电场二期', 'complete'],
      ['理工大学科技园', 'complete'],
      ['先进制造研究院芜湖分院', 'complete'],
    ]);
  });
});
