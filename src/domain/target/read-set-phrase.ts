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
