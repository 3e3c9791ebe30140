import { isMarkdownHeading, isTableRowLike } from '../clean/line-shape.ts';
import type { Block, Cell, Marker, TableRow } from './block.types.ts';
import { readMarker } from './read-marker.ts';

// 表五 … · 附表1：… · 专栏3 乡村振兴重点工程 (an outline's box): captions, not text.
const CAPTION =
  /^\s*(?:#{1,6}\s*)?(?:附?表\s*[一二三四五六七八九十\d]+\b|附?表\s*[一二三四五六七八九十\d]+[:：\s]|专栏\s*[一二三四五六七八九十\d]+(?:[:：\s]|(?=[\u4e00-\u9fff“"]))(?!.*[。；;]$))/;

/**
 * Stage 2: clean text → blocks. One line is one paragraph or heading (page breaks are already
 * joined); runs of table-like lines form a table.
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let table: Array<{ raw: string; offset: number }> = [];
  const flush = () => {
    const rows = tableRows(table);
    if (rows.length > 0) {
      blocks.push({ kind: 'table', start: rows[0].start, end: rows[rows.length - 1].end, rows });
    }
    table = [];
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
      table.push({ raw, offset });
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

/**
 * The rows of a run of table lines. Tab-separated lines exported from a spreadsheet, a web
 * page or Word keep an empty cell as two tabs in a row (地区生产总值\t6.8\t\t6左右): one tab is
 * one cell, unless the rows then no longer fit the header — tabs typed to align columns,
 * where a run of tabs is one separator.
 */
function tableRows(lines: Array<{ raw: string; offset: number }>): TableRow[] {
  const tabs = lines.filter((l) => l.raw.includes('\t'));
  let single = tabs.length > 0;
  if (single) {
    const width = (raw: string) => raw.replace(/\s+$/, '').split('\t').length;
    const header = width(tabs[0].raw);
    single = tabs.every((l) => width(l.raw) <= header) && tabs.some((l) => /\t\t/.test(l.raw.trim()));
  }
  return lines.flatMap(({ raw, offset }) => splitRow(raw, offset, single) ?? []);
}

/** Cells of a TSV, pipe or space-aligned row, with offsets; null for a `|---|` rule. */
export function splitRow(raw: string, offset: number, singleTabs = false): TableRow | null {
  const line = raw.replace(/\s+$/, '');
  if (/^\s*\|?\s*:?-{2,}/.test(line) && /^[\s|:-]+$/.test(line)) return null;
  const tab = singleTabs ? /\t/g : /\t+/g;
  const sep = line.includes('\t') ? tab : line.includes('|') ? /\s*\|\s*/g : /\s{2,}|\u3000+/g;
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
  // A row whose first cells are empty (under a merged category cell) starts at its text.
  const first = cells.find((c) => c.text !== '') ?? cells[0];
  return { cells, start: first.start, end: cells[cells.length - 1].end };
}
