import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ReportBlock, ReportModel } from './report.types.ts';
import { FONTS, SIZES } from './report-fonts.ts';
import { titleLines } from './report-text.ts';

/**
 * GB/T 9704-2012 page setup: A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; a
 * 156 × 225 mm text block of 22 lines × 28 characters in 三号 (16 pt): a fixed line of 225 mm / 22.
 */
/** Millimetres in twips, rounded (37 mm → 2098). */
const mm = (value: number) => Math.round((value * 1440) / 25.4);

export const PAGE = {
  width: 11906,
  height: 16838,
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
} as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** 225 mm / 22 lines, in twips (≈ 28.9 pt). */
export const LINE = Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / 22);
const INDENT = 2 * 16 * 20;
const HALF_LINE = Math.round(LINE / 2);

const font = (names: readonly string[]) => ({
  ascii: names[0],
  eastAsia: names[0],
  hAnsi: names[0],
  cs: names[0],
});
const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

function bodyParagraph(b: Extract<ReportBlock, { kind: 'paragraph' }>): Paragraph {
  const highlight = b.editor ? HighlightColor.YELLOW : undefined;
  const runs: TextRun[] = [];
  if (b.lead) {
    const kai = /^[（(]/.test(b.lead);
    runs.push(new TextRun({ text: b.lead, font: font(kai ? FONTS.kai : FONTS.body), bold: !kai, highlight }));
  }
  runs.push(new TextRun({ text: b.text, highlight }));
  return new Paragraph({
    children: runs,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: exact(LINE),
  });
}

function tableBlocks(b: Extract<ReportBlock, { kind: 'table' }>): Array<Paragraph | Table> {
  const total = b.widths.reduce((s, w) => s + w, 0);
  const widths = b.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      borders,
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 30, bottom: 30, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: header || b.align[i] === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          // Exact spacing: a cell's lines are 五号, off the body's 三号 line grid.
          spacing: exact(300),
          children: [new TextRun({ text, size: SIZES.table, font: font(header ? FONTS.hei : FONTS.body) })],
        }),
      ],
    });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 120, after: 60 },
      keepNext: true,
      children: [new TextRun({ text: b.caption, font: font(FONTS.hei), size: SIZES.caption })],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: b.columns.map((c, i) => cell(c, i, true)),
        }),
        ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
      ],
    }),
    // A blank line after the table, as typeset documents have before the text resumes.
    new Paragraph({ spacing: exact(HALF_LINE), children: [] }),
  ];
}

function blockToDocx(b: ReportBlock): Array<Paragraph | Table> {
  if (b.kind === 'table') return tableBlocks(b);
  if (b.kind === 'paragraph') return [bodyParagraph(b)];
  return [
    new Paragraph({
      keepNext: true,
      indent: { firstLine: INDENT },
      spacing: exact(LINE),
      children: [new TextRun({ text: b.text, font: font(b.level === 1 ? FONTS.hei : FONTS.kai) })],
    }),
  ];
}

/** — 1 — in 四号宋体, one character in from the outside edge: right on odd pages, left on even. */
function pageNumberFooter(alignment: 'left' | 'right'): Footer {
  const run = (children: Array<string | (typeof PageNumber)[keyof typeof PageNumber]>) =>
    new TextRun({ children, font: font(FONTS.song), size: SIZES.pageNumber });
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'right' ? { right: 280 } : { left: 280 },
        children: [run(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}

/**
 * The font table: each official font with its fallback (w:altName) and its class, so Word and
 * LibreOffice pick a close face where the official fonts are not installed.
 */
function fontTable(): string {
  const entries: Array<[string, string, string, string]> = [
    [FONTS.title[0], FONTS.title[1], 'roman', 'variable'],
    [FONTS.body[0], FONTS.body[2], 'modern', 'fixed'],
    [FONTS.hei[0], FONTS.hei[1], 'modern', 'fixed'],
    [FONTS.kai[0], FONTS.kai[2], 'modern', 'fixed'],
    [FONTS.song[0], FONTS.song[1], 'auto', 'variable'],
    [FONTS.body[2], FONTS.body[3], 'modern', 'fixed'],
    [FONTS.kai[2], FONTS.kai[3], 'modern', 'fixed'],
  ];
  const fonts = entries
    .map(
      ([name, alt, family, pitch]) =>
        `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

/** The report as a Word document laid out per GB/T 9704-2012, ready for the plan office to edit. */
export async function renderDocx(model: ReportModel): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: titleLines(model.title).map(
        (line, i) =>
          new TextRun({ text: line, font: font(FONTS.title), size: SIZES.title, break: i > 0 ? 1 : 0 }),
      ),
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 160, after: HALF_LINE },
      children: [new TextRun({ text: model.subtitle, font: font(FONTS.kai) })],
    }),
  ];
  if (model.coverNote) {
    const red = { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 4 };
    children.push(
      new Paragraph({
        border: { top: red, bottom: red, left: red, right: red },
        spacing: { line: 400, lineRule: LineRuleType.EXACT, before: 0, after: HALF_LINE },
        children: [new TextRun({ text: model.coverNote, color: 'C00000', size: 28, font: font(FONTS.kai) })],
      }),
    );
  }
  children.push(...model.blocks.flatMap(blockToDocx));
  children.push(
    new Paragraph({ spacing: exact(LINE), children: [] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: 4 * 320 },
      spacing: exact(LINE),
      children: [new TextRun({ text: model.dateLine })],
    }),
  );
  const doc = new Document({
    creator: 'planwatch',
    title: model.title,
    description: `plan ${model.meta.planId}, as of ${model.meta.asOf}, known at ${model.meta.knownAt}`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: SIZES.body },
          paragraph: { spacing: exact(LINE) },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: mm(15),
              footer: mm(20),
            },
          },
          // A line grid only: 三号 characters fill the 156 mm line (27–28 a line) without a character
          // grid, which LibreOffice spreads to one character per two cells with fallback fonts.
          grid: { type: DocumentGridType.LINES, linePitch: LINE },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTable() }]);
}
