import { formatChineseNumber, formatQuantity } from '../domain/numbers/format-chinese.ts';
import { splitUnit } from '../domain/numbers/units.ts';
import type { FormatPeriodOptions, Period } from '../domain/period/index.ts';
import { formatPeriodEn, formatPeriodZh, parsePeriod } from '../domain/period/index.ts';
import type { Lang } from './lang.ts';

/**
 * The few units English readers should not have to read in Chinese. Other units are the plan's own
 * words (data) and are kept as written.
 */
const UNIT_EN: Record<string, string> = {
  元: 'yuan',
  美元: 'US dollars',
  人: 'people',
  名: 'people',
  人次: 'person-times',
  个百分点: 'percentage points',
  百分点: 'percentage points',
  公里: 'km',
  千米: 'km',
  米: 'm',
  平方米: 'm²',
  平方公里: 'km²',
  平方千米: 'km²',
  公顷: 'ha',
  亩: 'mu',
  吨: 't',
  吨标准煤: 't of standard coal',
  千瓦时: 'kWh',
  千瓦: 'kW',
  兆瓦: 'MW',
  岁: 'years',
  年: 'years',
  天: 'days',
  日: 'days',
  个: '',
  项: 'items',
  家: 'enterprises',
  户: 'households',
  套: 'units',
  所: '',
};

/**
 * A number as reports write it, in both languages: 万 and 亿 above 1万 (1141.32亿), separators
 * below (9,999). English keeps 万/亿 so the figure reads the same as the plan it is checked against.
 */
export function formatNumber(value: number, _lang: Lang = 'zh'): string {
  return formatChineseNumber(value);
}

/**
 * An amount with its unit, the multiplier moved into 万/亿 as reports do, in both languages.
 *
 * @example formatAmount(114132478833, '元', 'zh') // '1141.32亿元'
 * @example formatAmount(114132478833, '元', 'en') // '1141.32亿 yuan'
 * @example formatAmount(5, '%', 'en')             // '5%'
 */
export function formatAmount(value: number, unit: string | null | undefined, lang: Lang): string {
  const u = unit ?? '';
  const zh = u ? formatQuantity(value, u) : formatChineseNumber(value);
  if (lang === 'zh' || !u || u === '%' || u === '‰') return zh;
  const { base } = splitUnit(u);
  const number = zh.slice(0, zh.length - base.length);
  const english = UNIT_EN[base] ?? base;
  return english ? `${number} ${english}` : number;
}

/** A share of 0..1 as a percentage with at most one decimal: 0.673 → 67.3%. */
export function formatShare(share: number): string {
  return `${formatChineseNumber(share * 100, { maxFractionDigits: 1, scale: false })}%`;
}

/** A difference of rates: 0.5个百分点 / 0.5 percentage points. */
export function formatPoints(value: number, lang: Lang): string {
  return formatAmount(value, '个百分点', lang);
}

/**
 * The one period wording of planwatch: 2026年二季度 / Q2 2026, 2026年1—6月 / Jan–Jun 2026 with
 * `ytd`. A key it cannot read is returned as given.
 */
export function formatPeriod(period: string | Period, lang: Lang, options: FormatPeriodOptions = {}): string {
  const p = typeof period === 'string' ? parsePeriod(period) : period;
  if (!p) return String(period);
  return lang === 'zh' ? formatPeriodZh(p, options) : formatPeriodEn(p, options);
}
