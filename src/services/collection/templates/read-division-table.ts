import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { documentLimits } from '../../../config/limits.ts';
import { AppError } from '../../../errors/app-error.ts';
import { inspectArchive } from '../../documents/inspect-archive.ts';
import { officeKind } from '../zip-entries.ts';

/** A 任务分工方案 as read from either export: header cells and the rows under it. */
export interface DivisionTable {
  format: 'xlsx' | 'docx';
  header: string[];
  /** `row` is the sheet row (xlsx) or the table row (docx), the header being row 1. */
  rows: Array<{ row: number; cells: string[] }>;
}

function unreadable(reason: string): AppError {
  return new AppError('IMPORT_INVALID', `任务分工表无法读取 (unreadable file): ${reason}`, {
    errors: [{ row: 1, column: '', value: null, reason, reasonCode: 'unreadable' }],
    total: 1,
  });
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in (v as object))
    return (v as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in (v as object)) return cellText((v as { result: unknown }).result);
  if (typeof v === 'object' && 'text' in (v as object)) return String((v as { text: unknown }).text).trim();
  return String(v).trim();
}

async function readXlsx(bytes: Uint8Array): Promise<DivisionTable> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw unreadable(`XLSX: ${(error as Error).message}`);
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw unreadable('没有工作表 (no worksheet)');
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(cellText);
  const rows: DivisionTable['rows'] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    rows.push({
      row: rowNumber,
      cells: header.map((_, i) => cellText(row.getCell(i + 1).value)),
    });
  });
  return { format: 'xlsx', header, rows };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlText(html: string): string {
  return html
    .replace(/<\/p>\s*<p[^>]*>/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#')
        return String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
        );
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .trim();
}

/**
 * The first table of a Word document whose header names a 类型 column, read through mammoth's
 * HTML (tables come out as plain <table><tr><td>); rows numbered from the header row = 1.
 */
async function readDocx(bytes: Uint8Array): Promise<DivisionTable> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw unreadable(`DOCX: ${(error as Error).message}`);
  }
  for (const table of html.match(/<table[\s\S]*?<\/table>/g) ?? []) {
    const rows = (table.match(/<tr[\s\S]*?<\/tr>/g) ?? []).map((tr) =>
      (tr.match(/<t[dh][^>]*>[\s\S]*?<\/t[dh]>|<t[dh][^>]*\/>/g) ?? []).map(htmlText),
    );
    if (rows.length === 0 || !rows[0].includes('类型')) continue;
    const [header, ...body] = rows;
    return {
      format: 'docx',
      header,
      rows: body.map((cells, i) => ({ row: i + 2, cells: header.map((_, c) => cells[c] ?? '') })),
    };
  }
  throw unreadable('文档中没有含“类型”列的任务分工表 (no 任务分工 table in the document)');
}

/** Reads an edited 任务分工方案 exported as Excel or Word: which one is told by the file's parts. */
export async function readDivisionTable(bytes: Uint8Array): Promise<DivisionTable> {
  if (bytes.byteLength === 0)
    throw new AppError('IMPORT_INVALID', '文件为空 (the file is empty)', { errors: [], total: 0 });
  const kind = officeKind(bytes);
  if (kind) await inspectArchive({ bytes }, documentLimits());
  if (kind === 'xlsx') return readXlsx(bytes);
  if (kind === 'docx') return readDocx(bytes);
  throw unreadable('应为任务分工方案导出的 .xlsx 或 .docx 文件 (expected the exported .xlsx or .docx)');
}
