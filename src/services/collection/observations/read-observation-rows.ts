import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { documentLimits } from '../../../config/limits.ts';
import { AppError } from '../../../errors/app-error.ts';
import { inspectArchive } from '../../documents/inspect-archive.ts';
import { mapHeader, type ObservationField, type RawObservation } from './observation-columns.ts';
import { xlsxCellValue } from './xlsx-cell-value.ts';

/** A file to import: on disk (streamed) or in memory (an upload). */
export interface ObservationFile {
  path?: string;
  bytes?: Uint8Array;
  filename?: string | null;
  format?: 'csv' | 'xlsx';
}

export interface SourceRow {
  /** Line number in the file (header = 1), the sheet row for XLSX, the item number for JSON. */
  row: number;
  fields: RawObservation;
}

export interface RowStream {
  header: string[];
  mapping: Array<ObservationField | null>;
  rows: AsyncIterable<SourceRow>;
  totalBytes: number | null;
  /** Bytes consumed so far (for progress). */
  bytesRead(): number;
}

export function detectFormat(file: ObservationFile): 'csv' | 'xlsx' {
  if (file.format) return file.format;
  const name = (file.filename ?? file.path ?? '').toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  const head = file.bytes ? file.bytes.subarray(0, 4) : readHead(file.path!, 4);
  // An XLSX is a ZIP archive: PK\x03\x04.
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4 ? 'xlsx' : 'csv';
}

function readHead(path: string, n: number): Uint8Array {
  const buf = Buffer.alloc(n);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new AppError('BAD_REQUEST', `无法读取 ${path}: ${(error as Error).message}`);
  }
  try {
    const read = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Excel in China saves CSV as GBK: anything that is not valid UTF-8 is read as GB18030. */
function isUtf8(head: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function rowsToRaw(cells: unknown[], mapping: Array<ObservationField | null>): RawObservation {
  const out: RawObservation = {};
  mapping.forEach((field, i) => {
    if (field) out[field] = cells[i];
  });
  return out;
}

function isBlank(cells: unknown[]): boolean {
  return cells.every((c) => c === null || c === undefined || String(c).trim() === '');
}

/** Opens a CSV or XLSX file as a stream of rows with their line numbers. */
export async function openObservationFile(file: ObservationFile): Promise<RowStream> {
  return detectFormat(file) === 'xlsx' ? openXlsx(file) : openCsv(file);
}

/** An unreadable file: one error at the line where reading stopped, nothing imported. */
export function unreadable(row: number, reason: string): AppError {
  return new AppError('IMPORT_INVALID', `文件无法解析 (unreadable file): 第 ${row} 行 ${reason}`, {
    errors: [{ row, column: '', value: null, reason, reasonCode: 'unreadable' }],
    total: 1,
  });
}

/** Line breaks in a piece of CSV source: CRLF, LF and CR each count once. */
function countBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (s.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

const LEADING_EMPTY_LINES = /^(?:[ \t]*(?:\r\n|\n|\r))*/;

async function openCsv(file: ObservationFile): Promise<RowStream> {
  const totalBytes = file.bytes ? file.bytes.byteLength : statSync(file.path!).size;
  const head = file.bytes ? file.bytes.subarray(0, 65536) : readHead(file.path!, 65536);
  let bytes = 0;
  const input = file.bytes ? Readable.from([Buffer.from(file.bytes)]) : createReadStream(file.path!);
  input.on('data', (chunk: Buffer | string) => {
    bytes += chunk.length;
  });
  const text = isUtf8(head) ? input : input.pipe(iconv.decodeStream('gb18030'));
  const parser = parse({
    bom: true,
    // `raw` gives each record's source text: line numbers are counted from it, so a record
    // spanning lines (a quoted note with line breaks) is reported at its first line.
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  });
  input.on('error', (e: Error) => parser.destroy(e));
  text.pipe(parser);
  const iterator = parser[Symbol.asyncIterator]();
  /** The line the next record's source starts on. */
  let nextLine = 1;
  const read = async (): Promise<{ record: string[]; line: number } | null> => {
    let next: IteratorResult<unknown>;
    try {
      next = await iterator.next();
    } catch (error) {
      const e = error as Error & { code?: string };
      throw unreadable(nextLine, `CSV 无法解析 (unreadable CSV${e.code ? `, ${e.code}` : ''}): ${e.message}`);
    }
    if (next.done) return null;
    const { record, raw } = next.value as { record: string[]; raw: string };
    const line = nextLine + countBreaks(LEADING_EMPTY_LINES.exec(raw)?.[0] ?? '');
    nextLine += countBreaks(raw);
    return { record, line };
  };
  const first = await read();
  if (!first) throw new AppError('IMPORT_INVALID', '文件为空 (the file is empty)', { errors: [], total: 0 });
  const header = first.record;
  const mapping = mapHeader(header);
  async function* rows(): AsyncIterable<SourceRow> {
    while (true) {
      const next = await read();
      if (!next) return;
      if (isBlank(next.record)) continue;
      yield { row: next.line, fields: rowsToRaw(next.record, mapping) };
    }
  }
  return { header, mapping, rows: rows(), totalBytes, bytesRead: () => bytes };
}

/** The cells of a sheet row as they show (dates as periods, percentages as 4.2%). */
function rowCells(row: ExcelJS.Row): unknown[] {
  const cells: unknown[] = [];
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cells[col - 1] = xlsxCellValue(cell.value, cell.numFmt);
  });
  return cells;
}

async function openXlsx(file: ObservationFile): Promise<RowStream> {
  // A workbook is a ZIP: a bomb is refused before the reader inflates it (not read as "empty").
  try {
    await inspectArchive(file.bytes ? { bytes: file.bytes } : { path: file.path! }, documentLimits());
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNREADABLE_DOCUMENT')
      throw unreadable(1, `XLSX 无法读取 (unreadable XLSX): ${error.message}`);
    throw error;
  }
  const totalBytes = file.bytes ? file.bytes.byteLength : statSync(file.path!).size;
  let bytes = 0;
  const input = file.bytes ? Readable.from([Buffer.from(file.bytes)]) : createReadStream(file.path!);
  input.on('data', (chunk: Buffer | string) => {
    bytes += chunk.length;
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Number formats tell a percentage (0.042 shown as 4.2%) and a date (a typed 2026-06).
    styles: 'cache',
    entries: 'emit',
  });
  // Only the first worksheet holds data; a template's other sheets are lists for validation.
  const sheets = reader[Symbol.asyncIterator]();
  let rowIterator: AsyncIterator<ExcelJS.Row> | null = null;
  let header: string[] = [];
  try {
    const sheet = await sheets.next();
    if (!sheet.done) {
      rowIterator = (sheet.value as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
      while (true) {
        const r = await rowIterator.next();
        if (r.done) break;
        const cells = rowCells(r.value);
        if (isBlank(cells)) continue;
        header = cells.map((c) => String(c ?? ''));
        break;
      }
    }
  } catch (error) {
    throw unreadable(1, `XLSX 无法读取 (unreadable XLSX): ${(error as Error).message}`);
  }
  if (header.length === 0)
    throw new AppError('IMPORT_INVALID', '文件为空 (the file is empty)', { errors: [], total: 0 });
  const mapping = mapHeader(header);
  const it = rowIterator!;
  async function* rows(): AsyncIterable<SourceRow> {
    let last = 1;
    while (true) {
      let r: IteratorResult<ExcelJS.Row>;
      try {
        r = await it.next();
      } catch (error) {
        throw unreadable(last + 1, `XLSX 无法读取 (unreadable XLSX): ${(error as Error).message}`);
      }
      if (r.done) return;
      last = r.value.number;
      const cells = rowCells(r.value);
      if (isBlank(cells)) continue;
      yield { row: r.value.number, fields: rowsToRaw(cells, mapping) };
    }
  }
  return { header, mapping, rows: rows(), totalBytes, bytesRead: () => bytes };
}
