import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_DATABASE_URL, readConfig } from '../config.ts';

/**
 * The one folder of planwatch's temporary files (uploads, import staging): PLANWATCH_TMP_DIR, else
 * `tmp/` beside the SQLite file (the same disk, and a folder planwatch alone writes to, so what a
 * killed import left behind can be swept safely), else `planwatch-tmp/` in the working folder.
 */
export function tempRoot(env: NodeJS.ProcessEnv = process.env): string {
  const config = readConfig(env);
  if (config.tmpDir) return resolve(config.tmpDir);
  const url = config.databaseUrl ?? DEFAULT_DATABASE_URL;
  const sqlite = /^sqlite:(\/\/)?(.+)$/i.exec(url);
  if (sqlite && sqlite[2] !== ':memory:') return join(dirname(resolve(sqlite[2])), 'tmp');
  return resolve('planwatch-tmp');
}

/**
 * A new private folder under the temp root, named with the process id
 * (`planwatch-upload-4242-XXXX`); remove it in `finally`.
 */
export function makeTempDir(prefix: string): string {
  const root = tempRoot();
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `planwatch-${prefix}-${process.pid}-`));
}

/** Whether the process that made a temp folder still runs (then its files are in use). */
function ownerAlive(name: string): boolean {
  const pid = Number(/^planwatch-[a-z]+-(\d+)-/.exec(name)?.[1]);
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what processes killed mid-import left in the temp root: planwatch entries older than
 * this process whose process no longer runs (another planwatch importing meanwhile keeps its
 * files). Called at start-up by the server and the CLI; returns how many it removed.
 */
export function sweepTempFiles(startedAt: number = Date.now() - process.uptime() * 1000): number {
  const root = tempRoot();
  let removed = 0;
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return 0;
  }
  for (const name of entries) {
    if (!name.startsWith('planwatch-') || ownerAlive(name)) continue;
    const path = join(root, name);
    try {
      if (statSync(path).mtimeMs < startedAt) {
        rmSync(path, { recursive: true, force: true });
        removed++;
      }
    } catch {
      // Removed meanwhile by its own process: nothing to do.
    }
  }
  return removed;
}
