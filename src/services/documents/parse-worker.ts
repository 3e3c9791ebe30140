import type { PlanDocument } from '../../domain/plan-document.types.ts';
import { type DocumentEncoding, parsePlanDocument } from '../../parse/index.ts';

export interface ParseTask {
  bytes: Uint8Array;
  filename?: string;
}

/** What crosses back from the worker: errors as data, since a thrown error loses its type there. */
export type ParseOutcome =
  | { ok: true; document: PlanDocument; text: string; encoding: DocumentEncoding }
  | { ok: false; message: string };

/** Runs in a worker thread of the parse pool (see parse-pool.ts). */
export default async function parseInWorker(task: ParseTask): Promise<ParseOutcome> {
  try {
    const parsed = await parsePlanDocument(task.bytes, task.filename);
    return { ok: true, ...parsed };
  } catch (error) {
    return { ok: false, message: (error as Error).message ?? String(error) };
  }
}
