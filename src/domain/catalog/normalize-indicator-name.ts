import { normalizeChineseText } from '../numbers/to-simplified.ts';

// Region words a report puts in front of a national indicator name (全市生产总值, 全省…).
const REGION_PREFIX =
  /^(?:全市|全省|全区|全县|全州|全盟|全国|本市|本省|本区|本县|我市|我省|我区|我县|全社会|地方)/;
// Every way a region writes its GDP, so that shares and intensities "of GDP" compare equal.
const GDP_WORDS = /(?:地区|全市|全省|全区|全县|全州|全盟|全国|国内|本市|本省|全)?生产总值|GDP/g;

/**
 * The forms of an indicator name that catalog matching compares: half-width, simplified,
 * without HTML tags, spaces, quotes or region prefixes, GDP spelled one way. Returns the name
 * without parenthesised text first (细颗粒物(PM2.5)平均浓度 → 细颗粒物平均浓度), then with the
 * brackets dropped but their text kept (→ 细颗粒物PM2.5平均浓度).
 */
export function normalizeIndicatorName(name: string): string[] {
  let s = normalizeChineseText(name)
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/\s+/g, '')
    .replace(/[“”"'‘’《》「」:;,。、]+$/g, '')
    .replace(/[“”"'‘’《》「」]/g, '')
    .toUpperCase()
    .replace(GDP_WORDS, '地区生产总值')
    .replace(/\[/g, '(')
    .replace(/\]/g, ')');
  while (REGION_PREFIX.test(s)) s = s.replace(REGION_PREFIX, '');
  const withoutParenthesised = s.replace(/\([^()]*\)/g, '');
  const withoutBrackets = s.replace(/[()]/g, '');
  return [...new Set([withoutParenthesised, withoutBrackets])].filter((v) => v !== '');
}
