import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { planFacts, spanProblems, textProblems } from '../../test/fixtures/plans/plan-facts.ts';
import { parsePlanDocument, parsePlanText } from './index.ts';

const dir = new URL('../../test/fixtures/plans/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const expectedFor = (name: string) => JSON.parse(read(name.replace(/\.(?:txt|md)$/, '.expected.json')));

/** Each fixture as the bytes an upload would carry. */
const FIXTURES: Array<{ file: string; what: string; encoding: string; bytes: () => Promise<Uint8Array> }> = [
  {
    file: 'hunan-markdown-table.md',
    what: 'Markdown pipe table with a unit column',
    encoding: 'utf-8',
    bytes: utf8,
  },
  {
    file: 'ganzhou-aligned-table.txt',
    what: 'space-aligned table with group rows',
    encoding: 'utf-8',
    bytes: utf8,
  },
  {
    file: 'anji-gwr-paragraph.txt',
    what: 'work report: year and 十五五 targets',
    encoding: 'utf-8',
    bytes: utf8,
  },
  { file: 'zhuhai-traditional.txt', what: 'traditional characters', encoding: 'utf-8', bytes: utf8 },
  { file: 'taiyuan-page-noise.txt', what: 'page-break noise, chrome, HTML', encoding: 'utf-8', bytes: utf8 },
  {
    file: 'national-gwr-paragraph.txt',
    what: 'national work report, ；-separated targets',
    encoding: 'utf-8',
    bytes: utf8,
  },
  {
    file: 'liuzhou-five-year-outline.txt',
    what: 'five-year outline, 2030 and 年均 columns',
    encoding: 'utf-8',
    bytes: utf8,
  },
  {
    file: 'henan-gwr-semicolons.txt',
    what: 'provincial work report, letter-spaced title',
    encoding: 'utf-8',
    bytes: utf8,
  },
  { file: 'luoyang-gbk.txt', what: 'GBK-encoded file', encoding: 'gb18030', bytes: gbk },
  { file: 'xining-docx.txt', what: '.docx document', encoding: 'docx', bytes: docx },
].map((f) => ({ ...f, bytes: () => f.bytes(f.file) }));

async function utf8(file: string): Promise<Uint8Array> {
  return new TextEncoder().encode(read(file));
}

async function gbk(file: string): Promise<Uint8Array> {
  return new Uint8Array(iconv.encode(read(file), 'gbk'));
}

/** A Word file of the fixture: tab-separated lines become a Word table, the rest paragraphs. */
async function docx(file: string): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const cell = (t: string) => new TableCell({ children: [new Paragraph({ text: t })] });
    children.push(new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) }));
    rows = [];
  };
  for (const line of read(file).split('\n')) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    flush();
    if (line.trim() !== '') children.push(new Paragraph({ children: [new TextRun({ text: line })] }));
  }
  flush();
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe.each(FIXTURES)('fixture $file ($what)', ({ file, encoding, bytes }) => {
  it('decodes, parses and matches its expected key facts', async () => {
    const result = await parsePlanDocument(await bytes(), file.replace('-docx.txt', '.docx'));
    expect(result.encoding).toBe(encoding);
    expect(planFacts(result.document)).toEqual(expectedFor(file));
    expect(spanProblems(result.document, result.text)).toEqual([]);
    expect(textProblems(result.document, result.text)).toEqual([]);
  });
});

describe('page-break noise', () => {
  it('rejoins 4.5万 / 人以上 across a newspaper header and spans the break', async () => {
    const text = read('taiyuan-page-noise.txt');
    const { document } = await parsePlanDocument(new TextEncoder().encode(text));
    const jobs = document.indicators.find((i) => i.name === '城镇新增就业');
    const paragraphSpan = jobs?.otherSpans?.[0];
    expect(paragraphSpan && text.slice(...paragraphSpan)).toMatch(
      /^城镇新增就业4\.5万\n\n太原日报.*\n\n人以上$/,
    );
    expect(document.warnings.some((w) => w.code === 'page_break_joined')).toBe(true);
  });
});

describe('lost line breaks', () => {
  it('reads a work report copied as one long line like the original', () => {
    const flat = read('anji-gwr-paragraph.txt').replace(/\n+/g, '');
    const doc = parsePlanText(flat);
    expect(planFacts(doc)).toEqual(expectedFor('anji-gwr-paragraph.txt'));
    expect(spanProblems(doc, flat)).toEqual([]);
  });
});
