import type { FoundNumber } from './find-numbers.ts';
import { TO_LEVEL } from './target-patterns.ts';

export const CLAUSE_BREAK = /[,;、]/;
// The years are already removed: 到2030年达到… reads 到达到….
const LEVEL_CLAUSE = new RegExp(`^(?:到|至|力争|确保)*(?:${TO_LEVEL.source}|突破|超过)`);
export const RATE_CLAUSE = /^(?:年均|平均每年|累计)?(?:增长|增速|增幅|下降|降低|减少)/;

/**
 * A rate (年均增长5%, 增长6%) and a level clause (到2030年达到…, 突破…) written together, in either
 * order: the rate, and the level clause's text. null when the text states one target.
 */
export function readCompound(
  text: string,
  numbers: FoundNumber[],
): { rate: FoundNumber; level: string } | null {
  if (numbers.length < 2) return null;
  const parts: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || CLAUSE_BREAK.test(text[i])) {
      if (i > from) parts.push({ from, to: i });
      from = i + 1;
    }
  }
  if (parts.length < 2) return null;
  const inPart = (p: { from: number; to: number }) =>
    numbers.filter((n) => n.start >= p.from && n.end <= p.to);
  const rateAt = parts.findIndex((p) => {
    const part = text.slice(p.from, p.to);
    return RATE_CLAUSE.test(part) && !TO_LEVEL.test(part);
  });
  if (rateAt < 0) return null;
  const level = parts.find(
    (p, i) => i !== rateAt && inPart(p).length > 0 && LEVEL_CLAUSE.test(text.slice(p.from, p.to)),
  );
  const rate = inPart(parts[rateAt])[0];
  if (!level || !rate) return null;
  const levelNumber = inPart(level)[0];
  return { rate, level: text.slice(levelNumber.start, level.to) };
}
