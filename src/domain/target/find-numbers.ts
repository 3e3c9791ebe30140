import { parseNumber } from '../numbers/parse-number.ts';
import { SIGNED_NUMERAL, UNIT_PATTERN } from './target-patterns.ts';

export interface FoundNumber {
  value: number;
  /** The unit as written right after the number (万人, %, 套(间)); null when none. */
  unit: string | null;
  start: number;
  end: number;
}

const NUMBER_WITH_UNIT = new RegExp(`(${SIGNED_NUMERAL})(${UNIT_PATTERN})?`, 'g');
const CHINESE_ONLY = /^[^0-9]+$/;
// A Chinese numeral is only a number when something numeric follows it: 一千五百个, 两个百分点 —
// not the 一 of 进一步 or 统一.
const NUMERIC_AFTER = /^(?:%|‰|左右|以上|以内|以下|上下)/;

/** Every number in the text with the unit written after it, in order. */
export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
    const numeral = m[1];
    const unit = m[2] ?? null;
    const end = m.index + m[0].length;
    if (CHINESE_ONLY.test(numeral) && unit === null && !NUMERIC_AFTER.test(text.slice(end))) continue;
    const value = parseNumber(numeral.replace(/^负/, '-'));
    if (value === null || !Number.isFinite(value)) {
      const shorter = CHINESE_ONLY.test(numeral) ? splitChineseNumeral(text, m.index, numeral) : null;
      if (shorter) found.push(shorter);
      continue;
    }
    found.push({ value, unit, start: m.index, end });
  }
  return found;
}

const UNIT_AT_START = new RegExp(`^(?:${UNIT_PATTERN})`);

/**
 * "五万千瓦": the numeral pattern takes 五万千 and leaves 瓦, which is no number. The numeral is
 * read shorter until what follows it is a unit, a trailing 万/亿 going to the unit (5 万千瓦).
 */
function splitChineseNumeral(text: string, at: number, numeral: string): FoundNumber | null {
  for (let k = numeral.length - 1; k >= 1; k--) {
    const head = numeral.slice(0, k);
    if (/[万亿]$/.test(head)) continue;
    const value = parseNumber(head);
    const unit = UNIT_AT_START.exec(text.slice(at + k))?.[0];
    if (value !== null && unit) return { value, unit, start: at, end: at + k + unit.length };
  }
  return null;
}

/** The first number at or after a position, or null. */
export function firstNumberFrom(numbers: FoundNumber[], position: number): FoundNumber | null {
  return numbers.find((n) => n.start >= position) ?? null;
}
