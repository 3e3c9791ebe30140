/**
 * The API under load: autocannon (50 connections, loopback) against the overview and one
 * indicator's detail on the national SQLite dataset, each beside /api/health on the same server
 * in the same run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import { createApiToken } from '../src/services/auth/api-tokens.ts';
import { createUser } from '../src/services/auth/users.ts';
import { openDatabase } from '../src/store/open-database.ts';
import { type BenchConfig, type Figure, higherBetter, lowerBetter } from './figure.ts';
import type { NationalDatabase } from './national-bench.ts';
import { AS_OF } from './national-data.ts';

/** A read-only API token of a viewer account: every API route needs an account. */
async function benchToken(url: string): Promise<string> {
  const store = openDatabase(url);
  try {
    const user = await createUser(
      store,
      { username: `bench-${Date.now()}`, role: 'viewer', password: `bench-${Date.now()}-pw7` },
      'bench',
    );
    return (await createApiToken(store, { name: 'bench', userId: user.id }, 'bench')).token;
  } finally {
    await store.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function startServe(db: NationalDatabase): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const bin = new URL('../bin/planwatch.js', import.meta.url).pathname;
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--no-seed'], {
    // The API's per-address rate limit would measure itself, not the server.
    env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'warn', PLANWATCH_API_RATE_LIMIT: '100000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('planwatch serve did not answer /api/health within 60 s');
}

interface Load {
  rps: number;
  p99: number;
  errors: number;
}

async function hammer(url: string, seconds: number, headers: Record<string, string> = {}): Promise<Load> {
  const r = await autocannon({ url, connections: 50, duration: seconds, timeout: 10, headers });
  // Nothing answered in time: the latency is the timeout, not 0.
  const p99 = r['2xx'] === 0 ? 10_000 : r.latency.p99;
  return { rps: r['2xx'] / seconds, p99, errors: r.errors + r.non2xx + r.timeouts };
}

export async function benchApi(cfg: BenchConfig, db: NationalDatabase, load: string): Promise<Figure[]> {
  const seconds = cfg.quick ? 5 : 20;
  const { base, child } = await startServe(db);
  const headers = { authorization: `Bearer ${await benchToken(db.url)}` };
  try {
    const overview = `${base}/api/plans/${db.planId}/assessment?asOf=${AS_OF}`;
    const detail = `${base}/api/plans/${db.planId}/assessment/indicator/${db.indicatorIds[0]}?asOf=${AS_OF}`;
    // Warm: the first request of each compiles and fills whatever the server keeps.
    await fetch(overview, { headers });
    await fetch(detail, { headers });
    const health = await hammer(`${base}/api/health`, seconds);
    const figures: Figure[] = [];
    for (const [name, url] of [
      ['api-overview', overview],
      ['api-indicator', detail],
    ] as const) {
      const r = await hammer(url, seconds, headers);
      const note = `autocannon 50 connections × ${seconds} s, loopback, SQLite national dataset; ${r.errors} errors; ${load}`;
      figures.push(
        higherBetter({
          name,
          value: r.rps,
          unit: 'req/s',
          baseline: 'GET /api/health, same server',
          baselineValue: health.rps,
          note,
        }),
        lowerBetter({
          name: `${name}-p99`,
          value: r.p99,
          unit: 'ms',
          baseline: 'GET /api/health p99, same server',
          baselineValue: health.p99,
          note: `${note}; goal (overview) < 50 ms`,
        }),
      );
    }
    return figures;
  } finally {
    child.kill('SIGTERM');
  }
}
