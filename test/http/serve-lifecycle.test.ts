import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/planwatch.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'planwatch-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitFor(url: string, ms: number): Promise<Response> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

describe('planwatch serve', () => {
  it('creates, migrates and seeds an empty database, serves /api, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const db = join(dir, 'serve.db');
    const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
      env: { ...process.env, DATABASE_URL: `sqlite:${db}`, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const health = await waitFor(`http://127.0.0.1:${port}/api/health`, 60_000);
      expect(await health.json()).toMatchObject({
        status: 'ok',
        database: { kind: 'sqlite', reachable: true },
      });
      // Reading needs an account: the demo account announced on the console (演示账号) signs in.
      const announced = /演示账号[^\n]*用户名 (\S+)\s+密码 (\S+)/.exec(output);
      expect(announced).not.toBeNull();
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: announced?.[1], password: announced?.[2] }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
      const plans = (await (
        await fetch(`http://127.0.0.1:${port}/api/plans`, { headers: { cookie } })
      ).json()) as {
        plans: Array<{ demo: boolean; status: string; counts: { indicators: number } }>;
      };
      expect(plans.plans).toHaveLength(1);
      expect(plans.plans[0]).toMatchObject({ demo: true, status: 'published' });
      expect(plans.plans[0].counts.indicators).toBeGreaterThan(0);
      expect(existsSync(db)).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).toContain('shutting down');
  });
});
