import ExcelJS from 'exceljs';
import type { ReportModel } from './report.types.ts';

/** Text a spreadsheet would run as a formula if typed in: =, +, -, @ (and tab or carriage return) first. */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * The data appendix as an Excel workbook: one sheet per kind of item, bold filled headers, number
 * and percentage formats, the header row frozen and filtered. Text never becomes a formula.
 */
export async function renderXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'planwatch';
  workbook.title = model.title;
  // The clock, not the wall: the same inputs give the same document properties.
  workbook.created = new Date(model.meta.generatedAt);
  workbook.modified = new Date(model.meta.generatedAt);
  for (const sheet of model.appendix) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width,
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    for (const row of sheet.rows) {
      const added = ws.addRow({});
      sheet.columns.forEach((c, i) => {
        const value = row[c.key];
        const cell = added.getCell(i + 1);
        if (value == null || value === '') return;
        if (typeof value === 'number') {
          cell.value = value;
          return;
        }
        // A string cell is never a formula; the Text format (@) keeps it text when someone edits it.
        cell.value = value;
        if (isFormulaLike(value)) cell.numFmt = '@';
        cell.alignment = { wrapText: value.length > c.width, vertical: 'top' };
      });
    }
    const header = ws.getRow(1);
    header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    header.height = 24;
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    if (sheet.columns.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
