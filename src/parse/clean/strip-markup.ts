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

// Tags like <sub>, </p>, <br/>, <span style="…">: Latin-named. Spaces next to an inline tag
// are typesetting around it (PM <sub>2.5</sub> ) and would split a name, so they go too. Pages
// saved from Word carry long style attributes, broken over lines.
const TAG = /[ \u00a0]*<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,2000})?\/?>[ \u00a0]*/g;
const ENTITY = /&(?:nbsp|lt|gt|amp|quot|#39|ldquo|rdquo|mdash);/g;
// Markdown emphasis around a bold lead sentence (**着力扩大有效投资。**): the stars are not text.
const EMPHASIS = /\*\*|__/g;
// Carriage returns, zero-width characters, BOM and soft hyphens carry no text.
const INVISIBLE = /[\r\u200b-\u200d\u2060\ufeff\u00ad]+/g;

/** Edits removing HTML tags, decoding common entities and dropping invisible characters. */
export function markupEdits(text: string): Edit[] {
  const { edits, gaps } = tagEdits(text);
  // Whitespace between the cells of a row is removed whole, its carriage returns with it (both
  // lists are in text order: one walk).
  let g = 0;
  for (const m of text.matchAll(INVISIBLE)) {
    while (g < gaps.length && gaps[g].end <= m.index) g++;
    if (g < gaps.length && gaps[g].start <= m.index) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: '' });
  }
  for (const m of text.matchAll(EMPHASIS)) edits.push({ start: m.index, end: m.index + 2, replacement: '' });
  for (const m of text.matchAll(ENTITY)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: ENTITIES[m[0]] ?? '' });
  }
  return dropOverlaps(edits);
}

/**
 * The edits of the tags, and the whitespace removed between cells. A block tag stands for a line break, a table cell for a tab, an
 * inline tag for nothing. Inside a row (<tr>…</tr>) a cell's paragraphs (<td><p>…</p></td>)
 * and the line breaks between its cells are no line breaks: a row stays one line. A cell a
 * rowspan or colspan covers is an empty cell of its own, so the columns stay aligned:
 * <td rowspan="3">经济发展</td> heads three rows, the next two starting with an empty cell.
 */
function tagEdits(text: string): { edits: Edit[]; gaps: Edit[] } {
  const edits: Edit[] = [];
  const gaps: Edit[] = [];
  let afterRowStart = false;
  let inRow = false;
  let inCell = false;
  let lastEnd = -1;
  // Rows still covered by a rowspan, per column; the columns of this row; empties owed.
  let spans: number[] = [];
  let covered: boolean[] = [];
  let column = 0;
  let owed = 0;
  for (const m of text.matchAll(TAG)) {
    const name = /<\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(m[0])?.[1].toLowerCase() ?? '';
    const opening = !/<\//.test(m[0]);
    if (inRow && lastEnd >= 0 && m.index > lastEnd && /^\s+$/.test(text.slice(lastEnd, m.index))) {
      const gap = { start: lastEnd, end: m.index, replacement: '' };
      edits.push(gap);
      gaps.push(gap);
    }
    let replacement = '';
    if (name === 'table') {
      spans = [];
      inRow = false;
      inCell = false;
    } else if (name === 'tr') {
      inRow = opening;
      inCell = false;
      if (opening) {
        covered = spans.map((s) => s > 0);
        spans = spans.map((s) => Math.max(0, s - 1));
        column = 0;
        owed = 0;
      }
    } else if ((name === 'td' || name === 'th') && !opening) inCell = false;
    if (name === 'td' || name === 'th') {
      if (opening) {
        let empties = owed;
        while (covered[column]) {
          empties++;
          column++;
        }
        const rows = Number(/\browspan\s*=\s*["']?(\d+)/i.exec(m[0])?.[1] ?? 1);
        const cols = Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(m[0])?.[1] ?? 1);
        for (let c = 0; c < Math.max(1, cols); c++) spans[column + c] = Math.max(0, rows - 1);
        column += Math.max(1, cols);
        owed = Math.max(0, cols - 1);
        // The first cell of a row follows the row's line break: no tab before it.
        replacement = (afterRowStart ? '' : '\t') + '\t'.repeat(empties);
        inCell = true;
      }
    } else if (name === 'br') {
      replacement = inCell || isInlineBreak(text, m.index, m.index + m[0].length) ? '' : '\n';
    } else if (/^(?:p|div|li|h\d)$/.test(name)) replacement = inCell ? '' : '\n';
    else if (/^(?:tr|table)$/.test(name)) replacement = '\n';
    afterRowStart = name === 'tr' && opening;
    edits.push({ start: m.index, end: m.index + m[0].length, replacement });
    lastEnd = m.index + m[0].length;
  }
  return { edits, gaps };
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
