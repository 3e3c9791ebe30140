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
  if (first < 0) return listedChallenges(paragraph);
  if (!PROBLEM_WORDS.test(text.slice(0, first + 200))) return [];
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

// "…困难和挑战，主要是：A；B；C。" · "问题主要表现在：A；B。": the problems listed after a colon.
const LIST_INTRO = /(?:主要是|主要有|主要表现在|主要表现为|具体表现为|集中表现在|表现在)\s*[:：]/;

/** The problems of a paragraph that lists them after 主要是： separated by ；, numbered in order. */
function listedChallenges(paragraph: Piece): FoundChallenge[] {
  const text = paragraph.text;
  const intro = LIST_INTRO.exec(text);
  if (!intro || !PROBLEM_WORDS.test(text.slice(0, intro.index))) return [];
  const from = intro.index + intro[0].length;
  const stop = text.indexOf('。', from);
  const end = stop < 0 ? text.length : stop + 1;
  const items: FoundChallenge[] = [];
  const re = /[^;；]+(?:[;；]|$)/g;
  const body = text.slice(from, end);
  for (const m of body.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t.replace(/[;；。]$/, '').length < 4) continue;
    const start = paragraph.start + from + m.index + lead;
    items.push({ kind: 'challenge', number: items.length + 1, text: t, start, end: start + t.length });
  }
  return items.length >= 2 ? items : [];
}
