/**
 * Issue 4's acceptance: the sample plan, parsed by the real parser, with a realistic first-half
 * dataset (examples/h1-2026-observations.csv), assessed as of the end of July. Every status must be
 * explainable from the explanation object alone.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { assessPlan } from '../../src/services/assessment/assess-plan.ts';
import type { PlanAssessment } from '../../src/services/assessment/assessment.types.ts';
import { recordAssignment } from '../../src/services/assessment/record-indicator-inputs.ts';
import { importObservations } from '../../src/services/collection/index.ts';
import { loadRegions } from '../../src/services/collection/regions/load-regions.ts';
import { importPlan } from '../../src/services/plans/import-plan.ts';
import { describeEachDatabase } from '../support/databases.ts';

const SAMPLE = readFileSync(new URL('../../examples/shanghai-2026-plan-report.txt', import.meta.url));
const H1 = new URL('../../examples/h1-2026-observations.csv', import.meta.url).pathname;

describeEachDatabase('assessing the sample plan on an H1 dataset', (t) => {
  let planId: number;
  let result: PlanAssessment;
  const byName = (name: string) => {
    const item = result.items.find((i) => i.type === 'indicator' && i.name.startsWith(name));
    if (!item) throw new Error(`no indicator ${name}`);
    return item;
  };

  beforeAll(async () => {
    await loadRegions(t.store);
    ({ planId } = await importPlan(t.store, { bytes: SAMPLE, filename: 'sample.txt', publish: true }));
    const imported = await importObservations(
      t.store,
      { path: H1, filename: 'h1-2026-observations.csv' },
      { planId, by: 'test' },
    );
    expect(imported.rows).toBeGreaterThan(50);
    const pm = (
      await t.store.db.selectFrom('indicators').select(['id', 'name']).where('plan_id', '=', planId).execute()
    ).find((i) => i.name.includes('PM2.5'))!;
    await recordAssignment(t.store, planId, pm.id, {
      value: 28,
      unit: '微克/立方米',
      by: '市生态环境局',
      note: '国家下达',
    });
    result = await assessPlan(t.store, planId, { asOf: '2026-07-31' });
  });

  it('judges rates against their level targets', () => {
    expect(byName('全市生产总值')).toMatchObject({ status: 'on_track', color: 'green' });
    expect(byName('地方一般公共预算收入')).toMatchObject({ status: 'at_risk', color: 'yellow' });
    expect(byName('居民消费价格指数').color).toBe('green');
    expect(byName('城镇调查失业率').color).toBe('green');
  });

  it('judges flows against pace, learning the season from earlier years', () => {
    const jobs = byName('城镇新增就业人数');
    expect(jobs.color).toBe('green');
    expect(jobs.explanation.pace?.method).toBe('seasonal');
    expect(byName('新增供应保障性租赁住房').color).toBe('red');
  });

  it('keeps relative, external and yearly targets honest', () => {
    expect(byName('居民人均可支配收入').color).toBe('green');
    expect(byName('单位生产总值二氧化碳排放量').status).toBe('pending');
    expect(byName('全社会研发经费支出').status).toBe('no_data');
    const pm = byName('细颗粒物');
    expect(pm.status).not.toBe('pending');
    expect(pm.severity).toBe(pm.color === 'green' ? 'normal' : 'high');
  });

  it('judges every indicator with stored 2026 data, stocks on their level', async () => {
    const stored = await t.store.db
      .selectFrom('observations')
      .innerJoin('indicators', 'indicators.id', 'observations.indicator_id')
      .select(['indicators.id', 'indicators.name'])
      .where('indicators.plan_id', '=', planId)
      .where('observations.period', 'like', '2026%')
      .distinct()
      .execute();
    expect(stored.length).toBeGreaterThan(10);
    for (const { id, name } of stored) {
      const item = result.items.find((i) => i.type === 'indicator' && i.id === id)!;
      expect(item.status, `${name}: ${item.explanation.summaryZh}`).not.toBe('no_data');
    }
    // A stock (68件左右 per 10,000 people) is a level on its way from last year's 62.8, not a flow.
    const patents = byName('每万人口高价值发明专利拥有量');
    expect(patents.explanation.rule).toBe('year_end_level');
    expect(patents.status).toBe('on_track');
    expect(patents.explanation.comparison.trajectoryPoint).toBeCloseTo(65.4, 10);
    const row = await t.store.db
      .selectFrom('indicators')
      .select(['flow', 'observation_kind'])
      .where('id', '=', patents.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ flow: 0, observation_kind: 'level' });
    // Flows stay flows.
    expect(byName('城镇新增就业人数').explanation.rule).toBe('flow_pace');
    expect(byName('新增跨国公司地区总部').explanation.rule).toBe('flow_pace');
  });

  it('explains a trajectory with the stored baseline it started from', () => {
    const share = byName('工业战略性新兴产业总产值占规模以上工业总产值比重');
    expect(share.explanation.rule).toBe('year_end_level');
    expect(share.explanation.inputs[0]).toMatchObject({
      role: 'baseline',
      period: '2025',
      value: 43.6,
      revision: 1,
      source: '示例数据 (synthetic H1 dataset)',
    });
    expect(share.explanation.inputs[0].recordedAt).toBeTruthy();
    expect(byName('居民消费价格指数').explanation.summaryZh).toContain('上涨0.6%');
  });

  it('explains every status from the explanation alone', () => {
    for (const item of result.items) {
      const e = item.explanation;
      expect(e.rule, item.name).toBeTruthy();
      expect(e.ruleZh, item.name).toBeTruthy();
      expect(e.summaryZh, item.name).toBeTruthy();
      if (item.actual) expect(e.inputs.length, item.name).toBeGreaterThan(0);
    }
    expect(result.summary.total).toBe(result.items.length);
    expect(result.summary.byColor.green).toBeGreaterThan(0);
  });

  it('ignores revisions recorded after knownAt, whatever the offset it is written with', async () => {
    const gdp = await t.store.db
      .selectFrom('indicators')
      .select('id')
      .where('plan_id', '=', planId)
      .where('name', '=', '全市生产总值')
      .executeTakeFirstOrThrow();
    const before = new Date().toISOString();
    await t.store.db
      .insertInto('observations')
      .values({
        indicator_id: gdp.id,
        region_code: '310000',
        period: '2026Q2',
        period_end: '2026-06-30',
        kind: 'ytd_growth',
        value: 3.0,
        revision: 99,
        status: 'confirmed',
        recorded_at: new Date(Date.now() + 60_000).toISOString(),
        recorded_by: 'test',
      })
      .execute();
    const utc = await assessPlan(t.store, planId, { asOf: '2026-07-31', knownAt: before });
    const shanghai = new Date(Date.parse(before) + 8 * 3600_000).toISOString().replace('Z', '+08:00');
    const local = await assessPlan(t.store, planId, { asOf: '2026-07-31', knownAt: shanghai });
    const pick = (r: PlanAssessment) => r.items.find((i) => i.id === gdp.id)!;
    expect(pick(utc).actual?.value).toBe(5);
    expect(pick(local).actual?.value).toBe(5);
    expect(local.knownAt).toBe(before);
    const later = await assessPlan(t.store, planId, {
      asOf: '2026-07-31',
      knownAt: new Date(Date.now() + 120_000).toISOString(),
    });
    expect(pick(later).actual?.value).toBe(3);
    expect(pick(later).color).toBe('red');
    await expect(assessPlan(t.store, planId, { asOf: '2026-02-30' })).rejects.toThrow(/asOf/);
    await expect(
      assessPlan(t.store, planId, { asOf: '2026-07-31', knownAt: '2026-07-01 10:00' }),
    ).rejects.toThrow(/knownAt/);
  });

  it('reproduces a past view with knownAt', async () => {
    const past = await assessPlan(t.store, planId, { asOf: '2026-07-31', knownAt: '2000-01-01T00:00:00Z' });
    const gdp = past.items.find((i) => i.name.startsWith('全市生产总值'))!;
    expect(gdp.status).toBe('no_data');
  });
});
