import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from './decode-document.ts';

const TEXT = '关于某省2025年计划执行情况的报告\n地区生产总值增长５％左右，城镇新增就业60万人以上。';

const bom = (b: number[], body: Uint8Array) => new Uint8Array([...b, ...body]);

describe('decodeDocument', () => {
  it.each([
    ['UTF-8', () => new TextEncoder().encode(TEXT), 'utf-8'],
    ['UTF-8 with BOM', () => bom([0xef, 0xbb, 0xbf], new TextEncoder().encode(TEXT)), 'utf-8'],
    [
      'UTF-16LE with BOM',
      () => bom([0xff, 0xfe], new Uint8Array(iconv.encode(TEXT, 'utf-16le'))),
      'utf-16le',
    ],
    ['UTF-16LE without BOM', () => new Uint8Array(iconv.encode(TEXT, 'utf-16le')), 'utf-16le'],
    ['GBK', () => new Uint8Array(iconv.encode(TEXT, 'gbk')), 'gb18030'],
    ['GB18030', () => new Uint8Array(iconv.encode(TEXT, 'gb18030')), 'gb18030'],
  ] as const)('reads %s', async (_, bytes, encoding) => {
    const result = await decodeDocument(bytes());
    expect(result).toEqual({ text: TEXT, encoding });
  });

  it('reads an empty file as empty text', async () => {
    expect(await decodeDocument(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('reads a .docx by its zip signature', async () => {
    const doc = new Document({
      sections: [{ children: TEXT.split('\n').map((t) => new Paragraph({ text: t })) }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const result = await decodeDocument(bytes, 'plan.docx');
    expect(result.encoding).toBe('docx');
    expect(result.text).toContain('城镇新增就业60万人以上');
  });

  it.each([
    ['binary bytes', new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x13, 0x88, 0x00, 0x07, 0x00])],
    [
      'a PNG header',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    ],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])],
  ])('refuses %s with a clear error', async (_, bytes) => {
    await expect(decodeDocument(bytes)).rejects.toThrow(/无法读取文件.*unreadable/);
  });
});
