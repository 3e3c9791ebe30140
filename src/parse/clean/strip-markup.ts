import type { Edit } from './mapped-text.ts';

const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&ldquo;': '“',
  '&rdquo;': '”',
  '&mdash;': '—',
};

// Tags like <sub>, </p>, <br/>, <span style="…">: short, Latin-named. Spaces next to an inline
// tag are typesetting around it (PM <sub>2.5</sub> ) and would split a name, so they go too.
const TAG = /[ \u00a0]*<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,200})?\/?>[ \u00a0]*/g;
const ENTITY = /&(?:nbsp|lt|gt|amp|quot|#39|ldquo|rdquo|mdash);/g;
// Markdown emphasis around a bold lead sentence (**着力扩大有效投资。**): the stars are not text.
const EMPHASIS = /\*\*|__/g;
// Carriage returns, zero-width characters, BOM and soft hyphens carry no text.
const INVISIBLE = /[\r\u200b-\u200d\u2060\ufeff\u00ad]+/g;

/** Edits removing HTML tags, decoding common entities and dropping invisible characters. */
export function markupEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(INVISIBLE))
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: '' });
  let afterRowStart = false;
  for (const m of text.matchAll(TAG)) {
    // A block tag stands for a line break, a table cell for a tab, an inline tag for nothing.
    const name = /<\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(m[0])?.[1].toLowerCase() ?? '';
    const opening = !/<\//.test(m[0]);
    let replacement = '';
    if (name === 'br') replacement = isInlineBreak(text, m.index, m.index + m[0].length) ? '' : '\n';
    else if (/^(?:p|div|tr|li|h\d|table)$/.test(name)) replacement = '\n';
    // The first cell of a row follows the row's line break: no tab before it.
    else if ((name === 'td' || name === 'th') && opening && !afterRowStart) replacement = '\t';
    afterRowStart = name === 'tr' && opening;
    edits.push({ start: m.index, end: m.index + m[0].length, replacement });
  }
  for (const m of text.matchAll(EMPHASIS)) edits.push({ start: m.index, end: m.index + 2, replacement: '' });
  for (const m of text.matchAll(ENTITY)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: ENTITIES[m[0]] ?? '' });
  }
  return dropOverlaps(edits);
}

// Punctuation a line never starts with, and that never ends one: a <br> next to it is mid-sentence.
const CONTINUES_AFTER = /^\s*[，,、；;。：:）)%]/;
const CONTINUES_BEFORE = /[，,、（(“]\s*$/;

/**
 * A <br> inside a sentence (…1000家<br/>，建成…) is an editor's line wrap, not a paragraph
 * break: the sentence is read whole. One between a heading and its text stays a line break.
 */
export function isInlineBreak(text: string, start: number, end: number): boolean {
  return (
    CONTINUES_AFTER.test(text.slice(end, end + 8)) ||
    CONTINUES_BEFORE.test(text.slice(Math.max(0, start - 8), start))
  );
}

/** Sorts edits and drops any that overlap an earlier one. */
export function dropOverlaps(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    out.push(e);
    at = Math.max(at, e.end);
  }
  return out;
}
