import { describe, expect, it } from 'vitest';
import { spanProblems } from '../../test/fixtures/plans/plan-facts.ts';
import { parsePlanText } from './parse-plan-text.ts';

/** Small whole documents, each showing one way reports are written. */
describe('parsePlanText', () => {
  it('rejoins hard-wrapped lines of text extracted from a PDF', () => {
    const text = [
      '2026年全市经济社会发展的主要预期目标是：地区生产总',
      '值增长6%左右，一般公共预算收入增长5%，城镇新增就',
      '业5万人。',
    ].join('\n');
    const doc = parsePlanText(text);
    expect(doc.indicators.map((i) => [i.name, i.target.text])).toEqual([
      ['地区生产总值', '增长6%左右'],
      ['一般公共预算收入', '增长5%'],
      ['城镇新增就业', '5万人'],
    ]);
    expect(text.slice(...doc.indicators[0].span)).toBe('地区生产总\n值增长6%左右');
    expect(spanProblems(doc, text)).toEqual([]);
  });

  it('reads a numbered list of targets', () => {
    const doc = parsePlanText('2026年主要预期目标：\n1.地区生产总值增长6%左右；\n(2)城镇新增就业4万人以上\n');
    expect(doc.indicators.map((i) => [i.name, i.target.text, i.period])).toEqual([
      ['地区生产总值', '增长6%左右', '2026'],
      ['城镇新增就业', '4万人以上', '2026'],
    ]);
  });

  it('warns when the table and the text state different targets', () => {
    const doc = parsePlanText(
      '2026年主要目标为：地区生产总值增长6%左右。\n\n指标名称\t属性\t2026年目标\n地区生产总值\t预期性\t增长5.5%左右\n',
    );
    expect(doc.indicators).toHaveLength(1);
    expect(doc.indicators[0].target.text).toBe('增长5.5%左右');
    expect(doc.warnings.map((w) => w.code)).toContain('indicator_mismatch');
  });

  it('warns about a target in the text that the table lacks', () => {
    const doc = parsePlanText(
      '2026年主要目标为：地区生产总值增长6%左右，森林覆盖率达到70%。\n\n指标名称\t属性\t2026年目标\n地区生产总值\t预期性\t增长6%左右\n',
    );
    expect(doc.indicators.map((i) => [i.name, i.sources.join('+')])).toEqual([
      ['森林覆盖率', 'paragraph'],
      ['地区生产总值', 'table+paragraph'],
    ]);
    expect(doc.warnings.filter((w) => w.code === 'indicator_not_in_table')).toHaveLength(1);
  });

  it("skips last year's targets table in the review", () => {
    const doc = parsePlanText(
      '关于某市2025年计划执行情况与2026年计划草案的报告\n\n表1 2025年主要指标完成情况\n\n指标\t属性\t2025年目标\t完成情况\n地区生产总值增长\t预期性\t6%\t5.8%\n\n2026年主要目标为：地区生产总值增长6%左右。\n',
    );
    expect(doc.indicators.map((i) => [i.name, i.period])).toEqual([['地区生产总值', '2026']]);
    expect(doc.warnings.map((w) => w.code)).toContain('past_targets_skipped');
  });

  it('reads bold lead sentences as headline tasks', () => {
    const doc = parsePlanText(
      '三、主要任务\n\n（一）扩大内需\n\n**着力扩大有效投资。**安排重点项目300个。推进项目建设。\n\n**促进消费扩容。**新增商圈5个。\n',
    );
    expect(doc.sections.map((s) => [s.title, s.tasks.map((t) => [t.title, t.measures.length])])).toEqual([
      [
        '扩大内需',
        [
          ['着力扩大有效投资', 2],
          ['促进消费扩容', 1],
        ],
      ],
    ]);
    expect(doc.commitments.map((c) => [c.subject, c.section, c.task])).toEqual([
      ['安排重点项目', 1, 'task-1-1'],
      ['新增商圈', 1, 'task-1-2'],
    ]);
  });

  it('splits a section heading that runs into its first task', () => {
    const doc = parsePlanText(
      '三、主要任务\n\n（五）推动城市更新,促进区域协调。优化空间格局。增强中心城区功能。\n\n全面提升城市更新。完成改造20万平方米。\n',
    );
    expect(doc.sections[0].title).toBe('推动城市更新,促进区域协调');
    expect(doc.sections[0].tasks.map((t) => t.title)).toEqual(['优化空间格局', '全面提升城市更新']);
  });

  it('reads a report saved from a web page as HTML', () => {
    const html = [
      '<div class="tools">下载 打印 全屏</div>',
      '<p>2026年全市主要预期目标为：地区生产总值增长6%左右，城镇新增就业3万人。</p>',
      '<table><tr><td>指标名称</td><td>属性</td><td>2026年目标</td></tr>',
      '<tr><td>地区生产总值增长</td><td>预期性</td><td>6%左右</td></tr>',
      '<tr><td>城镇新增就业</td><td>预期性</td><td>3万人</td></tr></table>',
    ].join('\n');
    const doc = parsePlanText(html);
    expect(doc.indicators.map((i) => [i.name, i.target.text, i.sources.join('+')])).toEqual([
      ['地区生产总值增长', '6%左右', 'table+paragraph'],
      ['城镇新增就业', '3万人', 'table+paragraph'],
    ]);
    expect(spanProblems(doc, html)).toEqual([]);
  });

  it('skips a header row repeated where a table continues on the next page', () => {
    const doc = parsePlanText('指标\t属性\t目标\nA增长\t预期性\t5%\n指标\t属性\t目标\nB增长\t约束性\t3%\n');
    expect(doc.indicators.map((i) => i.name)).toEqual(['A增长', 'B增长']);
  });

  it('reads a five-year outline: chapters as sections, 节 as tasks, five-year targets', () => {
    const doc = parsePlanText(
      [
        '某省国民经济和社会发展第十五个五年规划纲要',
        '第二章 发展目标',
        '到2030年，全省经济社会发展的主要目标是：地区生产总值年均增长5.5%左右，研发经费投入强度达到3%。',
        '第三章 构建现代化产业体系',
        '第一节 做强先进制造业',
        '培育千亿级产业集群10个，新增专精特新企业300家。',
        '第二节 发展现代服务业',
        '建成服务业集聚区20个。',
      ].join('\n\n'),
    );
    expect(doc.plan).toMatchObject({ kind: 'five_year', year: 2026, periodStart: 2026, periodEnd: 2030 });
    expect(doc.indicators.map((i) => [i.name, i.period, i.target.kind])).toEqual([
      ['地区生产总值', '2026-2030', 'cagr'],
      ['研发经费投入强度', '2026-2030', 'level'],
    ]);
    expect(doc.sections.map((s) => [s.number, s.title, s.tasks.map((t) => t.title)])).toEqual([
      [3, '构建现代化产业体系', ['做强先进制造业', '发展现代服务业']],
    ]);
    expect(doc.commitments.map((c) => [c.value, c.unit, c.section])).toEqual([
      [10, '个', 3],
      [300, '家', 3],
      [20, '个', 3],
    ]);
  });

  it('does not take a list of projects for a targets table', () => {
    const doc = parsePlanText('项目名称\t建设内容\t2026年计划投资(亿元)\n某某高铁\t新建线路120公里\t35\n');
    expect(doc.indicators).toEqual([]);
  });

  it('shows measures with the report’s own Chinese punctuation', () => {
    const doc = parsePlanText(
      '三、主要任务\n\n（一）扩大内需\n\n促进消费。新增商圈5个，建设步行街（示范）2条；推进改造。',
    );
    expect(doc.sections[0].tasks[0].measures.map((m) => m.text)).toEqual([
      '新增商圈5个，建设步行街（示范）2条',
      '推进改造',
    ]);
  });

  it('returns an empty plan for empty text', () => {
    const doc = parsePlanText('');
    expect(doc).toMatchObject({ indicators: [], sections: [], commitments: [], projects: [] });
    expect(doc.source).toMatchObject({ length: 0, encoding: 'utf-8' });
  });
});
