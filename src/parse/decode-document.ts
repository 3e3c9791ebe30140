import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { docxHtmlToText } from './docx-html-to-text.ts';

/**
 * The input is not a text or .docx document. The parser stays free of the server's error type;
 * callers map this to their own (the services to AppError UNREADABLE_DOCUMENT, HTTP 422).
 */
export class UnreadableDocumentError extends Error {
  override readonly name = 'UnreadableDocumentError';
}

export type DocumentEncoding = 'utf-8' | 'utf-16le' | 'gb18030' | 'docx';

export interface DecodedDocument {
  text: string;
  encoding: DocumentEncoding;
}

const UNREADABLE = '无法读取文件：不是文本或 .docx 文档 (unreadable: not text or .docx)';

/**
 * Bytes of an uploaded plan document → text. A BOM decides; else strict UTF-8; else GB18030
 * (a superset of GBK and GB2312, which most older Chinese government files use). A zip (PK)
 * is read as .docx. Throws only when the bytes are not text at all.
 *
 * The BOM (UTF-8 EF BB BF, UTF-16 FF FE / FE FF) is not part of the text: it is stripped, as
 * TextDecoder does, so every span of the PlanDocument indexes the BOM-less text (and
 * `source.length` is its length). A reader that keeps the BOM (Node's `buffer.toString('utf8')`
 * yields a leading U+FEFF) must drop it before slicing: `text.replace(/^\uFEFF/, '')`.
 */
export async function decodeDocument(bytes: Uint8Array, filename?: string): Promise<DecodedDocument> {
  if (isZip(bytes) || /\.docx$/i.test(filename ?? '')) {
    if (!isZip(bytes)) throw new UnreadableDocumentError(UNREADABLE);
    try {
      const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      return { text: docxHtmlToText(result.value), encoding: 'docx' };
    } catch {
      throw new UnreadableDocumentError(UNREADABLE);
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (looksBinary(bytes)) throw new UnreadableDocumentError(UNREADABLE);
  const utf16 = bytes.includes(0) ? decodeUtf16(bytes) : null;
  if (utf16 !== null) return { text: utf16, encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    // GB18030 decodes nearly anything; too many replacement characters means it was not text.
    const bad = (text.match(/\ufffd/g) ?? []).length;
    if (bad > Math.max(2, text.length / 50)) throw new UnreadableDocumentError(UNREADABLE);
    return { text, encoding: 'gb18030' };
  }
}

function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/** NUL bytes and other control characters do not occur in text files (UTF-16 without BOM aside). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return decodeUtf16(bytes) === null;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > Math.max(4, n / 100);
}

/** UTF-16LE without a BOM: valid, and mostly letters, CJK and punctuation. */
function decodeUtf16(bytes: Uint8Array): string | null {
  if (bytes.length % 2 !== 0) return null;
  try {
    const text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    const odd = text.match(
      /[^\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g,
    );
    return (odd?.length ?? 0) <= text.length / 20 ? text : null;
  } catch {
    return null;
  }
}
