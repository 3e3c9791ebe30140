import type { Edit } from './mapped-text.ts';

// A heading marker right after the end of a sentence: 。（二）… · 。三、2026年… (not 一、二季度).
const INLINE_HEADING =
  /(?<=[。；;:：])\s*(?=[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]))/g;
const LONG_LINE = 400;

/**
 * Text copied from a web page sometimes arrives as one enormous line. Headings inside such a
 * line ("…。（二）全力推动…") are put back on lines of their own; ordinary lines are left alone.
 */
export function flatLineEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > LONG_LINE) {
      const line = text.slice(start, end);
      const marks = [...line.matchAll(INLINE_HEADING)];
      // One marker may be a stray "（二）" in a paragraph; several mean lost line breaks.
      if (marks.length >= 2) {
        for (const m of marks) {
          edits.push({ start: start + m.index, end: start + m.index + m[0].length, replacement: '\n\n' });
        }
      }
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return edits;
}
