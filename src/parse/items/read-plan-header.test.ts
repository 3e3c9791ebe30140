import { describe, expect, it } from 'vitest';
import { fiveYearPeriod, readPlanHeader } from './read-plan-header.ts';

const header = (titleLines: string[], text = '', targetIntros: string[] = []) =>
  readPlanHeader({ titleLines, text, targetIntros });

describe('readPlanHeader', () => {
  it.each([
    [
      '# 关于上海市2025年国民经济和社会发展规划执行情况与2026年国民经济和社会发展规划草案的报告',
      '上海市',
      2026,
      'annual',
    ],
    [
      '关于广西壮族自治区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
      '广西壮族自治区',
      2026,
      'annual',
    ],
    [
      '关于成都市武侯区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '成都市武侯区',
      2025,
      'annual',
    ],
    ['关于浦东新区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告', '浦东新区', 2026, 'annual'],
    [
      '赣州市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
      '赣州市',
      2026,
      'annual',
    ],
    [
      '宁乡市2025年国民经济和社会发展计划执行情况及2026年国民经济和社会发展计划草案的报告',
      '宁乡市',
      2026,
      'annual',
    ],
    ['关于长丰县2024年国民经济和社会发展计划执行情况和2025年计划草案的报告', '长丰县', 2025, 'annual'],
    ['柳州市国民经济和社会发展第十五个五年规划纲要', '柳州市', 2026, 'five_year'],
    ['湖北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '湖北省', 2021, 'five_year'],
  ])('%s', (title, region, year, kind) => {
    expect(header([title])).toMatchObject({ region, year, kind });
  });

  it('reads a work report from its subtitle', () => {
    const text = '政府工作报告\n——2026年1月9日在安吉县第十八届人民代表大会第六次会议上\n';
    expect(header(['政府工作报告'], text)).toMatchObject({
      title: '政府工作报告',
      region: '安吉县',
      year: 2026,
    });
  });

  it('reads the national work report as 全国', () => {
    const text = '政府工作报告\n——2026年3月5日在第十四届全国人民代表大会第四次会议上\n';
    expect(header(['政府工作报告'], text).region).toBe('全国');
  });

  it('falls back to the targets caption for the region', () => {
    expect(header(['报告'], '', ['表五 2026年上海市国民经济和社会发展主要目标']).region).toBe('上海市');
  });

  it.each([
    ['“十五五”规划', 2026],
    ['十四五时期', 2021],
    ['第十五个五年规划', 2026],
    ['十三五末', 2016],
  ])('%s starts in %i', (text, start) => {
    expect(fiveYearPeriod(text)).toEqual({ start, end: start + 4 });
  });

  it('reads the year of a targets intro, not its end year nor the 十五五 it opens', () => {
    expect(header([''], '', ['2026年是“十五五”开局之年。2026年主要预期目标为']).year).toBe(2026);
    expect(header([''], '', ['到2030年，全县主要目标是']).year).toBeNull();
  });

  it('takes the region from the congress line, never from the speaker (我代表省人民政府)', () => {
    const text =
      '2026年某某省政府工作报告\n——二〇二六年一月二十日在某某省十四届人民代表大会第四次会议上\n各位代表：\n我代表省人民政府，向大会报告工作。\n';
    expect(header(['2026年某某省政府工作报告'], text).region).toBe('某某省');
    expect(header(['政府工作报告'], '各位代表：\n我代表省人民政府，向大会报告工作。\n').region).toBeNull();
  });

  it('reads a title with no suffix word after the region (2026年某某省政府工作报告)', () => {
    expect(header(['2026年某某自治区政府工作报告']).region).toBe('某某自治区');
  });

  it('names an old outline without a title line from its opening sentences', () => {
    const cited = '根据建议，制定《中华人民共和国国民经济和社会发展“九五”计划和二○一○年远景目标纲要》。\n';
    expect(header([cited.slice(0, 40)], cited)).toMatchObject({
      region: '全国',
      kind: 'five_year',
      periodStart: 1996,
      periodEnd: 2000,
    });
    const proposal = '本纲要根据《中共中央关于制定国民经济和社会发展第十个五年计划的建议》编制。\n';
    expect(header([], proposal)).toMatchObject({ region: '全国', kind: 'five_year', periodStart: 2001 });
  });
});
