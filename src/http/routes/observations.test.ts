import { beforeAll, expect, it } from 'vitest';
import { signIn } from '../../../test/support/auth.ts';
import { type BuiltPlan, buildCollectionPlan } from '../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { buildApp } from '../app.ts';

describeEachDatabase('observation routes', (t) => {
  let plan: BuiltPlan;
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
  });

  it('imports a JSON batch and reads it back', async () => {
    const app = await buildApp({ store: t.store });
    const api = await signIn(app);
    const posted = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/observations`,
      payload: { observations: [{ indicator: '新增公园', period: '2025Q4', kind: 'ytd_value', value: 98 }] },
    });
    expect(posted.statusCode).toBe(201);
    expect(posted.json()).toMatchObject({ inserted: 1 });
    const listed = await api.inject({ url: `/api/plans/${plan.planId}/observations?asOf=2025-12-31` });
    expect(listed.json().observations).toEqual([
      expect.objectContaining({ period: '2025Q4', value: 98, region: '310000' }),
    ]);
    await app.close();
  });

  it('uploads a CSV file; a bad row answers 422 with every error', async () => {
    const app = await buildApp({ store: t.store });
    const api = await signIn(app);
    const boundary = 'pwboundary';
    const csv = 'indicator,period,kind,value\n新增公园,2025Q3,ytd_value,70\n新增公园,2025Q2,ytd_value,abc\n';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="d.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
    const response = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/observations`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'IMPORT_INVALID',
      details: {
        total: 1,
        errors: [expect.objectContaining({ row: 3, column: 'value', reasonCode: 'non_numeric' })],
      },
    });
    await app.close();
  });

  it('streams progress events and then the result or the errors', async () => {
    const app = await buildApp({ store: t.store });
    const api = await signIn(app);
    const boundary = 'pwsse';
    const rows = Array.from(
      { length: 12 },
      (_, i) => `新增公园,2024-${String(i + 1).padStart(2, '0')},ytd_value,${i * 8}`,
    );
    const body = (csv: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="d.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
    const headers = {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      accept: 'text/event-stream',
    };
    const ok = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/observations`,
      headers,
      payload: body(`indicator,period,kind,value\n${rows.join('\n')}\n`),
    });
    expect(ok.headers['content-type']).toContain('text/event-stream');
    const events = [...ok.body.matchAll(/event: (\w+)\ndata: (.*)\n\n/g)].map((m) => ({
      event: m[1],
      data: JSON.parse(m[2]),
    }));
    expect(events.at(-1)).toMatchObject({ event: 'result', data: { inserted: 12 } });
    expect(events.some((e) => e.event === 'progress')).toBe(true);

    const bad = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/observations`,
      headers,
      payload: body('indicator,period,kind,value\n新增公园,2024-13,ytd_value,1\n'),
    });
    expect(bad.body).toMatch(/event: error\ndata: .*IMPORT_INVALID/);

    const cut = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/observations`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="d.csv"\r\n\r\nindicator`,
    });
    expect(cut.statusCode).toBe(400);
    await app.close();
  });
});
