import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = new URL('../../bin/planwatch.js', import.meta.url).pathname;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A `planwatch` runner for tests: the real binary in a child process, against `databaseUrl`. */
export function cliRunner(databaseUrl: string): (...args: string[]) => Promise<CliResult> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', PLANWATCH_DEBUG: '' };
  return async (...args) => {
    try {
      const r = await run(process.execPath, [BIN, ...args], { env, maxBuffer: 64 * 1024 * 1024 });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
}
