import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { signIn } from '../../../test/support/auth.ts';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { importPlan } from '../../services/plans/import-plan.ts';
import { buildApp } from '../app.ts';

const SAMPLE = readFileSync(new URL('../../../examples/shanghai-2026-plan-report.txt', import.meta.url));

describeEachDatabase('GET /api/plans/:id/report', (t) => {
  let planId: number;
  beforeAll(async () => {
    ({ planId } = await importPlan(t.store, { bytes: SAMPLE, filename: 'sample.txt', publish: true }));
  });

  it('downloads each format with its content type and a UTF-8 file name', async () => {
    const app = await buildApp({ store: t.store });
    const api = await signIn(app, 'viewer');
    const md = await api.inject({ url: `/api/plans/${planId}/report?asOf=2026-06-30&format=md` });
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.headers['content-disposition']).toContain(
      encodeURIComponent('上海市2026年上半年计划执行情况报告.md'),
    );
    expect(md.body).toContain('# 关于上海市2026年国民经济和社会发展计划上半年执行情况的报告');
    const docx = await api.inject({ url: `/api/plans/${planId}/report?asOf=2026-06-30` });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const en = await api.inject({ url: `/api/plans/${planId}/report?asOf=2026-06-30&format=html&lang=en` });
    expect(en.body).toContain('<html lang="en">');
    await app.close();
  });

  it('answers bad requests with the error envelope, never a 500', async () => {
    const app = await buildApp({ store: t.store });
    const api = await signIn(app, 'viewer');
    const bad = await api.inject({ url: `/api/plans/${planId}/report?asOf=2026-06-30&format=pptx` });
    expect(bad.statusCode).toBe(400);
    const missing = await api.inject({ url: '/api/plans/999999/report?asOf=2026-06-30&format=md' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    await app.close();
  });
});
