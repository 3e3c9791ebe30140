/**
 * Every text field of every write route refuses NUL, unpaired surrogates and over-long text with
 * 400 VALIDATION_FAILED naming the field — the same on both databases. The routes and their
 * fields are read from the OpenAPI document, so a route added later is covered without editing.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import type { ImportPlanResponse } from '../../src/services/plans/plan.types.ts';
import { signIn, type TestClient } from '../support/auth.ts';
import { describeEachDatabase } from '../support/databases.ts';

type Schema = {
  type?: string | string[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
};

const SAMPLE = readFileSync(new URL('../../examples/shanghai-2026-plan-report.txt', import.meta.url), 'utf8');

function pick(schema: Schema): Schema {
  if (!schema.anyOf) return schema;
  return schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0];
}

/** A value the schema accepts: every property filled, so each text field can be made hostile. */
function sample(raw: Schema): unknown {
  const schema = pick(raw);
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sample(v)]));
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => sample(schema.items ?? {}));
    case 'string':
      if (schema.format === 'date-time') return '2026-06-30T00:00:00+08:00';
      if (schema.pattern) return '2026-06-30';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 0);
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/** Paths (in the sample) to every free-text field: strings without enum, pattern or format. */
function textFields(
  raw: Schema,
  path: Array<string | number> = [],
): Array<{ path: Array<string | number>; max?: number }> {
  const schema = pick(raw);
  if (schema.type === 'object')
    return Object.entries(schema.properties ?? {}).flatMap(([k, v]) => textFields(v, [...path, k]));
  if (schema.type === 'array') return textFields(schema.items ?? {}, [...path, 0]);
  if (schema.type === 'string' && !schema.enum && !schema.pattern && !schema.format)
    return [{ path, max: schema.maxLength }];
  return [];
}

function setAt(value: unknown, path: Array<string | number>, leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[path[0]] = setAt(copy[path[0]], path.slice(1), leaf);
  return copy;
}

describeEachDatabase('hostile text fields', (t) => {
  let app: FastifyInstance;
  let api: TestClient;
  let planId: number;
  beforeAll(async () => {
    app = await buildApp({ store: t.store, webRoot: null });
    api = await signIn(app, 'admin');
    planId = (
      await api.inject({ method: 'POST', url: '/api/plans', payload: { text: SAMPLE } })
    ).json<ImportPlanResponse>().planId;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses NUL, unpaired surrogates and over-long text in every text field of every write route', async () => {
    const doc = (await api.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<
        string,
        Record<string, { requestBody?: { content?: Record<string, { schema: Schema }> } }>
      >;
    }>();
    let checked = 0;
    for (const [route, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (!schema || method === 'get') continue;
        const url = route
          .replace(/\{type\}/g, 'measure')
          .replace(/\{action\}/g, 'submit')
          .replace(/\{[^}]+\}/g, String(planId));
        const body = sample(schema);
        // A field of a million characters or more is a whole document (POST /api/plans {text}),
        // decoded by the parser as an uploaded file is; the body limit bounds it.
        for (const field of textFields(schema).filter((f) => (f.max ?? 0) < 1_000_000)) {
          const name = field.path.join('/');
          // Every text field has a limit; the over-long value is one past it.
          expect(field.max ?? 0, `${method} ${route} ${name} has no maxLength`).toBeGreaterThan(0);
          for (const hostile of ['a\u0000b', 'a\ud800b', 'x'.repeat((field.max ?? 0) + 1)]) {
            const res = await api.inject({
              method: method.toUpperCase() as 'POST',
              url,
              payload: setAt(body, field.path, hostile) as object,
            });
            const what = `${method} ${route} ${name} = ${JSON.stringify(hostile.slice(0, 5))}…`;
            expect(res.statusCode, what).toBe(400);
            const error = res.json().error;
            expect(error.code, what).toBe('VALIDATION_FAILED');
            expect(error.message, what).toContain(String(field.path.at(-1)));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('refuses the same in JSON routes validated by their service: uploads, batches, plan items', async () => {
    const cases: Array<{ url: string; payload: (s: string) => object }> = [
      { url: '/api/plans', payload: (s) => ({ text: SAMPLE, filename: s }) },
      {
        url: `/api/plans/${planId}/observations`,
        payload: (s) => ({
          observations: [{ indicator: '地区生产总值', period: '2026Q1', value: 1, note: s }],
        }),
      },
      { url: `/api/plans/${planId}/items/measure`, payload: (s) => ({ span: [10, 20], text: s }) },
    ];
    for (const c of cases) {
      for (const hostile of ['a\u0000b', 'a\ud800b', 'x'.repeat(300_000)]) {
        const res = await api.inject({ method: 'POST', url: c.url, payload: c.payload(hostile) });
        expect(res.statusCode, `${c.url} ${JSON.stringify(hostile.slice(0, 5))}`).toBe(400);
        expect(res.json().error.code).toBe('VALIDATION_FAILED');
      }
    }
  });

  it('answers a department name too long for an index with 400, a duplicate with 409 naming the constraint', async () => {
    for (const name of ['部'.repeat(3000), 'x'.repeat(1024 * 1024)]) {
      const res = await api.inject({ method: 'POST', url: '/api/departments', payload: { name } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('name');
    }
    const a = (
      await api.inject({ method: 'POST', url: '/api/departments', payload: { name: '甲局' } })
    ).json();
    await api.inject({ method: 'POST', url: '/api/departments', payload: { name: '乙局' } });
    const clash = await api.inject({
      method: 'PATCH',
      url: `/api/departments/${a.id}`,
      payload: { name: '乙局' },
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.details.constraint).toBeTruthy();
    const long = await api.inject({
      method: 'PATCH',
      url: `/api/departments/${a.id}`,
      payload: { name: '部'.repeat(3000) },
    });
    expect(long.statusCode).toBe(400);
    const renamed = await api.inject({
      method: 'PATCH',
      url: `/api/departments/${a.id}`,
      payload: { name: '丙局' },
    });
    expect(renamed.statusCode).toBe(200);
  });
});
