import { NUMERAL_PATTERN } from '../numbers/parse-number.ts';
import { normalizeChineseText } from '../numbers/to-simplified.ts';
import { NOT_TARGET_NUMBERS } from './target-patterns.ts';

/**
 * The target text in the form the rules read: half-width, simplified, without HTML tags,
 * spaces or OCR-split subscripts (PM <sub>2.5</sub> → PM2.5, then a placeholder so that 2.5 is
 * not read as the target), with 百分之五 written 5%.
 */
export function cleanTargetText(text: string): string {
  return normalizeChineseText(text)
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/PM2\.5|PM10/gi, 'PMx')
    .replace(/[〔【]/g, '[')
    .replace(/[〕】]/g, ']')
    .replace(PERCENT_WORDS, '$1%')
    .replace(PERMILLE_WORDS, '$1‰');
}

const PERCENT_WORDS = new RegExp(`百分之(${NUMERAL_PATTERN})`, 'g');
const PERMILLE_WORDS = new RegExp(`千分之(${NUMERAL_PATTERN})`, 'g');

/**
 * The years written in a target: the year it is to be met by (到2030年, 2030年前) and the base
 * year it is measured from (比2025年下降13.5%).
 */
export function readYears(cleaned: string): { byYear: number | null; baseYear: number | null } {
  let byYear: number | null = null;
  let baseYear: number | null = null;
  for (const m of cleaned.matchAll(/(比|较|与|以)?((?:19|20)\d\d)年(为基[数期准])?(相比)?/g)) {
    const year = Number(m[2]);
    if (m[1] || m[3] || m[4]) baseYear ??= year;
    else byYear ??= year;
  }
  return { byYear, baseYear };
}

/** Removes years, plan periods (十五五) and baselines (比上年) that are not target numbers. */
export function removeNonTargetNumbers(cleaned: string): string {
  return NOT_TARGET_NUMBERS.reduce((s, re) => s.replace(re, ''), cleaned);
}
