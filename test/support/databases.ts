/**
 * Store and service tests run against every database planwatch supports: an embedded SQLite file
 * and a real PostgreSQL server (a fresh schema per test file, dropped afterwards). PostgreSQL is
 * reported as skipped when no server answers — except in CI, where its absence is a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { migrateToLatest, openDatabase, type Store } from '../../src/store/open-database.ts';

export const PG_URL = process.env.PLANWATCH_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether PostgreSQL answered; probed once per run by test/support/global-setup.ts. */
export function postgresAvailable(): boolean {
  return inject('pgAvailable');
}

export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  /** The store, migrated; valid inside tests (set in beforeAll). */
  store: Store;
  /** The URL tests can hand to a CLI process to reach the same database. */
  url: string;
}

async function createPostgresSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `pw_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

/**
 * Runs `body` once per database inside a describe block named for it. The body receives a handle
 * whose `store` is ready when tests run.
 */
export function describeEachDatabase(name: string, body: (t: TestDatabase) => void): void {
  for (const kind of ['sqlite', 'postgres'] as const) {
    const skip = kind === 'postgres' && !postgresAvailable();
    describe.skipIf(skip)(`${name} [${kind}]`, () => {
      const handle = { kind } as TestDatabase;
      let cleanup: () => Promise<void> = async () => {};
      beforeAll(async () => {
        if (kind === 'sqlite') {
          const dir = mkdtempSync(join(tmpdir(), 'planwatch-test-'));
          handle.url = `sqlite:${join(dir, 'test.db')}`;
          cleanup = async () => rmSync(dir, { recursive: true, force: true });
        } else {
          const created = await createPostgresSchema();
          handle.url = created.url;
          cleanup = created.drop;
        }
        handle.store = openDatabase(handle.url);
        await migrateToLatest(handle.store);
      });
      afterAll(async () => {
        await handle.store?.close();
        await cleanup();
      });
      body(handle);
    });
  }
}
