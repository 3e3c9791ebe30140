import { describe, expect, it } from 'vitest';
import { fiveYearOrdinal, periodWording, regionWord, reportPeriod } from './report-period.ts';
import { titleLines } from './report-text.ts';

describe('the period a report covers', () => {
  it.each([
    ['2026-03-31', '一季度', 'Q1'],
    ['2026-05-31', '1—5月', 'Jan–May'],
    ['2026-06-15', '1—5月', 'Jan–May'],
    ['2026-06-30', '上半年', 'H1'],
    ['2026-07-31', '1—7月', 'Jan–Jul'],
    ['2026-09-30', '前三季度', 'Q1–Q3'],
    ['2026-12-31', '全年', 'full year'],
    ['2027-02-10', '全年', 'full year'],
  ])('%s → %s / %s', (asOf, zh, en) => {
    const p = reportPeriod(asOf, 2026);
    expect(periodWording(p, 'zh')).toBe(zh);
    expect(periodWording(p, 'en')).toBe(en);
  });
});

describe('how a report names its region', () => {
  it.each([
    ['上海市', '全市'],
    ['浙江省', '全省'],
    ['广西壮族自治区', '全区'],
    ['浦东新区', '全区'],
    ['安吉县', '全县'],
    ['延边朝鲜族自治州', '全州'],
    [null, '本地区'],
  ])('%s → %s', (region, word) => {
    expect(regionWord(region, 'zh')).toBe(word);
  });

  it('names national five-year plans', () => {
    expect(fiveYearOrdinal(2026)).toBe('“十五五”');
    expect(fiveYearOrdinal(2021)).toBe('“十四五”');
    expect(fiveYearOrdinal(2024)).toBeNull();
  });

  it('breaks a long title after 计划, keeping words whole', () => {
    expect(titleLines('关于上海市2026年国民经济和社会发展计划上半年执行情况的报告')).toEqual([
      '关于上海市2026年国民经济和社会发展计划',
      '上半年执行情况的报告',
    ]);
    expect(titleLines('短标题')).toEqual(['短标题']);
  });
});
