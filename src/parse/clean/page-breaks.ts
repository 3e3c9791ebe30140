import {
  endsSentence,
  isChromeLine,
  isMarkdownHeading,
  isPageNumberLine,
  isProse,
  isRunningHeaderLike,
  isTableRowLike,
  startsWithMarker,
} from './line-shape.ts';
import type { Edit } from './mapped-text.ts';

export interface RemovedLine {
  kind: 'running_header' | 'chrome' | 'page_number' | 'continuation_marker';
  /** Cleaned-text offsets of the removed line (before removal). */
  start: number;
  end: number;
  text: string;
}

export interface PageBreakResult {
  edits: Edit[];
  removed: RemovedLine[];
  /** Cleaned-text ranges [start, end) that were joined across a break. */
  joins: Array<[number, number]>;
}

// (上接第10版) · 下转▶12版 · (转第3版) · (紧接第2版): newspaper continuation notes. The core is
// matched first (a pattern opening with optional brackets would be tried at every position).
const CONTINUATION_CORE = /(?:上接|紧接|接上|下转|转至|转到|转接|转|接)\s*[▶►→>]?\s*第?\s*\d{1,3}\s*版/g;

function continuationNotes(text: string): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  for (const m of text.matchAll(CONTINUATION_CORE)) {
    let start = m.index;
    let end = m.index + m[0].length;
    if (/[(（]/.test(text[start - 1] ?? '')) start--;
    if (/[)）]/.test(text[end] ?? '')) end++;
    while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
    while (end < text.length && /[ \t]/.test(text[end])) end++;
    out.push({ index: start, text: text.slice(start, end) });
  }
  return out;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * Finds page-break noise and the breaks to rejoin. A paragraph that stops without sentence-final
 * punctuation, followed (after blank lines, chrome, page numbers and at most two heading-like
 * running headers) by a line that is running text without a section marker, was cut by a page
 * break: the lines in between are removed and the two halves joined without a separator.
 */
export function pageBreakEdits(text: string): PageBreakResult {
  const edits: Edit[] = [];
  const removed: RemovedLine[] = [];
  const joins: Array<[number, number]> = [];
  for (const m of continuationNotes(text)) {
    // Only at a line's edge: inside a sentence "转3版" is not a note.
    const end = m.index + m.text.length;
    const before = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index);
    const afterEnd = text.indexOf('\n', end);
    const after = text.slice(end, afterEnd < 0 ? text.length : afterEnd);
    if (before.trim() !== '' && after.trim() !== '') continue;
    edits.push({ start: m.index, end, replacement: '' });
    removed.push({ kind: 'continuation_marker', start: m.index, end, text: m.text.trim() });
  }
  const noted = new Set(edits.map((e) => e.start));
  const lines = splitLines(text);
  const dropLine = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isChromeLine(line.text)) {
      dropLine.add(i);
      removed.push({ kind: 'chrome', start: line.start, end: line.end, text: line.text.trim() });
    } else if (isPageNumberLine(line.text) || isNewspaperFolio(line.text)) {
      dropLine.add(i);
      removed.push({ kind: 'page_number', start: line.start, end: line.end, text: line.text.trim() });
    }
  }
  for (const i of repeatedHeaders(lines, dropLine)) {
    dropLine.add(i);
    const line = lines[i];
    removed.push({ kind: 'running_header', start: line.start, end: line.end, text: line.text.trim() });
  }
  for (const i of dropLine) {
    const line = lines[i];
    if (!overlapsNoted(noted, line)) edits.push({ start: line.start, end: line.end, replacement: '' });
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const body = stripNotes(line.text);
    if (dropLine.has(i) || !isProse(body) || endsSentence(body)) continue;
    let k = i + 1;
    let headers = 0;
    const headerLines: number[] = [];
    while (k < lines.length) {
      const t = lines[k].text;
      if (t.trim() === '' || dropLine.has(k) || stripNotes(t).trim() === '') {
        k++;
        continue;
      }
      if (headers < 2 && isRunningHeaderLike(t) && nextContentIsProse(lines, k + 1, dropLine)) {
        headers++;
        headerLines.push(k);
        k++;
        continue;
      }
      break;
    }
    if (k >= lines.length) continue;
    const next = lines[k].text;
    if (!isContinuation(next)) continue;
    // Join: from the end of this line's text (trailing spaces too) to the start of the next's.
    const joinFrom = line.start + line.text.replace(/\s+$/, '').length;
    const joinTo = lines[k].start + (next.length - next.replace(/^\s+/, '').length);
    for (const h of headerLines) {
      removed.push({
        kind: 'running_header',
        start: lines[h].start,
        end: lines[h].end,
        text: lines[h].text.trim(),
      });
    }
    edits.push({ start: joinFrom, end: joinTo, replacement: '' });
    // A line wrapped in the middle of a sentence (text copied from a PDF) is joined too, but only
    // a break with something removed in between is a page break worth a warning.
    const direct = k === i + 1;
    if (!direct) joins.push([joinFrom, joinTo]);
    i = k - 1;
  }
  return { edits: mergeEdits(edits), removed, joins };
}

/**
 * Running headers between paragraphs: a heading-like line beside a page number (blank lines
 * apart) that recurs so beside another page number — "— 3 —" then "某某市人大常委会公报" on
 * every page. One occurrence is not enough: a title after a page number is text.
 */
function repeatedHeaders(lines: Line[], pageLines: Set<number>): number[] {
  const neighbour = (i: number, step: 1 | -1): number => {
    let k = i + step;
    while (k >= 0 && k < lines.length && lines[k].text.trim() === '') k += step;
    return k;
  };
  const byText = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (pageLines.has(i) || t === '' || !isRunningHeaderLike(t)) continue;
    if (!pageLines.has(neighbour(i, -1)) && !pageLines.has(neighbour(i, 1))) continue;
    byText.set(t, [...(byText.get(t) ?? []), i]);
  }
  return [...byText.values()].filter((at) => at.length >= 2).flat();
}

/**
 * A newspaper's running folio line (报名 · date · 星期 · 第N版), which a page break puts inside a
 * paragraph: "某某日报  2026年1月15日  星期四  第3版".
 */
export function isNewspaperFolio(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 60 || /[，,。；;：:]/.test(t)) return false;
  if (!/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.test(t)) return false;
  return /星期[一二三四五六日天]|周[一二三四五六日]|第?\s*[A-Z\d]{1,3}\s*版/.test(t);
}

function stripNotes(line: string): string {
  if (!line.includes('版')) return line;
  let out = line;
  for (const n of continuationNotes(line).reverse())
    out = out.slice(0, n.index) + out.slice(n.index + n.text.length);
  return out;
}

function overlapsNoted(noted: Set<number>, line: Line): boolean {
  for (const s of noted) if (s >= line.start && s < line.end) return true;
  return false;
}

function nextContentIsProse(lines: Line[], from: number, drop: Set<number>): boolean {
  for (let k = from; k < lines.length; k++) {
    if (lines[k].text.trim() === '' || drop.has(k)) continue;
    return isContinuation(lines[k].text);
  }
  return false;
}

function isContinuation(line: string): boolean {
  const t = stripNotes(line).trim();
  if (t === '' || startsWithMarker(t) || isMarkdownHeading(t) || isTableRowLike(t)) return false;
  // A caption (表一 …) or a short title is not the rest of a sentence.
  if (/^表\s*[一二三四五六七八九十\d]/.test(t)) return false;
  return isProse(t) || /[。；;]/.test(t);
}

/** Sort, and where a join covers a line removal, keep the wider edit. */
function mergeEdits(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) {
      if (e.end > last.end) last.end = e.end;
      continue;
    }
    out.push({ ...e });
  }
  return out;
}
