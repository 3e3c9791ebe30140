import type { FoundNumber } from './find-numbers.ts';
import { RANGE_SEPARATOR } from './target-patterns.ts';

const SEPARATOR = new RegExp(`^${RANGE_SEPARATOR}$`);

/** A range written from the chosen number to the next (4.5%至5%, 4.5-5%); the unit is the last one written. */
export function readRange(
  text: string,
  chosen: FoundNumber,
  numbers: FoundNumber[],
): { from: FoundNumber; to: FoundNumber; unit: string | null } | null {
  const next = numbers[numbers.indexOf(chosen) + 1];
  if (!next) return null;
  let between = text.slice(chosen.end, next.start);
  // The minus of "-5" was read as the second number's sign; it is the separator.
  let to = next;
  if (between === '' && /^[-−]/.test(text.slice(next.start))) {
    between = '-';
    to = { ...next, value: Math.abs(next.value) };
  }
  if (!SEPARATOR.test(between)) return null;
  return { from: chosen, to, unit: to.unit ?? chosen.unit };
}
