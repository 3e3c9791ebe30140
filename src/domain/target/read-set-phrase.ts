import { parseNumber, roundNoise } from '../numbers/parse-number.ts';
import type { Comparator, TargetKind } from './target.types.ts';

export interface SetPhrase {
  kind: TargetKind;
  comparator: Comparator;
  /** In percent. */
  value: number;
}

/**
 * Fixed phrases that state a number in words: 两位数增长 (growth ≥ 10%), 翻一番 (+100%),
 * 翻两番 (+300%), 正增长 (growth ≥ 0), 零增长 (growth = 0). null when none is present.
 */
export function readSetPhrase(text: string): SetPhrase | null {
  if (/两位数增长|增长两位数|两位数以上增长/.test(text))
    return { kind: 'growth', comparator: 'gte', value: 10 };
  const doubling = /翻(一|两|三)?番/.exec(text);
  if (doubling) {
    const times = { 两: 2, 三: 3 }[doubling[1] as '两' | '三'] ?? 1;
    return { kind: 'cumulative_change', comparator: 'eq', value: 2 ** times * 100 - 100 };
  }
  if (/正增长/.test(text)) return { kind: 'growth', comparator: 'gte', value: 0 };
  if (/零增长/.test(text)) return { kind: 'growth', comparator: 'eq', value: 0 };
  return null;
}

// 增长1倍 · 提高1.5倍以上: "n times more" is a rise of n × 100%.
const TIMES =
  /(?:增长|提高|提升|增加|扩大)(?:了)?(约|近)?(\d+(?:\.\d+)?|[一两二三四五六七八九十])倍(以上|左右|多)?/;

/**
 * 增长1倍 → growth of 100%; a cumulative change when `spansYears` (累计, or a base year: 比2020年
 * 增长2倍). null when no 倍 is written.
 */
export function readTimes(text: string, spansYears: boolean): SetPhrase | null {
  const m = TIMES.exec(text);
  const times = m ? parseNumber(m[2]) : null;
  if (!m || times === null) return null;
  const comparator: Comparator =
    m[3] === '以上' || m[3] === '多' ? 'gte' : m[3] === '左右' || m[1] ? 'approx' : 'eq';
  return {
    kind: spansYears || /累计/.test(text) ? 'cumulative_change' : 'growth',
    comparator,
    value: roundNoise(times * 100),
  };
}
