/**
 * Several `planwatch serve` processes on one database hold no state of their own: an observation
 * written through one is in the other's overview at once (no cache to go stale), on SQLite (one
 * machine, WAL) and on PostgreSQL (several app servers behind a load balancer).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE } from '../../src/http/auth/auth-hooks.ts';
import { openSession } from '../../src/services/auth/sessions.ts';
import { createUser } from '../../src/services/auth/users.ts';
import { TEST_PASSWORD } from '../support/auth.ts';
import { buildCollectionPlan } from '../support/collection-builders.ts';
import { describeEachDatabase } from '../support/databases.ts';

const BIN = new URL('../../bin/planwatch.js', import.meta.url).pathname;

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

async function serve(url: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--no-seed'], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 150_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, child };
    } catch (error) {
      if (Date.now() > until || child.exitCode !== null) throw error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Overview {
  items: Array<{ id: number; actual: { value: number } | null }>;
}

describeEachDatabase('two planwatch serve processes on one database', (t) => {
  const servers: Array<{ base: string; child: ChildProcess }> = [];
  let planId = 0;
  let jobs = 0;
  // One session, stored in the database: both processes must honour it (they hold no state).
  let auth: Record<string, string> = {};
  beforeAll(async () => {
    const user = await createUser(
      t.store,
      { username: `planner-${process.pid}`, role: 'planner', password: TEST_PASSWORD },
      'test',
    );
    const session = await openSession(t.store, user.id, { address: '127.0.0.1', userAgent: 'test' });
    auth = { cookie: `${SESSION_COOKIE}=${session.token}`, [CSRF_HEADER]: session.csrfToken };
    const plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    planId = plan.planId;
    jobs = plan.indicators['城镇新增就业岗位'];
    servers.push(...(await Promise.all([serve(t.url), serve(t.url)])));
  }, 300_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => stop(s.child)));
  });

  const jobsActual = async (base: string) => {
    const r = await fetch(`${base}/api/plans/${planId}/assessment?asOf=2026-06-30`, { headers: auth });
    expect(r.status).toBe(200);
    return ((await r.json()) as Overview).items.find((i) => i.id === jobs)?.actual?.value ?? null;
  };

  it('serves the same state from both, and a value written through one is in the other at once', async () => {
    const [a, b] = servers;
    expect(await jobsActual(a.base)).toBeNull();
    const write = async (server: { base: string }, value: number) => {
      const r = await fetch(`${server.base}/api/plans/${planId}/observations`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          observations: [
            {
              indicator: '城镇新增就业岗位',
              region: '310000',
              period: '2026-05',
              kind: 'ytd_value',
              value,
              unit: '万人',
            },
          ],
        }),
      });
      expect(r.status).toBe(201);
    };
    await write(b, 25);
    expect(await jobsActual(a.base)).toBe(250000);
    expect(await jobsActual(b.base)).toBe(250000);
    // A correction through the other server: the first sees the new revision on its next request.
    await write(a, 26);
    expect(await jobsActual(b.base)).toBe(260000);
    expect(await jobsActual(a.base)).toBe(260000);
  }, 120_000);
});
