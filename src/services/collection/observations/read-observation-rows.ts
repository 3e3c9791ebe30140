import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../../../errors/app-error.ts';
import { mapHeader, type ObservationField, type RawObservation } from './observation-columns.ts';

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
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  });
  input.on('error', (e: Error) => parser.destroy(e));
  text.pipe(parser);
  const iterator = parser[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done)
    throw new AppError('IMPORT_INVALID', '文件为空 (the file is empty)', { errors: [], total: 0 });
  const header = (first.value as { record: string[] }).record;
  const mapping = mapHeader(header);
  async function* rows(): AsyncIterable<SourceRow> {
    try {
      while (true) {
        const next = await iterator.next();
        if (next.done) return;
        const { record, info } = next.value as { record: string[]; info: { lines: number } };
        if (isBlank(record)) continue;
        yield { row: info.lines, fields: rowsToRaw(record, mapping) };
      }
    } catch (error) {
      throw new AppError('IMPORT_INVALID', `CSV 无法解析 (unreadable CSV): ${(error as Error).message}`, {
        errors: [],
        total: 1,
      });
    }
  }
  return { header, mapping, rows: rows(), totalBytes, bytesRead: () => bytes };
}

/** An exceljs cell value as text or number: rich text joined, formulas by their result. */
function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellValue(o.result);
    if (typeof o.text === 'string') return o.text;
    return String(v);
  }
  return v;
}

async function openXlsx(file: ObservationFile): Promise<RowStream> {
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
    styles: 'ignore',
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
        const cells = (r.value.values as unknown[]).slice(1).map(cellValue);
        if (isBlank(cells)) continue;
        header = cells.map((c) => String(c ?? ''));
        break;
      }
    }
  } catch (error) {
    throw new AppError('IMPORT_INVALID', `XLSX 无法读取 (unreadable XLSX): ${(error as Error).message}`, {
      errors: [],
      total: 1,
    });
  }
  if (header.length === 0)
    throw new AppError('IMPORT_INVALID', '文件为空 (the file is empty)', { errors: [], total: 0 });
  const mapping = mapHeader(header);
  const it = rowIterator!;
  async function* rows(): AsyncIterable<SourceRow> {
    while (true) {
      const r = await it.next();
      if (r.done) return;
      const cells = (r.value.values as unknown[]).slice(1).map(cellValue);
      if (isBlank(cells)) continue;
      yield { row: r.value.number, fields: rowsToRaw(cells, mapping) };
    }
  }
  return { header, mapping, rows: rows(), totalBytes, bytesRead: () => bytes };
}
