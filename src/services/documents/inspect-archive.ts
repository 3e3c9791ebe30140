import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import type { DocumentLimits } from '../../config/limits.ts';
import { AppError } from '../../errors/app-error.ts';

/** An archive to inspect: bytes in memory or a file on disk (read by ranges, never whole). */
export type ArchiveSource = { bytes: Uint8Array } | { path: string };

type ArchiveLimits = Pick<DocumentLimits, 'maxExpandedBytes' | 'maxRatio' | 'ratioGraceBytes'>;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

interface RangeReader {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

const MB = 1024 * 1024;
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_CENTRAL_DIRECTORY = 16 * MB;

const mb = (n: number) => Math.round((n / MB) * 10) / 10;

export function tooLargeExpanded(expandedBytes: number, limits: ArchiveLimits, entry?: string): AppError {
  return new AppError(
    'DOCUMENT_TOO_LARGE_EXPANDED',
    `文件解压后过大 (document expands beyond the limit): 超过 ${mb(limits.maxExpandedBytes)} MB 或压缩比超过 ${limits.maxRatio} 倍，疑似压缩炸弹 (PLANWATCH_MAX_EXPANDED_MB)`,
    { expandedBytes, limitBytes: limits.maxExpandedBytes, maxRatio: limits.maxRatio, entry: entry ?? null },
  );
}

function unreadableArchive(reason: string): AppError {
  return new AppError('UNREADABLE_DOCUMENT', `无法读取压缩文件 (unreadable archive): ${reason}`);
}

/**
 * Checks that a ZIP archive (.docx, .xlsx) is safe to open before anything inflates it for real:
 * the sizes its central directory declares must stay under the limits, and then every entry is
 * inflated into nothing, counting bytes, and stopped the moment it passes them — so an archive
 * whose headers lie about its sizes is refused as soon as it has expanded past the cap, with no
 * more than one chunk in memory. Throws DOCUMENT_TOO_LARGE_EXPANDED (413) or UNREADABLE_DOCUMENT.
 * Inflation runs on libuv's thread pool: the event loop keeps answering meanwhile.
 */
export async function inspectArchive(source: ArchiveSource, limits: ArchiveLimits): Promise<void> {
  const reader = await openReader(source);
  try {
    const entries = await readCentralDirectory(reader);
    let declared = 0;
    for (const e of entries) {
      declared += e.size;
      if (declared > limits.maxExpandedBytes) throw tooLargeExpanded(declared, limits, e.name);
      if (overRatio(e.size, e.compressedSize, limits)) throw tooLargeExpanded(e.size, limits, e.name);
    }
    let expanded = 0;
    for (const e of entries) {
      expanded += await measureEntry(reader, e, limits, limits.maxExpandedBytes - expanded);
    }
  } finally {
    await reader.close();
  }
}

function overRatio(size: number, compressedSize: number, limits: ArchiveLimits): boolean {
  return size > limits.ratioGraceBytes && size > limits.maxRatio * Math.max(compressedSize, 1);
}

async function openReader(source: ArchiveSource): Promise<RangeReader> {
  if ('bytes' in source) {
    const buf = Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
    return {
      size: buf.byteLength,
      read: async (offset, length) => buf.subarray(offset, Math.min(offset + length, buf.byteLength)),
      close: async () => {},
    };
  }
  const handle = await open(source.path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buf, 0, buf.byteLength, offset);
      return buf.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

async function readCentralDirectory(reader: RangeReader): Promise<Entry[]> {
  const tailStart = Math.max(0, reader.size - 22 - 0xffff);
  const tail = await reader.read(tailStart, reader.size - tailStart);
  let at = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw unreadableArchive('找不到中央目录 (no central directory)');
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // ZIP64: the real figures are in the ZIP64 end record the locator before the EOCD points to.
    if (at < 20 || tail.readUInt32LE(at - 20) !== ZIP64_LOCATOR)
      throw unreadableArchive('ZIP64 记录缺失 (missing ZIP64 record)');
    const record = await reader.read(Number(tail.readBigUInt64LE(at - 20 + 8)), 56);
    if (record.byteLength < 56) throw unreadableArchive('ZIP64 记录无效 (bad ZIP64 record)');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > reader.size)
    throw unreadableArchive('中央目录无效 (bad central directory)');
  const cd = await reader.read(cdOffset, cdSize);
  const entries: Entry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.byteLength || cd.readUInt32LE(p) !== CENTRAL)
      throw unreadableArchive('中央目录无效 (bad central directory)');
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const entry: Entry = {
      name: cd.toString('utf8', p + 46, p + 46 + nameLength),
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    };
    readZip64Extra(cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64 extra field (0x0001): the 64-bit values of the fields saturated at 0xFFFFFFFF, in order. */
function readZip64Extra(extra: Buffer, entry: Entry): void {
  let p = 0;
  while (p + 4 <= extra.byteLength) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + length || q + 8 > extra.byteLength) return null;
        const v = Number(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next() ?? entry.size;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localOffset === 0xffffffff) entry.localOffset = next() ?? entry.localOffset;
      return;
    }
    p += 4 + length;
  }
}

const CHUNK = 1024 * 1024;

/** Inflates one entry into nothing and returns its real size; refuses it past the limits. */
async function measureEntry(
  reader: RangeReader,
  entry: Entry,
  limits: ArchiveLimits,
  budget: number,
): Promise<number> {
  const local = await reader.read(entry.localOffset, 30);
  if (local.byteLength < 30 || local.readUInt32LE(0) !== LOCAL)
    throw unreadableArchive(`条目无效 (bad entry): ${entry.name}`);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + entry.compressedSize > reader.size)
    throw unreadableArchive(`条目被截断 (truncated entry): ${entry.name}`);
  if (entry.method === 0) {
    if (entry.compressedSize > budget) throw tooLargeExpanded(entry.compressedSize, limits, entry.name);
    return entry.compressedSize;
  }
  if (entry.method !== 8) throw unreadableArchive(`不支持的压缩方式 (compression method ${entry.method})`);
  return new Promise<number>((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    let out = 0;
    let settled = false;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      reject(error);
    };
    inflate.on('data', (chunk: Buffer) => {
      out += chunk.byteLength;
      if (out > budget || overRatio(out, entry.compressedSize, limits))
        fail(tooLargeExpanded(out, limits, entry.name));
    });
    inflate.on('error', (e) => fail(unreadableArchive(`${entry.name}: ${e.message}`)));
    inflate.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(out);
    });
    (async () => {
      for (let at = 0; at < entry.compressedSize && !settled; at += CHUNK) {
        const chunk = await reader.read(start + at, Math.min(CHUNK, entry.compressedSize - at));
        if (!inflate.write(chunk))
          await new Promise((r) => {
            inflate.once('drain', r);
            inflate.once('close', r);
          });
      }
      inflate.end();
    })().catch((e: Error) => fail(unreadableArchive(e.message)));
  });
}
