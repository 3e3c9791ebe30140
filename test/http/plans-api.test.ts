import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import type {
  ImportPlanResponse,
  PlanDetailResponse,
  PlansResponse,
} from '../../src/services/plans/plan.types.ts';
import { signIn, type TestClient } from '../support/auth.ts';
import { describeEachDatabase } from '../support/databases.ts';

const SAMPLE = readFileSync(new URL('../../examples/shanghai-2026-plan-report.txt', import.meta.url), 'utf8');

describeEachDatabase('plans API', (t) => {
  let app: FastifyInstance;
  let api: TestClient;
  beforeAll(async () => {
    app = await buildApp({ store: t.store, webRoot: null });
    api = await signIn(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reports health with the database kind', async () => {
    const res = await api.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { kind: t.kind, reachable: true } });
  });

  it('imports a document as a draft, lists it, returns the structured plan and its source', async () => {
    const res = await api.inject({
      method: 'POST',
      url: '/api/plans',
      payload: { text: SAMPLE, filename: 'sample.txt' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<ImportPlanResponse>();
    expect(body.status).toBe('draft');
    expect(body.document.indicators.length).toBeGreaterThanOrEqual(18);

    const list = (await api.inject({ method: 'GET', url: '/api/plans' })).json<PlansResponse>();
    expect(list.plans.some((p) => p.id === body.planId)).toBe(true);

    const detail = (
      await api.inject({ method: 'GET', url: `/api/plans/${body.planId}` })
    ).json<PlanDetailResponse>();
    expect(detail.indicators.length).toBe(body.document.indicators.length);
    expect(detail.commitments.length).toBe(body.document.commitments.length);
    const source = (await api.inject({ method: 'GET', url: `/api/plans/${body.planId}/source` })).json<{
      text: string;
    }>();
    expect(source.text).toBe(SAMPLE);
    for (const ind of detail.indicators) {
      expect(ind.span).not.toBeNull();
      expect(ind.span![1]).toBeLessThanOrEqual(source.text.length);
    }
  });

  it('accepts a multipart upload', async () => {
    const boundary = '----planwatch';
    const payload =
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.txt"\r\nContent-Type: text/plain\r\n\r\n` +
      `${SAMPLE}\r\n--${boundary}--\r\n`;
    const res = await api.inject({
      method: 'POST',
      url: '/api/plans',
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode).toBe(201);
  });

  it('edits, deletes and adds items, keeping revisions, and publishes', async () => {
    const { planId } = (
      await api.inject({ method: 'POST', url: '/api/plans', payload: { text: SAMPLE } })
    ).json<ImportPlanResponse>();
    const detail = (
      await api.inject({ method: 'GET', url: `/api/plans/${planId}` })
    ).json<PlanDetailResponse>();
    const ind = detail.indicators[0];

    const patched = await api.inject({
      method: 'PATCH',
      url: `/api/plans/${planId}/items/indicator/${ind.id}`,
      payload: { targetText: '增长6%左右' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().target.value).toBe(6);

    const del = await api.inject({ method: 'DELETE', url: `/api/plans/${planId}/items/indicator/${ind.id}` });
    expect(del.statusCode).toBe(204);
    const after = (
      await api.inject({ method: 'GET', url: `/api/plans/${planId}` })
    ).json<PlanDetailResponse>();
    expect(after.indicators.find((i) => i.id === ind.id)).toBeUndefined();

    const revisions = await t.store.db
      .selectFrom('item_revisions')
      .selectAll()
      .where('plan_id', '=', planId)
      .execute();
    expect(revisions.map((r) => r.action)).toEqual(['update', 'delete']);

    const created = await api.inject({
      method: 'POST',
      url: `/api/plans/${planId}/items/commitment`,
      payload: { span: [0, 10], text: '新增公园100座', value: 100, unit: '座', comparator: 'eq' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().normalized).toEqual({ value: 100, unit: '座' });

    const published = await api.inject({ method: 'POST', url: `/api/plans/${planId}/publish` });
    expect(published.json().status).toBe('published');
  });

  it('answers bad input with the one error shape', async () => {
    const cases = [
      { method: 'GET' as const, url: '/api/plans/999999', status: 404, code: 'NOT_FOUND' },
      { method: 'GET' as const, url: '/api/plans/abc', status: 400, code: 'VALIDATION_FAILED' },
      {
        method: 'POST' as const,
        url: '/api/plans',
        payload: { nope: 1 },
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      { method: 'GET' as const, url: '/api/nowhere', status: 404, code: 'NOT_FOUND' },
    ];
    for (const c of cases) {
      const res = await api.inject({ method: c.method, url: c.url, payload: c.payload });
      expect(res.statusCode, c.url).toBe(c.status);
      expect(res.json().error.code, c.url).toBe(c.code);
    }
    const binary = await api.inject({
      method: 'POST',
      url: '/api/plans',
      payload: { text: '\u0000\u0001\u0002' },
    });
    expect([201, 422]).toContain(binary.statusCode);
  });

  it('refuses malformed uploads and NUL text as bad input, never a 500', async () => {
    const cut = await api.inject({
      method: 'POST',
      url: '/api/plans',
      payload: '------x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc',
      headers: { 'content-type': 'multipart/form-data; boundary=----x' },
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.json().error.code).toBe('BAD_REQUEST');

    const { planId } = (
      await api.inject({ method: 'POST', url: '/api/plans', payload: { text: SAMPLE } })
    ).json<ImportPlanResponse>();
    const detail = (
      await api.inject({ method: 'GET', url: `/api/plans/${planId}` })
    ).json<PlanDetailResponse>();
    const nul = await api.inject({
      method: 'PATCH',
      url: `/api/plans/${planId}/items/indicator/${detail.indicators[0].id}`,
      payload: { name: 'a\u0000b' },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.code).toBe('VALIDATION_FAILED');

    // A document with NUL bytes is refused as unreadable or stored (NUL as U+FFFD, same length).
    const withNul = await api.inject({
      method: 'POST',
      url: '/api/plans',
      payload: { text: `${SAMPLE}\u0000` },
    });
    if (withNul.statusCode !== 201) expect(withNul.json().error.code).toBe('UNREADABLE_DOCUMENT');

    const unknownTask = await api.inject({
      method: 'POST',
      url: `/api/plans/${planId}/items/measure`,
      payload: { span: [10, 20], text: '加快推进某项工作', taskId: 999999 },
    });
    expect(unknownTask.statusCode).toBe(404);
  });

  it('serves the OpenAPI document', async () => {
    const res = await api.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/plans', '/api/plans/{id}']),
    );
  });
});
