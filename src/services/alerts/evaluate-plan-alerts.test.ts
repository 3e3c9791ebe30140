import { beforeEach, expect, it } from 'vitest';
import {
  addPlanItems,
  buildCollectionPlan,
  type IndicatorSpec,
} from '../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { assignItem } from '../collection/departments/assign-items.ts';
import { listDepartments, seedDepartments } from '../collection/departments/manage-departments.ts';
import { recordObservations } from '../collection/observations/import-observations.ts';
import { setProjectMilestones } from '../collection/progress/milestones.ts';
import { acknowledgeAlert, closeAlert, getAlert, listAlerts } from './alert-lifecycle.ts';
import { updateAlertSettings } from './alert-settings.ts';
import { evaluatePlanAlerts } from './evaluate-plan-alerts.ts';

const GDP: IndicatorSpec = {
  name: '地区生产总值增长',
  code: 'gdp',
  unit: '%',
  kind: 'ytd_growth',
  frequency: 'quarterly',
  target: { kind: 'growth', value: 5, unit: '%', normalized: { value: 5, unit: '%' } },
};
const JOBS: IndicatorSpec = {
  name: '失业率',
  code: 'urban_unemployment_rate',
  unit: '%',
  kind: 'level',
  frequency: 'monthly',
  target: { kind: 'level', value: 5, unit: '%', normalized: { value: 5, unit: '%' } },
};

const NOW = '2026-07-20T02:00:00.000Z';
const AS_OF = '2026-07-20';

describeEachDatabase('alert evaluation and lifecycle', (t) => {
  let planId: number;
  let gdp: number;

  /** Imports values as if on `at`: the store stamps the real clock, so the test sets the time it means. */
  const importAt = async (rows: Parameters<typeof recordObservations>[1], at: string) => {
    const { importId } = await recordObservations(t.store, rows, { planId, now: new Date(at) });
    await t.store.db
      .updateTable('observations')
      .set({ recorded_at: at, confirmed_at: at })
      .where('import_id', '=', importId)
      .execute();
  };
  const gdpValue = (value: number, at = '2026-07-15T00:00:00.000Z') =>
    importAt([{ indicator: GDP.name, period: '2026Q2', kind: 'ytd_growth', value }], at);
  const evaluate = (over: { asOf?: string; now?: string } = {}) =>
    evaluatePlanAlerts(t.store, planId, { asOf: over.asOf ?? AS_OF, now: over.now ?? NOW });
  const active = async () =>
    (await listAlerts(t.store, { planId, states: ['open', 'acknowledged'] })).map((a) => a.rule).sort();

  beforeEach(async () => {
    const plan = await buildCollectionPlan(t.store, { indicators: [GDP] });
    planId = plan.planId;
    gdp = plan.indicators[GDP.name];
  });

  it('off track opens an alert with values in their units, and a corrected value resolves it', async () => {
    await gdpValue(3);
    const first = await evaluate();
    expect(first).toMatchObject({ opened: 2, resolved: 0 });
    const alerts = (await listAlerts(t.store, { planId })).sort((a, b) => a.rule.localeCompare(b.rule));
    expect(alerts.map((a) => [a.rule, a.severity, a.state])).toEqual([
      ['off_track', 'medium', 'open'],
      ['projected_miss', 'medium', 'open'],
    ]);
    expect(alerts[0]).toMatchObject({ item: { type: 'indicator', id: gdp, name: GDP.name } });
    expect(alerts[0].text).toContain('实际3%');

    await gdpValue(5.3, '2026-07-18T00:00:00.000Z');
    const second = await evaluate();
    expect(second).toMatchObject({ opened: 1, resolved: 2 }); // the large revision is an alert of its own
    expect(await active()).toEqual(['value_revised']);
    const resolved = await getAlert(t.store, alerts[0].id);
    expect(resolved.state).toBe('resolved');
    expect(resolved.events.map((e) => e.kind)).toEqual(['opened', 'resolved']);
  });

  it('at risk is low, and a binding indicator behind pace is high instead', async () => {
    await gdpValue(4.9);
    await evaluate();
    expect(await active()).toEqual(['at_risk', 'projected_miss']);
    await t.store.db.updateTable('indicators').set({ attribute: 'binding' }).where('id', '=', gdp).execute();
    await evaluate();
    const alerts = await listAlerts(t.store, { planId, states: ['open'] });
    expect(alerts.map((a) => [a.rule, a.severity])).toEqual([
      ['binding_not_on_track', 'high'],
      ['projected_miss', 'medium'],
    ]);
  });

  it('repeated and concurrent evaluation never duplicates an alert', async () => {
    await gdpValue(3);
    const results = await Promise.all(Array.from({ length: 6 }, () => evaluate()));
    expect(results.reduce((n, r) => n + r.opened, 0)).toBe(2);
    await evaluate();
    await evaluate();
    const rows = await t.store.db
      .selectFrom('alerts')
      .select('condition_key')
      .where('plan_id', '=', planId)
      .execute();
    expect(rows.map((r) => r.condition_key).sort()).toEqual([
      `off_track:indicator:${gdp}`,
      `projected_miss:indicator:${gdp}`,
    ]);
    const events = await t.store.db
      .selectFrom('alert_events')
      .innerJoin('alerts', 'alerts.id', 'alert_events.alert_id')
      .select('alert_events.kind')
      .where('alerts.plan_id', '=', planId)
      .execute();
    expect(events).toHaveLength(2);
  });

  it('acknowledged → resolved when the condition clears → reopened (same alert) when it recurs', async () => {
    await gdpValue(3);
    await evaluate();
    const [alert] = await listAlerts(t.store, { planId, rule: 'off_track' });
    await acknowledgeAlert(t.store, alert.id, { actor: '张三', note: '已督办' }, NOW);
    await expect(acknowledgeAlert(t.store, alert.id, { actor: '张三' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await updateAlertSettings(t.store, planId, { disabled: ['value_revised'] });
    await gdpValue(5.3, '2026-07-18T00:00:00.000Z');
    await evaluate();
    await gdpValue(2, '2026-07-19T00:00:00.000Z');
    const again = await evaluate({ now: '2026-07-21T00:00:00.000Z' });
    expect(again).toMatchObject({ opened: 0, reopened: 2 });
    const reopened = await getAlert(t.store, alert.id);
    expect(reopened).toMatchObject({ state: 'open', reopenCount: 1, acknowledged: null });
    expect(reopened.events.map((e) => [e.kind, e.actor])).toEqual([
      ['opened', null],
      ['acknowledged', '张三'],
      ['resolved', null],
      ['reopened', null],
    ]);
  });

  it('closed by hand stays closed while the condition persists and needs a reason', async () => {
    await gdpValue(3);
    await evaluate();
    const [alert] = await listAlerts(t.store, { planId, rule: 'off_track' });
    await expect(closeAlert(t.store, alert.id, { actor: '李四' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await closeAlert(t.store, alert.id, { actor: '李四', note: '口径调整，不再考核' });
    const next = await evaluate();
    expect(next.opened).toBe(0);
    expect((await getAlert(t.store, alert.id)).state).toBe('closed');
    expect(await active()).toEqual(['projected_miss']);
  });

  it('escalates an alert left open, once per level', async () => {
    await gdpValue(3);
    await evaluate();
    const later = await evaluate({ now: '2026-07-28T02:00:00.000Z' });
    expect(later.escalated).toBe(2);
    expect((await evaluate({ now: '2026-07-29T02:00:00.000Z' })).escalated).toBe(0);
    const [alert] = await listAlerts(t.store, { planId, rule: 'off_track' });
    expect(alert.escalationLevel).toBe(1);
  });

  it('overdue data fires past the grace period and clears once reported', async () => {
    const plan = await buildCollectionPlan(t.store, { indicators: [JOBS] });
    planId = plan.planId;
    await seedDepartments(t.store);
    const dept = (await listDepartments(t.store))[0];
    await assignItem(t.store, {
      planId,
      itemType: 'indicator',
      itemId: plan.indicators[JOBS.name],
      departmentId: dept.id,
    });
    await evaluate({ asOf: '2026-04-30', now: '2026-04-30T02:00:00.000Z' });
    const [overdue] = await listAlerts(t.store, { planId, rule: 'data_overdue' });
    expect(overdue).toMatchObject({ department: dept.name, state: 'open' });
    expect(overdue.text).toContain('2026年1月');
    await importAt(
      ['2026-01', '2026-02', '2026-03'].map((period) => ({
        indicator: JOBS.name,
        period,
        kind: 'level',
        value: 4.5,
      })),
      '2026-04-30T01:00:00.000Z',
    );
    await evaluate({ asOf: '2026-04-30', now: '2026-04-30T02:00:00.000Z' });
    expect((await getAlert(t.store, overdue.id)).state).toBe('resolved');
  });

  it('a passed milestone and a submission waiting for review fire and clear', async () => {
    const { projectId } = await addPlanItems(t.store, planId);
    await setProjectMilestones(t.store, planId, projectId, [
      { name: '主体结构完成', plannedDate: '2026-06-30' },
    ]);
    const submission = await t.store.db
      .insertInto('submissions')
      .values({
        plan_id: planId,
        status: 'submitted',
        period: '2026Q2',
        created_at: NOW,
        submitted_at: '2026-07-01T00:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await evaluate();
    expect(await active()).toEqual(['milestone_missed', 'review_waiting']);
    const [m] = await listAlerts(t.store, { planId, rule: 'milestone_missed' });
    expect(m.text).toBe('节点逾期：轨道交通19号线「主体结构完成」计划2026-06-30完成，尚未完成');

    await setProjectMilestones(t.store, planId, projectId, [
      { name: '主体结构完成', plannedDate: '2026-06-30', actualDate: '2026-07-10' },
    ]);
    await t.store.db
      .updateTable('submissions')
      .set({ status: 'confirmed' })
      .where('id', '=', submission.id)
      .execute();
    const cleared = await evaluate();
    expect(cleared.resolved).toBe(2);
    expect(await active()).toEqual([]);
  });

  it('after a data change only the affected items are evaluated', async () => {
    await gdpValue(3);
    const other = await evaluatePlanAlerts(t.store, planId, {
      asOf: AS_OF,
      now: NOW,
      items: [{ type: 'indicator', id: gdp + 1000 }],
    });
    expect(other.opened).toBe(0);
    const mine = await evaluatePlanAlerts(t.store, planId, {
      asOf: AS_OF,
      now: NOW,
      items: [{ type: 'indicator', id: gdp }],
    });
    expect(mine.opened).toBe(2);
  });
});
