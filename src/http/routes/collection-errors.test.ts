import Fastify from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn, type TestClient } from '../../../test/support/auth.ts';
import {
  addPlanItems,
  type BuiltPlan,
  buildCollectionPlan,
} from '../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import {
  listDepartments,
  seedDepartments,
} from '../../services/collection/departments/manage-departments.ts';
import { loadRegions } from '../../services/collection/regions/load-regions.ts';
import { buildApp } from '../app.ts';
import { handleFrameworkError, installErrorHandler } from '../error-handler.ts';

type App = Awaited<ReturnType<typeof buildApp>>;

function multipart(
  filename: string,
  content: string | Buffer,
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = 'pwcollection';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const payload = Buffer.concat([
    Buffer.from(
      `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const PDF = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);

describeEachDatabase('collection routes answer bad input with the error envelope', (t) => {
  let app: App;
  let api: TestClient;
  let plan: BuiltPlan;
  let items: Awaited<ReturnType<typeof addPlanItems>>;
  beforeAll(async () => {
    await loadRegions(t.store);
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    items = await addPlanItems(t.store, plan.planId);
    await seedDepartments(t.store);
    app = await buildApp({ store: t.store });
    api = await signIn(app);
  });
  afterAll(async () => app?.close());

  const expectEnvelope = (res: { statusCode: number; json: () => unknown }, status: number, code: string) => {
    expect([res.statusCode, (res.json() as { error: { code: string } }).error.code]).toEqual([status, code]);
  };

  it('refuses a CSV whose header has a stray quote (JSON and event stream), never a 500', async () => {
    const csv = 'indic"ator,region,period,kind,value\n新增公园,310000,2026Q1,ytd_value,1\n';
    const url = `/api/plans/${plan.planId}/observations`;
    const res = await api.inject({ method: 'POST', url, ...multipart('bad.csv', csv) });
    expectEnvelope(res, 422, 'IMPORT_INVALID');
    const m = multipart('bad.csv', csv);
    const sse = await api.inject({
      method: 'POST',
      url,
      payload: m.payload,
      headers: { ...m.headers, accept: 'text/event-stream' },
    });
    expect(sse.body).toContain('event: error');
    expect(sse.body).toContain('"code":"IMPORT_INVALID"');
  });

  it('answers unknown plans, departments, regions and progress reports with 404', async () => {
    const cases: Array<[string, string, unknown?]> = [
      ['POST', `/api/plans/${plan.planId}/submissions`, { departmentId: 999999 }],
      ['POST', '/api/plans/999999/submissions', {}],
      ['GET', '/api/plans/999999/observations'],
      ['GET', '/api/plans/999999/progress'],
      ['GET', '/api/plans/999999/submissions'],
      ['GET', '/api/plans/999999/due'],
      ['GET', '/api/plans/999999/assignments'],
      ['GET', '/api/plans/999999/attachments'],
      ['GET', '/api/plans/999999/milestones'],
      ['GET', `/api/plans/999999/indicators/${plan.indicators.新增公园}/history`],
      [
        'GET',
        `/api/plans/${plan.planId}/indicators/${plan.indicators.新增公园}/rollup?region=999999&period=2026Q2`,
      ],
      [
        'GET',
        `/api/plans/${plan.planId}/indicators/${plan.indicators.新增公园}/regions?period=2026Q2&parent=999999`,
      ],
      ['GET', '/api/regions?parent=999999'],
      ['DELETE', '/api/departments/999999'],
    ];
    for (const [method, url, payload] of cases) {
      const res = await api.inject({ method: method as 'GET', url, payload: payload as object });
      expect([method, url, res.statusCode]).toEqual([method, url, 404]);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const evidence = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/attachments/commitment/${items.commitmentId}`,
      ...multipart('验收.pdf', PDF, { progressReportId: '99999' }),
    });
    expectEnvelope(evidence, 404, 'NOT_FOUND');
    const garbled = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/attachments/commitment/${items.commitmentId}`,
      ...multipart('验收.pdf', PDF, { progressReportId: 'abc' }),
    });
    expectEnvelope(garbled, 400, 'VALIDATION_FAILED');
  });

  it('answers garbage dates, periods and knownAt with 400 and the field', async () => {
    const ind = plan.indicators.新增公园;
    const cases: Array<[string, string, unknown?]> = [
      ['GET', `/api/plans/${plan.planId}/observations?knownAt=garbage`],
      ['GET', `/api/plans/${plan.planId}/indicators/${ind}/rollup?region=310000&period=garbage`],
      ['GET', `/api/plans/${plan.planId}/indicators/${ind}/regions?period=2026Q2&knownAt=garbage`],
      ['PUT', `/api/plans/${plan.planId}/schedules/measure/${items.measureId}`, { deadline: '2026-02-30' }],
      [
        'PUT',
        `/api/plans/${plan.planId}/projects/${items.projectId}/milestones`,
        { milestones: [{ name: '开工', plannedDate: '2026-02-30' }] },
      ],
      [
        'POST',
        `/api/plans/${plan.planId}/progress/measure/${items.measureId}`,
        { status: '推进中', period: 'bogus-period' },
      ],
      ['POST', `/api/plans/${plan.planId}/progress/measure/${items.measureId}`, { status: 'stalled' }],
    ];
    for (const [method, url, payload] of cases) {
      const res = await api.inject({ method: method as 'GET', url, payload: payload as object });
      expect([method, url, res.statusCode]).toEqual([method, url, 400]);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('takes 推进中 and a commitment quantity in its written unit; submits without a body', async () => {
    const measure = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/progress/measure/${items.measureId}`,
      payload: { status: '推进中', period: '2026-06' },
    });
    expect([measure.statusCode, measure.json().status]).toEqual([201, 'in_progress']);
    const parks = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/progress/commitment/${items.commitmentId}`,
      payload: { completedQuantity: 120000 },
    });
    expectEnvelope(parks, 400, 'VALIDATION_FAILED');
    const draft = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/submissions`,
      payload: { departmentId: null, period: '2026Q2' },
    });
    expect(draft.statusCode).toBe(201);
    const submit = await api.inject({
      method: 'POST',
      url: `/api/submissions/${draft.json().id}/submit`,
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect([submit.statusCode, submit.json().status]).toEqual([200, 'submitted']);
    const confirm = await api.inject({ method: 'POST', url: `/api/submissions/${draft.json().id}/confirm` });
    expect([confirm.statusCode, confirm.json().status]).toEqual([200, 'confirmed']);
  });

  it('refuses to delete a department that still leads items (409 with the count)', async () => {
    const greening = (await listDepartments(t.store)).find((d) => d.name === '绿化市容局')!.id;
    await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/assignments`,
      payload: { itemType: 'indicator', itemId: plan.indicators.新增公园, departmentId: greening },
    });
    const res = await api.inject({ method: 'DELETE', url: `/api/departments/${greening}` });
    expectEnvelope(res, 409, 'CONFLICT');
    expect(res.json().error.details.assignments).toBeGreaterThan(0);
  });

  it('caps an observation upload at PLANWATCH_UPLOAD_LIMIT_MB', async () => {
    const previous = process.env.PLANWATCH_UPLOAD_LIMIT_MB;
    process.env.PLANWATCH_UPLOAD_LIMIT_MB = String(1 / 1024);
    try {
      const big = `indicator,period,kind,value\n${'新增公园,2026Q1,ytd_value,1\n'.repeat(100)}`;
      const res = await api.inject({
        method: 'POST',
        url: `/api/plans/${plan.planId}/observations`,
        ...multipart('big.csv', big),
      });
      expectEnvelope(res, 413, 'PAYLOAD_TOO_LARGE');
    } finally {
      if (previous === undefined) delete process.env.PLANWATCH_UPLOAD_LIMIT_MB;
      else process.env.PLANWATCH_UPLOAD_LIMIT_MB = previous;
    }
  });
});

it('answers a URL that is not valid percent-encoding with the envelope (frameworkErrors)', async () => {
  const app = Fastify({ frameworkErrors: handleFrameworkError });
  installErrorHandler(app);
  app.get('/api/plans/:id', async () => ({}));
  const res = await app.inject({ url: '/api/plans/%E0%A4%A' });
  expect(res.statusCode).toBe(400);
  expect(res.json().error).toMatchObject({
    code: 'BAD_REQUEST',
    details: { fastifyCode: 'FST_ERR_BAD_URL' },
  });
  await app.close();
});
