/**
 * A department's figures count from the moment the plan office confirmed them: an assessment
 * reproduced as known before that moment does not see them, whenever they were sent.
 */
import { beforeAll, expect, it } from 'vitest';
import { assessPlan } from '../../src/services/assessment/assess-plan.ts';
import { recordObservations } from '../../src/services/collection/observations/import-observations.ts';
import { transitionSubmission } from '../../src/services/collection/progress/submissions.ts';
import { type BuiltPlan, buildCollectionPlan } from '../support/collection-builders.ts';
import { describeEachDatabase } from '../support/databases.ts';

const pause = () => new Promise((r) => setTimeout(r, 20));

describeEachDatabase('assessment as known before a submission was confirmed', (t) => {
  let plan: BuiltPlan;
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
  });

  it('sees a submitted value only from its confirmation', async () => {
    const row = {
      indicator: '城镇新增就业岗位',
      region: '310000',
      period: '2026-06',
      kind: 'ytd_value',
      value: 31,
      unit: '万人',
    };
    const sent = await recordObservations(t.store, [row], {
      planId: plan.planId,
      by: '市人力资源社会保障局',
      submitFor: { departmentId: null },
      now: new Date('2026-07-15T00:00:00Z'),
    });
    await pause();
    const beforeConfirmation = new Date().toISOString();
    await pause();
    await transitionSubmission(t.store, sent.submissionId!, 'confirm', { by: '市发展改革委' });

    const jobs = (knownAt?: string) =>
      assessPlan(t.store, plan.planId, { asOf: '2026-06-30', knownAt }).then(
        (a) => a.items.find((i) => i.type === 'indicator' && i.name === '城镇新增就业岗位')!,
      );
    expect((await jobs(beforeConfirmation)).status).toBe('no_data');
    const now = await jobs();
    expect(now.actual?.value).toBe(310000);
    const input = now.explanation.inputs.find((i) => i.role === 'actual');
    expect(input?.recordedAt && input.recordedAt > beforeConfirmation).toBe(true);
  });
});
