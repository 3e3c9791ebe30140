import { isMarkdownHeading, isTableRowLike } from '../clean/line-shape.ts';
import type { Block, Cell, Marker, TableRow } from './block.types.ts';
import { readMarker } from './read-marker.ts';

const CAPTION =
  /^\s*(?:#{1,6}\s*)?(?:附?表\s*[一二三四五六七八九十\d]+\b|附?表\s*[一二三四五六七八九十\d]+[:：\s])/;

/**
 * Stage 2: clean text → blocks. One line is one paragraph or heading (page breaks are already
 * joined); runs of table-like lines form a table.
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let table: TableRow[] = [];
  const flush = () => {
    if (table.length > 0) {
      blocks.push({ kind: 'table', start: table[0].start, end: table[table.length - 1].end, rows: table });
      table = [];
    }
  };
  const lines: Array<{ raw: string; offset: number }> = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ raw: text.slice(start, end), offset: start });
    if (nl < 0) break;
    start = nl + 1;
  }
  for (let i = 0; i < lines.length; i++) classify(lines[i].raw, lines[i].offset, i);
  flush();
  return blocks;

  /** A short label between table rows (经济发展) is a group row of the table, not a heading. */
  function isGroupRow(line: string, i: number): boolean {
    if (table.length === 0 || line.length > 20 || /[，,。；;：:]/.test(line)) return false;
    const next = lines.slice(i + 1).find((l) => l.raw.trim() !== '');
    return next !== undefined && isTableRowLike(next.raw);
  }

  function classify(raw: string, offset: number, index: number): void {
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    // A blank line inside a table (HTML and Word exports put them between rows) does not end it;
    // the next line that is not a row does.
    if (line === '') return;
    const s = offset + lead;
    const e = s + line.length;
    const caption = CAPTION.test(line);
    if (!caption && !isMarkdownHeading(line) && (isTableRowLike(line) || isGroupRow(line, index))) {
      const row = splitRow(raw, offset);
      if (row) table.push(row);
      return;
    }
    flush();
    const marker = readMarker(line, s);
    if (isMarkdownHeading(line) || caption) {
      blocks.push({ kind: 'heading', start: s, end: e, text: line, marker, caption });
    } else if (
      marker &&
      !/[。；;！？!?]/.test(line.replace(/[。；;]$/, '')) &&
      line.length <= 80 &&
      !isNumberedStatement(line, marker)
    ) {
      blocks.push({ kind: 'heading', start: s, end: e, text: line, marker, caption: false });
    } else {
      blocks.push({ kind: 'paragraph', start: s, end: e, text: line, marker });
    }
  }
}

/**
 * "1.新增普惠托位2000个，建设社区托育点50个。": a numbered line that is a whole sentence stating
 * figures (a 民生实事 list) is text, not a heading, though it is one line with one full stop.
 */
function isNumberedStatement(line: string, marker: Marker): boolean {
  if (marker.level !== 'item' || !/[。；;]$/.test(line)) return false;
  const body = line.replace(/^\s*(?:#{1,6}\s*)?(?:\d{1,2}\s*[、．.]|[(（]\s*\d{1,2}\s*[)）])/, '');
  // A number with a unit after it (2000个, 1.2万个); a year (2026年) is no figure.
  return /\d+(?:\.\d+)?(?!\d|\s*年)\s*[^\s\d.、．)）]/.test(body);
}

/** Cells of a TSV, pipe or space-aligned row, with offsets; null for a `|---|` rule. */
export function splitRow(raw: string, offset: number): TableRow | null {
  const line = raw.replace(/\s+$/, '');
  if (/^\s*\|?\s*:?-{2,}/.test(line) && /^[\s|:-]+$/.test(line)) return null;
  const sep = line.includes('\t') ? /\t+/g : line.includes('|') ? /\s*\|\s*/g : /\s{2,}|\u3000+/g;
  const cells: Cell[] = [];
  let at = 0;
  const push = (a: number, b: number) => {
    const cell = line.slice(a, b);
    const l = cell.length - cell.trimStart().length;
    const t = cell.trim();
    cells.push({ text: t, start: offset + a + l, end: offset + a + l + t.length });
  };
  for (const m of line.matchAll(sep)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, line.length);
  // Pipe tables start and end with a pipe: drop the empty edge cells.
  if (line.trim().startsWith('|') && cells.length > 0 && cells[0].text === '') cells.shift();
  if (line.trim().endsWith('|') && cells.length > 0 && cells[cells.length - 1].text === '') cells.pop();
  if (cells.length === 0) return null;
  const first = cells[0];
  return { cells, start: first.start, end: cells[cells.length - 1].end };
}
