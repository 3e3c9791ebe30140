import { parseNumber } from '../../domain/numbers/parse-number.ts';
import type { Piece } from './split-text.ts';

export interface FoundChallenge {
  kind: 'challenge';
  number: number;
  text: string;
  start: number;
  end: number;
}

const ENUM = /([一二三四五六七八九十]{1,2})是/g;
const PROBLEM_WORDS = /困难|挑战|问题|不足|短板|风险|矛盾|差距|制约|压力/;

/**
 * The problems list of a paragraph (一是…二是…), when the paragraph is about problems. The
 * enumeration must count up from 一 so that "统一是" or a stray 是 does not start an item.
 */
export function findChallenges(paragraph: Piece): FoundChallenge[] {
  const text = paragraph.text;
  const first = text.indexOf('一是');
  if (first < 0 || !PROBLEM_WORDS.test(text.slice(0, first + 200))) return [];
  const marks: Array<{ number: number; at: number }> = [];
  for (const m of text.matchAll(ENUM)) {
    const n = parseNumber(m[1]);
    if (n === null || m.index < first) continue;
    const expected = marks.length + 1;
    // Only a mark opening a clause: at the first mark, or after punctuation.
    const prev = m.index === first ? '。' : text[m.index - 1];
    if (n === expected && /[。；;，,:：\s]/.test(prev)) marks.push({ number: n, at: m.index });
  }
  if (marks.length < 2) return [];
  return marks.map((mark, i) => {
    const endAt = i + 1 < marks.length ? marks[i + 1].at : text.length;
    const raw = text.slice(mark.at, endAt);
    const t = raw.replace(/\s+$/, '');
    return {
      kind: 'challenge' as const,
      number: mark.number,
      text: t,
      start: paragraph.start + mark.at,
      end: paragraph.start + mark.at + t.length,
    };
  });
}
