import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { openDatabase, type Store } from '../../src/store/open-database.ts';

describe('serving the built web app', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  const script = 'console.log("planwatch");'.repeat(100);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planwatch-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><script src="/assets/index-AbCd1234.js"></script>',
    );
    writeFileSync(join(dir, 'assets/index-AbCd1234.js'), script);
    writeFileSync(join(dir, 'assets/index-AbCd1234.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets/index-AbCd1234.js.gz'), gzipSync(script));
    store = openDatabase('sqlite::memory:');
    app = await buildApp({ store, webRoot: dir });
  });

  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends content-hashed assets precompressed and cached for a year', async () => {
    const br = await app.inject({
      url: '/assets/index-AbCd1234.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.rawPayload.length).toBeLessThan(script.length);

    const gz = await app.inject({ url: '/assets/index-AbCd1234.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');

    const plain = await app.inject({ url: '/assets/index-AbCd1234.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('never lets a browser cache index.html, also as the fallback of client-side routes', async () => {
    for (const url of ['/', '/plans/3/indicators']) {
      const r = await app.inject({ url });
      expect(r.statusCode).toBe(200);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.body).toContain('index-AbCd1234.js');
    }
  });
});
