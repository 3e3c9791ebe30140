import { beforeAll, expect, it } from 'vitest';
import { type BuiltPlan, buildCollectionPlan } from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { createSubmission, getSubmission, transitionSubmission } from '../progress/submissions.ts';
import { getSeriesHistory } from './get-series-history.ts';
import { recordObservations } from './import-observations.ts';
import { listObservations } from './list-observations.ts';

const NOW = new Date('2026-11-28T00:00:00Z');
const tick = () => new Promise((r) => setTimeout(r, 5));

describeEachDatabase('office writes beside pending department submissions', (t) => {
  let plan: BuiltPlan;
  let jobs: number;
  const jobsRow = (period: string, value: number) => [
    { indicator: '城镇新增就业岗位', region: '310000', period, kind: 'ytd_value', value, unit: '万人' },
  ];
  const confirmed = async (period: string) =>
    (await listObservations(t.store, { planId: plan.planId, indicatorId: jobs, period })).map((o) => [
      o.value,
      o.status,
    ]);
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    jobs = plan.indicators.城镇新增就业岗位;
  });

  it('writes the office value that equals a pending submission (nothing is lost when it is returned)', async () => {
    const base = { planId: plan.planId, now: NOW };
    expect(
      (await recordObservations(t.store, jobsRow('2026-10', 50), { ...base, by: 'office' })).inserted,
    ).toBe(1);
    const dept = await recordObservations(t.store, jobsRow('2026-10', 52), {
      ...base,
      by: 'dept',
      submitFor: { departmentId: null },
    });
    expect(dept.inserted).toBe(1);
    const office = await recordObservations(t.store, jobsRow('2026-10', 52), { ...base, by: 'office' });
    expect(office).toMatchObject({ inserted: 1, unchanged: 0 });
    await transitionSubmission(t.store, dept.submissionId!, 'return', { comment: '请核实', by: 'office' });
    expect(await confirmed('2026-10')).toEqual([[520000, 'confirmed']]);
    // The same confirmed value again adds nothing.
    expect(
      (await recordObservations(t.store, jobsRow('2026-10', 52), { ...base, by: 'office' })).unchanged,
    ).toBe(1);
  });

  it('gives a department resubmitting the same value after a return its own revision', async () => {
    const base = { planId: plan.planId, now: NOW, by: 'dept' };
    const first = await recordObservations(t.store, jobsRow('2026-09', 45), {
      ...base,
      submitFor: { departmentId: null },
    });
    await transitionSubmission(t.store, first.submissionId!, 'return', { comment: '缺来源', by: 'office' });
    const again = await recordObservations(t.store, jobsRow('2026-09', 45), {
      ...base,
      submitFor: { departmentId: null },
    });
    expect(again).toMatchObject({ inserted: 1, unchanged: 0 });
    await transitionSubmission(t.store, again.submissionId!, 'confirm', { by: 'office' });
    expect(await confirmed('2026-09')).toEqual([[450000, 'confirmed']]);
    const history = await getSeriesHistory(t.store, {
      planId: plan.planId,
      indicatorId: jobs,
      period: '2026-09',
    });
    expect(history.map((h) => [h.revision, h.status])).toEqual([
      [1, 'returned'],
      [2, 'confirmed'],
    ]);
  });

  it('compares a draft with its own submission only', async () => {
    const draft = await createSubmission(t.store, {
      planId: plan.planId,
      departmentId: null,
      period: '2026-08',
    });
    const opts = { planId: plan.planId, now: NOW, status: 'draft' as const, submissionId: draft.id };
    expect((await recordObservations(t.store, jobsRow('2026-08', 40), opts)).inserted).toBe(1);
    expect((await recordObservations(t.store, jobsRow('2026-08', 40), opts)).unchanged).toBe(1);
    expect((await getSubmission(t.store, draft.id)).observations).toBe(1);
  });

  it('shows a confirmed submission to as-of reads only from its confirmation', async () => {
    const sent = await recordObservations(t.store, jobsRow('2026-07', 38), {
      planId: plan.planId,
      now: NOW,
      submitFor: { departmentId: null },
    });
    const [row] = await t.store.db
      .selectFrom('observations')
      .select('recorded_at')
      .where('submission_id', '=', sent.submissionId!)
      .execute();
    await tick();
    const view = await transitionSubmission(t.store, sent.submissionId!, 'confirm', { by: 'office' });
    const read = (knownAt: string) =>
      listObservations(t.store, { planId: plan.planId, indicatorId: jobs, period: '2026-07', knownAt });
    expect(await read(row.recorded_at)).toEqual([]);
    const [now] = await read(view.reviewedAt!);
    expect(now).toMatchObject({ value: 380000, recordedAt: row.recorded_at, confirmedAt: view.reviewedAt });
  });

  it('counts the values of a submission that a later office revision superseded', async () => {
    const dept = await recordObservations(t.store, jobsRow('2026-06', 60), {
      planId: plan.planId,
      now: NOW,
      submitFor: { departmentId: null },
    });
    await recordObservations(t.store, jobsRow('2026-06', 55), {
      planId: plan.planId,
      now: NOW,
      by: 'office',
    });
    const view = await transitionSubmission(t.store, dept.submissionId!, 'confirm', { by: 'office' });
    expect(view).toMatchObject({ observations: 1, superseded: 1 });
    expect(await confirmed('2026-06')).toEqual([[550000, 'confirmed']]);
  });

  it('refuses a garbage knownAt instead of reading everything', async () => {
    await expect(
      listObservations(t.store, { planId: plan.planId, knownAt: 'garbage' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'knownAt' },
    });
    await expect(listObservations(t.store, { planId: 999999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
