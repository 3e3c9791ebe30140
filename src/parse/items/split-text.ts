/** A piece of cleaned text with its offsets. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Splits on any of `separators`, trimming each piece; pieces keep cleaned-text offsets. */
export function splitPieces(text: string, offset: number, separators: RegExp): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  const push = (a: number, b: number) => {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t !== '') out.push({ text: t, start: offset + a + lead, end: offset + a + lead + t.length });
  };
  const { isSeparator, interesting } = separatorSet(separators);
  let depth = 0;
  // Only brackets, quotes, line ends and separators matter: jump from one to the next.
  interesting.lastIndex = 0;
  for (let m = interesting.exec(text); m !== null; m = interesting.exec(text)) {
    const i = m.index;
    const c = m[0];
    // Separators inside brackets or quotes belong to a name: 减排量(化学需氧量、总磷).
    if (c === '(' || c === '（' || c === '“' || c === '《' || c === '[') depth++;
    else if ((c === ')' || c === '）' || c === '”' || c === '》' || c === ']') && depth > 0) depth--;
    // An unbalanced quote must not swallow the rest of the text.
    if (c === '。' || c === '\n') depth = 0;
    if (depth > 0 || !isSeparator.has(c)) continue;
    push(at, i);
    at = i + 1;
  }
  push(at, text.length);
  return out;
}

const SETS = new Map<string, { isSeparator: Set<string>; interesting: RegExp }>();
const BRACKETS = '()（）“”《》[]。\n';

/** The characters of a separator class like /[。；;]/ (separators are single characters). */
function separatorSet(re: RegExp) {
  let set = SETS.get(re.source);
  if (!set) {
    const chars = [...re.source.replace(/^\[|\]$/g, '')];
    const all = [...new Set([...chars, ...BRACKETS])].map((c) => c.replace(/[\\\][^-]/g, '\\$&'));
    set = { isSeparator: new Set(chars), interesting: new RegExp(`[${all.join('')}]`, 'g') };
    SETS.set(re.source, set);
  }
  return set;
}

export const SENTENCE_END = /[。；;！!？?]/;
export const CLAUSE_END = /[。；;！!？?，,：:]/;
export const LIST_SEP = /[、]/;

export function sentences(p: Piece): Piece[] {
  return splitPieces(p.text, p.start, SENTENCE_END);
}

export function clauses(p: Piece): Piece[] {
  return splitPieces(p.text, p.start, CLAUSE_END);
}

export function listItems(p: Piece): Piece[] {
  return splitPieces(p.text, p.start, LIST_SEP);
}

/** Tidies a name read from a table or text: no spaces between Chinese characters, no markers. */
export function tidyName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/(?<=[^\x00-\x7f]|[()]) (?=\S)|(?<=\S) (?=[^\x00-\x7f]|[()])/g, '')
    .replace(/^(?:\d{1,2}[.、](?!\d)|[(（]\d{1,2}[)）])\s*/, '')
    .replace(/^\*+|\*+$/g, '')
    .trim();
}
