import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES_PATH, clientTypes } from './api-client.ts';

describe('the generated web client', () => {
  it('matches the API contract (run `npx tsx scripts/api-client.ts` after changing a schema)', async () => {
    expect(readFileSync(CLIENT_TYPES_PATH, 'utf8')).toBe(await clientTypes());
  });
});
