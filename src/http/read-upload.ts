import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';

export interface Upload {
  bytes: Buffer;
  filename: string | null;
  /** The other form fields, as text. */
  fields: Record<string, string>;
}

/** Longest file name kept from an upload (what most file systems allow). */
export const MAX_FILENAME_LENGTH = 255;

/**
 * A client's file name as stored: control characters and halves of surrogate pairs dropped, cut
 * to MAX_FILENAME_LENGTH characters keeping the extension; null when nothing is left.
 */
export function cleanFilename(name: string | null | undefined): string | null {
  if (!name) return null;
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .trim();
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_FILENAME_LENGTH) return cleaned || null;
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(cleaned)?.[0] ?? '';
  return `${chars.slice(0, MAX_FILENAME_LENGTH - ext.length - 1).join('')}…${ext}`;
}

/**
 * Reads the one file of a multipart request into memory. A cut-off or malformed body is the
 * client's error (400), an oversized one 413 — never a 500.
 */
export async function readSingleUpload(request: FastifyRequest, field = 'file'): Promise<Upload> {
  let file: MultipartFile | undefined;
  try {
    file = await request.file();
    if (!file) throw new AppError('BAD_REQUEST', `缺少上传文件 (multipart field "${field}" missing)`);
    const bytes = await file.toBuffer();
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(file.fields)) {
      const value = (v as { value?: unknown } | undefined)?.value;
      if (typeof value === 'string') fields[k] = value;
    }
    return { bytes, filename: cleanFilename(file.filename), fields };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const e = error as { statusCode?: number; message?: string };
    if (e.statusCode === 413)
      throw new AppError('PAYLOAD_TOO_LARGE', `文件过大 (file too large): ${e.message}`);
    throw new AppError('BAD_REQUEST', `无法读取上传内容 (malformed multipart body): ${e.message ?? error}`);
  }
}
