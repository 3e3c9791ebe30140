import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Builds the web app when dist/web is missing or older than its sources (CI runs `npm run build` first). */
export function ensureWebBuilt(): void {
  const index = join(ROOT, 'dist/web/index.html');
  const sources = ['web/src', 'web/index.html', 'web/vite.config.ts'].map((p) => join(ROOT, p));
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newestChange))) return;
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
  /** The demo account (演示账号) the server announced on its console. */
  demo: { username: string; password: string };
}

/**
 * Starts the real server (`node bin/planwatch.js serve`) on a free port with a fresh SQLite file,
 * which loads the bundled sample plan and its demo data, and waits for /api/health.
 */
export async function startServer(timeoutMs = 90_000): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'planwatch-e2e-'));
  const port = await freePort();
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['bin/planwatch.js', 'serve', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`server exited with ${child.exitCode}:\n${output.join('').slice(-3000)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      const announced = /演示账号[^\n]*用户名 (\S+)\s+密码 (\S+)/.exec(output.join(''));
      if (response.ok && announced)
        return { baseUrl, stop, demo: { username: announced[1], password: announced[2] } };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(
    `server did not answer /api/health within ${timeoutMs} ms:\n${output.join('').slice(-3000)}`,
  );
}
