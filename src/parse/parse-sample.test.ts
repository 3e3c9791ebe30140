import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFacts, spanProblems } from '../../test/fixtures/plans/plan-facts.ts';
import { parsePlanText } from './parse-plan-text.ts';

const text = readFileSync(new URL('../../examples/shanghai-2026-plan-report.txt', import.meta.url), 'utf8');
const expected = JSON.parse(
  readFileSync(new URL('../../test/fixtures/plans/shanghai-sample.expected.json', import.meta.url), 'utf8'),
);
const doc = parsePlanText(text);

describe('the sample report (examples/shanghai-2026-plan-report.txt)', () => {
  it('matches the expected key facts', () => {
    expect(planFacts(doc)).toEqual(expected);
  });

  it('reads the plan header from the running page header', () => {
    expect(doc.plan).toMatchObject({ region: '上海市', year: 2026, kind: 'annual' });
    expect(doc.plan.title).toMatch(/^关于上海市2025年.*报告$/);
  });

  it.each([
    ['全市生产总值', 'expected', '增长5%左右', '经济发展提质增效'],
    ['居民消费价格指数', 'expected', '102左右', '经济发展提质增效'],
    ['城镇新增就业人数', 'expected', '60万人以上', '人民生活品质稳步提高'],
    ['新增供应保障性租赁住房', 'expected', '5万套(间)', '人民生活品质稳步提高'],
    ['细颗粒物(PM2.5)平均浓度', 'binding', '完成国家下达目标', '生态环境质量持续改善'],
    ['生活垃圾回收利用率', 'binding', '46%左右', '生态环境质量持续改善'],
  ])('table row %s: %s, %s, %s', (name, attribute, target, category) => {
    const ind = doc.indicators.find((i) => i.name === name);
    expect(ind).toMatchObject({ attribute, category, period: '2026', sources: ['table', 'paragraph'] });
    expect(ind?.target.text).toBe(target);
  });

  it('has all 18 table rows, each spanning its row', () => {
    expect(doc.indicators).toHaveLength(18);
    for (const ind of doc.indicators) expect(text.slice(...ind.span)).toMatch(/\t(?:预期性|约束性)\t/);
  });

  it('reconciles 居民消费价格涨幅2%左右 with 102左右 without a warning', () => {
    expect(doc.warnings.filter((w) => w.code === 'indicator_mismatch')).toEqual([]);
  });

  it('spans the commitment cut by the page break across the removed header', () => {
    const invest = doc.commitments.find((c) => c.unit === '亿元');
    const source = text.slice(...invest!.span);
    expect(source.startsWith('全年计划投')).toBe(true);
    expect(source.endsWith('资额2550亿元')).toBe(true);
    expect(source).toContain('# 关于上海市');
  });

  it.each([
    ['第48届', 48],
    ['19号线', 19],
    ['G50', 50],
    ['6G', 6],
    ['再延长30年', 30],
    ['24小时', 24],
    ['2.0版', 2],
  ])('does not take %s for a commitment', (written, value) => {
    const hits = doc.commitments.filter((c) => c.value === value && text.slice(...c.span).includes(written));
    expect(hits).toEqual([]);
  });

  it('keeps every span inside the text and around its number', () => {
    expect(spanProblems(doc, text)).toEqual([]);
  });
});
