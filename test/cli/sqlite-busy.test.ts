/**
 * Two planwatch processes writing one SQLite file: both finish, and a write that cannot get the
 * lock is a clear "database busy" (CLI exit 3, HTTP 503 with Retry-After), never an internal error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { openDatabase } from '../../src/store/open-database.ts';
import { signIn } from '../support/auth.ts';
import { cliRunner } from '../support/run-cli.ts';

const SAMPLE = new URL('../../examples/shanghai-2026-plan-report.txt', import.meta.url).pathname;
const H1 = readFileSync(new URL('../../examples/h1-2026-observations.csv', import.meta.url), 'utf8');

describe('one SQLite file, several writers', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'planwatch-busy-'));
  const file = join(dir, 'planwatch.db');
  const planwatch = cliRunner(`sqlite:${file}`);
  let planId: number;
  beforeAll(async () => {
    const r = await planwatch('import', SAMPLE, '--publish', '--json');
    expect(r.code).toBe(0);
    planId = JSON.parse(r.stdout).planId;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('two processes importing at once both succeed, every row written once', async () => {
    const rows = H1.trim().split('\n').length - 1;
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(a, H1);
    // The same keys with other values: each file adds one revision of every key.
    writeFileSync(
      b,
      H1.replace(
        /^([^,\n]*,[^,\n]*,[^,\n]*,[^,\n]*,)([-\d.]+)/gm,
        (_, head, v) => `${head}${Number(v) + 0.1}`,
      ),
    );
    const [ra, rb, rd] = await Promise.all([
      planwatch('observations', 'import', a, '--plan', String(planId), '--json'),
      planwatch('observations', 'import', b, '--plan', String(planId), '--json'),
      planwatch('departments', 'add', '并发测试局', '--json'),
    ]);
    for (const r of [ra, rb, rd]) {
      expect(r.stderr).not.toContain('内部错误');
      expect(r.code).toBe(0);
    }
    const db = new SqliteDatabase(file, { readonly: true });
    try {
      expect(db.prepare('select count(*) as n from observations').get()).toEqual({ n: 2 * rows });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('a write that cannot get the lock is "database busy": exit 3 on the CLI, 503 with Retry-After over HTTP', async () => {
    const store = openDatabase(`sqlite:${file}`);
    const app = await buildApp({ store, webRoot: null });
    // Signing in writes (the account, the session): before another process holds the lock.
    const api = await signIn(app);
    const holder = new SqliteDatabase(file);
    holder.exec('begin immediate');
    try {
      const cli = await planwatch('departments', 'add', '忙碌局', '--json');
      expect(cli.code).toBe(3);
      expect(cli.stderr).toContain('数据库正忙，请稍后重试 (database busy)');
      expect(cli.stdout).toBe('');

      const res = await api.inject({ method: 'POST', url: '/api/departments', payload: { name: '忙碌局' } });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBeDefined();
      expect(res.json().error.code).toBe('DATABASE_BUSY');
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      holder.exec('rollback');
      holder.close();
      await app.close();
      await store.close();
    }
    const res = await planwatch('departments', 'add', '忙碌局', '--json');
    expect(res.code).toBe(0);
  });
});
