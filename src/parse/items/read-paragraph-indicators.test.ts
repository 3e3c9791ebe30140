import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../domain/target/parse-target.ts';
import { readParagraphIndicators } from './read-paragraph-indicators.ts';

const read = (text: string) =>
  readParagraphIndicators({ text, start: 0, end: text.length }, '2026', (t, name) =>
    parseTarget(t, { indicatorName: name }),
  ).map((i) => [i.category, i.name, i.target.text, i.attribute]);

describe('readParagraphIndicators', () => {
  it('groups clauses under the numberless clauses that head them', () => {
    expect(
      read('经济稳步增长,地区生产总值增长6%左右,固定资产投资增长5%。民生持续改善,城镇新增就业3万人。'),
    ).toEqual([
      ['经济稳步增长', '地区生产总值', '增长6%左右', 'expected'],
      ['经济稳步增长', '固定资产投资', '增长5%', 'expected'],
      ['民生持续改善', '城镇新增就业', '3万人', 'expected'],
    ]);
  });

  it('gives each name of a list its own indicator with the shared target', () => {
    expect(read('化学需氧量、氨氮排放量完成省下达目标。')).toEqual([
      [null, '化学需氧量', '完成省下达目标', 'expected'],
      [null, '氨氮排放量', '完成省下达目标', 'expected'],
    ]);
  });

  it('reads a ；-separated national list, qualitative targets included', () => {
    const names = read(
      '国内生产总值增长5%左右;城镇调查失业率5.5%左右;国际收支保持基本平衡;单位国内生产总值能耗降低2%左右,生态环境质量持续改善。',
    ).map((r) => r[1]);
    expect(names).toEqual([
      '国内生产总值',
      '城镇调查失业率',
      '国际收支',
      '单位国内生产总值能耗',
      '生态环境质量',
    ]);
  });

  it('pairs names and targets written with 分别', () => {
    expect(read('地区生产总值、一般公共预算收入分别增长6%和5%。').map((r) => [r[1], r[2]])).toEqual([
      ['地区生产总值', '增长6%'],
      ['一般公共预算收入', '增长5%'],
    ]);
  });

  it('takes 约束性 from the text', () => {
    expect(read('耕地保有量不低于800万亩(约束性)。')[0][3]).toBe('binding');
  });

  it('stops at the sentence that explains the targets', () => {
    expect(read('地区生产总值增长6%左右。提出上述目标,主要考虑增长5%的需要。')).toHaveLength(1);
  });
});
