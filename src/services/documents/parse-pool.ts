import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { type DocumentLimits, documentLimits } from '../../config/limits.ts';
import { readConfig } from '../../config.ts';
import { AppError } from '../../errors/app-error.ts';
import { inspectArchive } from './inspect-archive.ts';
import type { ParseOutcome, ParseTask } from './parse-worker.ts';

export type ParsedDocument = Extract<ParseOutcome, { ok: true }>;

let pool: Piscina<ParseTask, ParseOutcome> | null = null;
let poolMemoryMb = 0;

function getPool(limits: DocumentLimits): Piscina<ParseTask, ParseOutcome> {
  if (pool && poolMemoryMb === limits.parseMemoryMb) return pool;
  void pool?.destroy();
  poolMemoryMb = limits.parseMemoryMb;
  pool = new Piscina<ParseTask, ParseOutcome>({
    // Compiled (dist/server), the worker is the JavaScript beside this module; from the sources
    // (tests, development), an entry that runs the TypeScript worker through tsx.
    filename: new URL(
      import.meta.url.endsWith('.js') ? './parse-worker.js' : './parse-worker-entry.mjs',
      import.meta.url,
    ).href,
    minThreads: 0,
    maxThreads: readConfig().parseThreads ?? Math.max(1, Math.min(2, availableParallelism() - 1)),
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: limits.parseMemoryMb },
  });
  return pool;
}

/** Stops the parse workers (the CLI at exit, the server at close); the next parse starts new ones. */
export async function closeParsePool(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;

/**
 * Parses a plan document off the calling thread, within the limits: a .docx is inspected before
 * anything inflates it (inspectArchive), the parse runs in a worker with a heap limit and is
 * stopped at the time limit — the worker is terminated, so its memory goes back at once. The
 * server keeps answering meanwhile; HTTP, CLI and jobs share the pool.
 */
export async function parseDocumentSafely(
  bytes: Uint8Array,
  filename?: string,
  limits: DocumentLimits = documentLimits(),
): Promise<ParsedDocument> {
  if (isZip(bytes)) await inspectArchive({ bytes }, limits);
  let outcome: ParseOutcome;
  try {
    outcome = await getPool(limits).run(
      { bytes, filename },
      { signal: AbortSignal.timeout(limits.parseTimeoutMs) },
    );
  } catch (error) {
    throw parseFailure(error, limits);
  }
  if (!outcome.ok) throw new AppError('UNREADABLE_DOCUMENT', outcome.message);
  return outcome;
}

function parseFailure(error: unknown, limits: DocumentLimits): AppError {
  const e = error as Error & { code?: string; cause?: unknown };
  if (e.name === 'AbortError' || e.name === 'TimeoutError' || (e.cause as Error)?.name === 'TimeoutError') {
    return new AppError(
      'PARSE_TIMEOUT',
      `文档解析超时 (parsing took longer than ${limits.parseTimeoutMs / 1000} s; PLANWATCH_PARSE_TIMEOUT_S)`,
      { timeoutMs: limits.parseTimeoutMs },
    );
  }
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new AppError(
      'PARSE_MEMORY_EXCEEDED',
      `文档过于庞大，解析超出内存上限 ${limits.parseMemoryMb} MB (parsing exceeded the memory limit; PLANWATCH_PARSE_MEMORY_MB)`,
      { memoryMb: limits.parseMemoryMb },
    );
  }
  return new AppError('INTERNAL', `文档解析失败 (parse worker failed): ${e.message}`);
}
