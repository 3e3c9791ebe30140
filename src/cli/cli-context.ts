import { readFileSync } from 'node:fs';
import { AppError } from '../errors/app-error.ts';
import { ensureReferenceData } from '../services/reference-data.ts';
import { migrateToLatest, openDatabase, type Store } from '../store/open-database.ts';
import { sweepTempFiles } from '../store/temp-files.ts';

/** Opens the configured database, migrated, runs `fn`, and always closes it. */
export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openDatabase();
  try {
    await migrateToLatest(store);
    // What imports killed mid-way (kill -9, power loss) left in the temp folder.
    sweepTempFiles();
    await ensureReferenceData(store);
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function readInputFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '文件不存在 (no such file)'
        : code === 'EISDIR'
          ? '是目录 (is a directory)'
          : (error as Error).message;
    throw new AppError('BAD_REQUEST', `无法读取 ${path}: ${why}`);
  }
}

export function parseId(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new AppError('BAD_REQUEST', `${what} 必须是正整数 (must be a positive integer): ${value}`);
  return n;
}

/** Prints a value as JSON on stdout — the only thing `--json` commands print there. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
