import { buildPeriod } from '../domain/period/index.ts';
import type { Period } from '../domain/period/period.types.ts';
import { formatPeriod, type Lang } from '../i18n/index.ts';

/**
 * The span a report covers, from January to the last month closed by the as-of date, named as plan
 * offices name it: 一季度, 1—5月, 上半年, 前三季度, 全年. A date in a later year covers the whole plan year.
 *
 * @example reportPeriod('2026-06-30', 2026).key // '2026H1'  (上半年)
 * @example reportPeriod('2026-06-15', 2026).key // '2026-05' (1—5月)
 */
export function reportPeriod(asOf: string, year: number): Period {
  const [y, m, d] = asOf.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const month = y > year ? 12 : y < year ? 1 : d === lastDay ? m : Math.max(1, m - 1);
  if (month === 12) return buildPeriod(year, 'year', 1)!;
  if (month === 6) return buildPeriod(year, 'half', 1)!;
  if (month % 3 === 0) return buildPeriod(year, 'quarter', month / 3)!;
  return buildPeriod(year, 'month', month)!;
}

/** 上半年 / H1, 1—5月 / Jan–May, 全年 / full year: the report period without its year. */
export function periodWording(period: Period, lang: Lang): string {
  return formatPeriod(period, lang, { ytd: true, withYear: false });
}

/**
 * How a report names its own region: 全市 for a city, 全省 for a province, 全区 for an autonomous
 * region or a district, 全县 for a county, from the region's own name.
 *
 * @example regionWord('上海市', 'zh') // '全市'
 * @example regionWord('广西壮族自治区', 'en') // 'the region'
 */
export function regionWord(region: string | null, lang: Lang): string {
  const name = region ?? '';
  const rules: Array<[RegExp, string, string]> = [
    [/省$/, '全省', 'the province'],
    [/(自治区|特别行政区|区)$/, '全区', 'the region'],
    [/(自治州|州)$/, '全州', 'the prefecture'],
    [/(自治县|县)$/, '全县', 'the county'],
    [/旗$/, '全旗', 'the banner'],
    [/盟$/, '全盟', 'the league'],
    [/市$/, '全市', 'the city'],
  ];
  const rule = rules.find(([re]) => re.test(name));
  if (rule) return lang === 'zh' ? rule[1] : rule[2];
  return lang === 'zh' ? (name ? name : '本地区') : name || 'the region';
}

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * The plan's name among the national five-year plans: 2026—2030 is the 15th, written “十五五”.
 * null when the span is not a national five-year period.
 */
export function fiveYearOrdinal(start: number | null): string | null {
  if (start == null || (start - 2006) % 5 !== 0 || start < 2006) return null;
  const n = (start - 2006) / 5 + 11;
  const zh = n < 20 ? `十${ZH_DIGITS[n - 10]}` : `${ZH_DIGITS[Math.floor(n / 10)]}十${ZH_DIGITS[n % 10]}`;
  return `“${zh}五”`;
}

/** A date as the report writes it: 2026年6月30日 / 30 June 2026. */
export function formatReportDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${d} ${months[m - 1]} ${y}`;
}
