/**
 * Generates the web app's API types from the running contract: the Fastify app is built (never
 * listening), its /api/openapi.json is read, and openapi-typescript writes web/src/api/schema.gen.ts.
 * `npm run build` runs it; scripts/api-client.test.ts fails when the committed file is stale.
 *
 *   npx tsx scripts/api-client.ts          # rewrite web/src/api/schema.gen.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/http/app.ts';
import { openDatabase } from '../src/store/open-database.ts';

export const CLIENT_TYPES_PATH = fileURLToPath(new URL('../web/src/api/schema.gen.ts', import.meta.url));

const HEADER = `/**
 * GENERATED from /api/openapi.json by scripts/api-client.ts (npm run build) — do not edit.
 * The server's contract is src/http/routes/*.schema.ts: change it there and regenerate.
 */
`;

/** The OpenAPI document the API serves, without listening on a port. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const store = openDatabase('sqlite::memory:');
  const app = await buildApp({ store, webRoot: null, logger: false });
  try {
    const response = await app.inject({ url: '/api/openapi.json' });
    return response.json();
  } finally {
    await app.close();
    await store.close();
  }
}

/** The TypeScript types of that document, as committed in web/src/api/schema.gen.ts. */
export async function clientTypes(): Promise<string> {
  const doc = await openApiDocument();
  // The version changes with every release; the types do not depend on it.
  (doc.info as { version: string }).version = '0';
  const ast = await openapiTS(doc as never, { alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(CLIENT_TYPES_PATH, await clientTypes());
  console.log(`wrote ${CLIENT_TYPES_PATH}`);
}
