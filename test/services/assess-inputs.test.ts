/**
 * The assessment inputs users set — thresholds, judgements, assigned values — through the API and
 * the CLI (the same services), the defaults they can see in GET /api/plans/:id, and the region
 * roll-up with district series.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { assessPlan, resolveKnownAt } from '../../src/services/assessment/assess-plan.ts';
import { loadRegions } from '../../src/services/collection/regions/load-regions.ts';
import { updatePlanItem } from '../../src/services/plans/edit-plan-item.ts';
import { importPlan } from '../../src/services/plans/import-plan.ts';
import type { PlanDetailResponse } from '../../src/services/plans/plan.types.ts';
import { signIn, type TestClient } from '../support/auth.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { cliRunner } from '../support/run-cli.ts';

const SAMPLE = readFileSync(new URL('../../examples/shanghai-2026-plan-report.txt', import.meta.url));

describeEachDatabase('assessment inputs', (t) => {
  let app: FastifyInstance;
  let api: TestClient;
  let planId: number;
  let detail: PlanDetailResponse;
  const indicator = (prefix: string) => detail.indicators.find((i) => i.name.startsWith(prefix))!;

  const planwatch = (...args: string[]) => cliRunner(t.url)(...args);

  beforeAll(async () => {
    await loadRegions(t.store);
    ({ planId } = await importPlan(t.store, { bytes: SAMPLE, filename: 'sample.txt', publish: true }));
    app = await buildApp({ store: t.store, webRoot: null });
    api = await signIn(app);
    detail = (await api.inject({ method: 'GET', url: `/api/plans/${planId}` })).json<PlanDetailResponse>();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows each indicator’s kind, frequency, flow and threshold overrides', () => {
    expect(detail.thresholds).toBeNull();
    for (const ind of detail.indicators) {
      expect(ind).toHaveProperty('observationKind');
      expect(ind).toHaveProperty('frequency');
      expect(typeof ind.flow).toBe('boolean');
      expect(ind.thresholds).toBeNull();
    }
    expect(indicator('城镇新增就业')).toMatchObject({
      observationKind: 'ytd_value',
      frequency: 'monthly',
      flow: true,
    });
    expect(indicator('每万人口高价值发明专利拥有量')).toMatchObject({
      observationKind: 'level',
      flow: false,
    });
    expect(indicator('全市生产总值')).toMatchObject({ observationKind: 'ytd_growth', flow: false });
  });

  it.each<[string, unknown, string[]]>([
    [
      'green below yellow',
      { flowGreenRatio: 0.8, flowYellowRatio: 0.9 },
      ['flowGreenRatio', 'flowYellowRatio'],
    ],
    ['green below the default yellow', { flowGreenRatio: 0.8 }, ['flowGreenRatio']],
    [
      'a ratio of 0 and one above 2',
      { flowYellowRatio: 0, multiYearOnTrack: 3 },
      ['flowYellowRatio', 'multiYearOnTrack'],
    ],
    ['a negative tolerance', { rateToleranceMinPoints: -0.2 }, ['rateToleranceMinPoints']],
    // The schema's refusal and the consistency check in one answer.
    [
      'a negative tolerance and green below yellow',
      { quantityToleranceShare: -1, flowGreenRatio: 0.7 },
      ['quantityToleranceShare', 'flowGreenRatio'],
    ],
    ['an unknown field', { greenRatio: 0.9 }, ['']],
  ])('PUT plan thresholds refuses %s, listing each field', async (_label, body, fields) => {
    const res = await api.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/thresholds`,
      payload: body as object,
    });
    expect(res.statusCode).toBe(400);
    const issues = res.json<{ error: { details: { issues: Array<{ path: string }> } } }>().error.details
      .issues;
    const paths = issues.map((i) => i.path.replace(/^\//, ''));
    for (const f of fields) expect(paths).toContain(f);
  });

  it('still refuses a bad plan id on the thresholds route', async () => {
    const res = await api.inject({ method: 'PUT', url: '/api/plans/abc/thresholds', payload: {} });
    expect(res.statusCode).toBe(400);
    const missing = await api.inject({ method: 'PUT', url: '/api/plans/99999/thresholds', payload: {} });
    expect(missing.statusCode).toBe(404);
  });

  it('sets consistent thresholds for the plan and an indicator, checked against each other', async () => {
    const jobs = indicator('城镇新增就业');
    const ok = await api.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/thresholds`,
      payload: { flowGreenRatio: 0.9, flowYellowRatio: 0.8 },
    });
    expect(ok.statusCode).toBe(200);
    const clash = await api.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/indicators/${jobs.id}/thresholds`,
      payload: { flowYellowRatio: 0.92 },
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().error.details.issues[0].path).toBe('flowYellowRatio');
    const own = await api.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/indicators/${jobs.id}/thresholds`,
      payload: { flowYellowRatio: 0.85 },
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().effective).toMatchObject({ flowGreenRatio: 0.9, flowYellowRatio: 0.85 });
    // The plan may not now move green below the indicator's own yellow.
    const under = await api.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/thresholds`,
      payload: { flowGreenRatio: 0.84, flowYellowRatio: 0.8 },
    });
    expect(under.statusCode).toBe(400);
    expect(under.json().error.details.issues[0].path).toBe(`indicators.${jobs.id}.flowYellowRatio`);
    const now = (await api.inject({ method: 'GET', url: `/api/plans/${planId}` })).json<PlanDetailResponse>();
    expect(now.thresholds).toEqual({ flowGreenRatio: 0.9, flowYellowRatio: 0.8 });
    expect(now.indicators.find((i) => i.id === jobs.id)?.thresholds).toEqual({ flowYellowRatio: 0.85 });
  });

  it('refuses inconsistent thresholds through the item edit too', async () => {
    const gdp = indicator('全市生产总值');
    const res = await api.inject({
      method: 'PATCH',
      url: `/api/plans/${planId}/items/indicator/${gdp.id}`,
      payload: { thresholds: { flowGreenRatio: 0.5, flowYellowRatio: 0.9 } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const after = (
      await api.inject({ method: 'GET', url: `/api/plans/${planId}` })
    ).json<PlanDetailResponse>();
    expect(after.indicators.find((i) => i.id === gdp.id)?.thresholds).toBeNull();
  });

  it('refuses a judgement for a non-qualitative target and an assigned value for a non-external one', async () => {
    const gdp = indicator('全市生产总值');
    const judged = await api.inject({
      method: 'POST',
      url: `/api/plans/${planId}/indicators/${gdp.id}/judgements`,
      payload: { status: 'on_track', by: '市发改委' },
    });
    expect(judged.statusCode).toBe(400);
    expect(judged.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { targetKind: 'growth' },
    });
    expect(judged.json().error.message).toContain('定性');
    const assigned = await api.inject({
      method: 'POST',
      url: `/api/plans/${planId}/indicators/${gdp.id}/assignments`,
      payload: { value: 5, by: '市发改委' },
    });
    expect(assigned.statusCode).toBe(400);

    const air = indicator('生活垃圾回收利用率');
    await updatePlanItem(t.store, planId, 'indicator', air.id, { targetText: '持续改善' });
    const ok = await api.inject({
      method: 'POST',
      url: `/api/plans/${planId}/indicators/${air.id}/judgements`,
      payload: { status: 'on_track', note: '稳中向好', by: '市绿化市容局' },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('reads a date-only knownAt as the end of that day in China Standard Time', async () => {
    expect(resolveKnownAt('2026-07-20')).toBe('2026-07-20T15:59:59.999Z');
    expect(() => resolveKnownAt('2026-02-30')).toThrow(/knownAt/);
    const res = await api.inject({
      method: 'GET',
      url: `/api/plans/${planId}/assessment?asOf=2026-07-31&knownAt=2026-07-20`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().knownAt).toBe('2026-07-20T15:59:59.999Z');
  });

  it('rolls district series up by region without changing the plan’s own totals', async () => {
    const gdp = indicator('全市生产总值');
    const before = await assessPlan(t.store, planId, { asOf: '2026-07-31' });
    await t.store.db
      .insertInto('observations')
      .values(
        [
          ['310101', 5.6],
          ['310104', 3.1],
        ].map(([region, value]) => ({
          indicator_id: gdp.id,
          region_code: region as string,
          period: '2026Q2',
          period_end: '2026-06-30',
          kind: 'ytd_growth',
          value: value as number,
          revision: 1,
          status: 'confirmed',
          recorded_at: '2026-07-15T00:00:00.000Z',
          recorded_by: 'test',
        })),
      )
      .execute();
    const after = await assessPlan(t.store, planId, { asOf: '2026-07-31' });
    expect(after.summary.total).toBe(before.summary.total);
    expect(after.items.length).toBe(before.items.length);
    const regions = after.summary.groups.region!;
    const district = (name: string) => regions.find((g) => g.key === name);
    expect(district('黄浦区')).toMatchObject({ total: 1, byColor: { green: 1 } });
    expect(district('徐汇区')).toMatchObject({ total: 1, byColor: { red: 1 } });
    expect(after.items.find((i) => i.id === gdp.id)?.status).toBe(
      before.items.find((i) => i.id === gdp.id)?.status,
    );
  });

  it('sets thresholds, judgements and assigned values from the CLI, with JSON-free errors', async () => {
    const bad = await planwatch(
      'thresholds',
      '--plan',
      String(planId),
      '--set',
      'flowGreenRatio=0.7',
      '--set',
      'flowYellowRatio=0.75',
      '--json',
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('flowGreenRatio');
    expect(bad.stderr).toContain('flowYellowRatio');
    expect(bad.stderr).not.toMatch(/[{[]/);

    const set = await planwatch(
      'thresholds',
      '--plan',
      String(planId),
      '--indicator',
      '城镇新增就业人数',
      '--set',
      'flowYellowRatio=0.82',
      '--json',
    );
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({
      indicator: { flowYellowRatio: 0.82 },
      effective: { flowGreenRatio: 0.9, flowYellowRatio: 0.82 },
    });

    const judge = await planwatch(
      'judge',
      '--plan',
      String(planId),
      '--indicator',
      '全市生产总值',
      '--status',
      'on_track',
      '--by',
      'cli',
      '--json',
    );
    expect(judge.code).toBe(1);
    expect(judge.stdout).toBe('');
    expect(judge.stderr).toContain('定性');

    const pm = indicator('细颗粒物');
    const assign = await planwatch(
      'assign',
      '--plan',
      String(planId),
      '--indicator',
      String(pm.id),
      '--value',
      '28',
      '--unit',
      '微克/立方米',
      '--by',
      '市生态环境局',
      '--json',
    );
    expect(assign.code).toBe(0);
    expect(JSON.parse(assign.stdout)).toMatchObject({ indicatorId: pm.id, value: 28, unit: '微克/立方米' });

    const assessed = await planwatch(
      'assess',
      '--plan',
      String(planId),
      '--as-of',
      '2026-07-31',
      '--known-at',
      '2026-07-20',
      '--json',
    );
    expect(assessed.code).toBe(0);
    expect(JSON.parse(assessed.stdout).knownAt).toBe('2026-07-20T15:59:59.999Z');
  }, 60_000);
});
