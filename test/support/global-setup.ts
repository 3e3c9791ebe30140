import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAvailable: boolean;
  }
}

const PG_URL = process.env.PLANWATCH_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Probes PostgreSQL once for the whole run. In CI a missing server fails the run. */
export default async function setup(project: TestProject): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  let available = false;
  try {
    await client.connect();
    await client.query('select 1');
    available = true;
  } catch (error) {
    const message = `PostgreSQL did not answer at ${PG_URL}: ${(error as Error).message}`;
    if (process.env.CI === 'true' || process.env.PLANWATCH_TEST_PG)
      throw new Error(`${message} (required in CI)`);
    console.warn(
      `\n[planwatch] ${message}\n[planwatch] PostgreSQL store tests are SKIPPED (set CI=true to require them).\n`,
    );
  } finally {
    await client.end().catch(() => {});
  }
  project.provide('pgAvailable', available);
}
