import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildZip, docxBomb, xlsxBomb } from '../../../test/support/zip-bomb.ts';
import { AppError } from '../../errors/app-error.ts';
import { inspectArchive } from './inspect-archive.ts';

const MB = 1024 * 1024;
const limits = { maxExpandedBytes: 100 * MB, maxRatio: 200, ratioGraceBytes: 10 * MB };

async function refusal(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('inspectArchive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planwatch-zip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes an ordinary archive, from memory and from disk', async () => {
    const zip = buildZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document>十五五规划</w:document>'.repeat(1000)) },
    ]);
    await expect(inspectArchive({ bytes: zip }, limits)).resolves.toBeUndefined();
    const path = join(dir, 'ok.docx');
    writeFileSync(path, zip);
    await expect(inspectArchive({ path }, limits)).resolves.toBeUndefined();
  });

  it('refuses a bomb by the sizes its central directory declares', async () => {
    const error = await refusal(inspectArchive({ bytes: docxBomb(30 * MB) }, limits));
    expect(error.code).toBe('DOCUMENT_TOO_LARGE_EXPANDED');
    expect(error.httpStatus).toBe(413);
    expect(error.details).toMatchObject({ entry: 'word/document.xml', limitBytes: 100 * MB });
  });

  it('refuses a bomb whose headers lie about its size once it has expanded past the limit', async () => {
    for (const bomb of [docxBomb(30 * MB, { lie: true }), xlsxBomb(30 * MB, { lie: true })]) {
      const error = await refusal(inspectArchive({ bytes: bomb }, limits));
      expect(error.code).toBe('DOCUMENT_TOO_LARGE_EXPANDED');
    }
    const path = join(dir, 'lying.xlsx');
    writeFileSync(path, xlsxBomb(30 * MB, { lie: true }));
    expect((await refusal(inspectArchive({ path }, limits))).code).toBe('DOCUMENT_TOO_LARGE_EXPANDED');
  });

  it('caps the total an archive expands to, whatever the ratio', async () => {
    const small = { ...limits, maxExpandedBytes: 64 * 1024 };
    const zip = buildZip([
      { name: 'a.xml', data: Buffer.from('a'.repeat(40 * 1024)) },
      { name: 'b.xml', data: Buffer.from('b'.repeat(40 * 1024)), declaredSize: 10 },
    ]);
    expect((await refusal(inspectArchive({ bytes: zip }, small))).code).toBe('DOCUMENT_TOO_LARGE_EXPANDED');
  });

  it('calls a truncated or headless archive unreadable', async () => {
    const zip = docxBomb(1024);
    expect((await refusal(inspectArchive({ bytes: zip.subarray(0, 40) }, limits))).code).toBe(
      'UNREADABLE_DOCUMENT',
    );
    const broken = Buffer.from(zip);
    broken.writeUInt32LE(0, 0); // the first local header
    expect((await refusal(inspectArchive({ bytes: broken }, limits))).code).toBe('UNREADABLE_DOCUMENT');
  });
});
