import { beforeAll, expect, it } from 'vitest';
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
    const posted = await app.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/observations`,
      payload: { observations: [{ indicator: '新增公园', period: '2025Q4', kind: 'ytd_value', value: 98 }] },
    });
    expect(posted.statusCode).toBe(201);
    expect(posted.json()).toMatchObject({ inserted: 1 });
    const listed = await app.inject({ url: `/api/plans/${plan.planId}/observations?asOf=2025-12-31` });
    expect(listed.json().observations).toEqual([
      expect.objectContaining({ period: '2025Q4', value: 98, region: '310000' }),
    ]);
    await app.close();
  });

  it('uploads a CSV file; a bad row answers 422 with every error', async () => {
    const app = await buildApp({ store: t.store });
    const boundary = 'pwboundary';
    const csv = 'indicator,period,kind,value\n新增公园,2025Q3,ytd_value,70\n新增公园,2025Q2,ytd_value,abc\n';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="d.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
    const response = await app.inject({
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
});
