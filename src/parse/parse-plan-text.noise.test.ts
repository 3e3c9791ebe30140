import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from './index.ts';
import { parsePlanText } from './parse-plan-text.ts';

/**
 * Parser regressions found by running unseen reports (own snippets, not samples): page chrome, markup and copy artefacts the cleaning stage removes or keeps.
 */
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

describe('markdown emphasis around a lead sentence', () => {
  it('puts both ** of a bold lead sentence inside the task span', () => {
    const text =
      '# 关于某市2026年计划草案的报告\n\n## 三、2026年主要任务\n\n### （一）扩大内需\n\n**着力提振消费。** 举办促消费活动500场。';
    const task = parsePlanText(text).sections[0].tasks[0];
    expect(text.slice(...task.span)).toBe('**着力提振消费。** 举办促消费活动500场');
  });
});

/** Second round: more unseen genres (five-year columns, 民生实事 lists, PDF copies, project plans). */

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
