import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import type { ImportPlanResponse, PlansResponse } from '../../src/services/plans/plan.types.ts';
import { signIn, type TestClient } from '../support/auth.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { docxBomb, xlsxBomb } from '../support/zip-bomb.ts';

const MB = 1024 * 1024;
const SAMPLE = readFileSync(new URL('../../examples/shanghai-2026-plan-report.txt', import.meta.url));

function multipart(filename: string, bytes: Buffer) {
  const boundary = '----planwatch-bomb';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Sends `request` while probing /api/health beside it; every probe must answer 200. */
async function withHealthProbe<T>(app: FastifyInstance, request: Promise<T>): Promise<T> {
  let done = false;
  const probes: number[] = [];
  const probing = (async () => {
    while (!done) {
      probes.push((await app.inject({ method: 'GET', url: '/api/health' })).statusCode);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    return await request;
  } finally {
    done = true;
    await probing;
    expect(probes.length).toBeGreaterThan(0);
    expect(probes.every((s) => s === 200)).toBe(true);
  }
}

describeEachDatabase('hostile documents', (t) => {
  let app: FastifyInstance;
  let api: TestClient;
  let planId: number;
  const planCount = async () =>
    (await api.inject({ method: 'GET', url: '/api/plans' })).json<PlansResponse>().plans.length;

  beforeAll(async () => {
    app = await buildApp({ store: t.store, webRoot: null });
    api = await signIn(app);
    const res = await api.inject({
      method: 'POST',
      url: '/api/plans',
      payload: { text: SAMPLE.toString('utf8'), filename: 'sample.txt' },
    });
    planId = res.json<ImportPlanResponse>().planId;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a .docx that expands far beyond its size, storing nothing, the server answering meanwhile', async () => {
    const before = await planCount();
    for (const bomb of [docxBomb(40 * MB), docxBomb(40 * MB, { lie: true })]) {
      const res = await withHealthProbe(
        app,
        api.inject({ method: 'POST', url: '/api/plans', ...multipart('bomb.docx', bomb) }),
      );
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('DOCUMENT_TOO_LARGE_EXPANDED');
    }
    expect(await planCount()).toBe(before);
  });

  it('refuses an .xlsx bomb of observations for what it is, not as an empty file', async () => {
    for (const bomb of [xlsxBomb(40 * MB), xlsxBomb(40 * MB, { lie: true })]) {
      const res = await withHealthProbe(
        app,
        api.inject({
          method: 'POST',
          url: `/api/plans/${planId}/observations`,
          ...multipart('bomb.xlsx', bomb),
        }),
      );
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('DOCUMENT_TOO_LARGE_EXPANDED');
      expect(res.json().error.message).not.toContain('文件为空');
    }
  });

  it('stops a parse at the time limit with PARSE_TIMEOUT', async () => {
    process.env.PLANWATCH_PARSE_TIMEOUT_S = '0.05';
    try {
      const before = await planCount();
      const big = Buffer.concat(Array(20).fill(SAMPLE));
      const res = await withHealthProbe(
        app,
        api.inject({ method: 'POST', url: '/api/plans', ...multipart('long.txt', big) }),
      );
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('PARSE_TIMEOUT');
      expect(await planCount()).toBe(before);
    } finally {
      delete process.env.PLANWATCH_PARSE_TIMEOUT_S;
    }
  });

  it('titles a plan from a very long file name, cut at 200 characters', async () => {
    const name = `${'很长的文件名'.repeat(200)}.txt`;
    const res = await api.inject({
      method: 'POST',
      url: '/api/plans',
      ...multipart(name, Buffer.from('这不是规划，只是一段文字。')),
    });
    expect(res.statusCode).toBe(201);
    const plan = (await api.inject({ method: 'GET', url: '/api/plans' }))
      .json<PlansResponse>()
      .plans.find((p) => p.id === res.json<ImportPlanResponse>().planId);
    expect(Array.from(plan!.title).length).toBe(200);
    expect(plan!.title.endsWith('…')).toBe(true);
  });
});
