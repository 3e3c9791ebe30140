import { beforeAll, expect, it } from 'vitest';
import {
  addPlanItems,
  type BuiltPlan,
  buildCollectionPlan,
} from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { assignItem } from '../departments/assign-items.ts';
import { listDepartments, seedDepartments } from '../departments/manage-departments.ts';
import { recordObservations } from '../observations/import-observations.ts';
import { listObservations } from '../observations/list-observations.ts';
import { addAttachment, getAttachmentContent } from './attachments.ts';
import { listDueItems } from './list-due-items.ts';
import { listMilestones, setProjectMilestones } from './milestones.ts';
import { listProgress, recordProgress } from './record-progress.ts';
import { setSchedule } from './schedules.ts';
import { createSubmission, transitionSubmission } from './submissions.ts';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describeEachDatabase('progress, submissions and deadlines', (t) => {
  let plan: BuiltPlan;
  let items: Awaited<ReturnType<typeof addPlanItems>>;
  let greening: number;
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    items = await addPlanItems(t.store, plan.planId);
    await seedDepartments(t.store);
    greening = (await listDepartments(t.store)).find((d) => d.name === '绿化市容局')!.id;
  });

  it('requires 滞后原因 and 整改措施 for a delayed measure', async () => {
    const base = {
      planId: plan.planId,
      itemType: 'measure' as const,
      itemId: items.measureId,
      status: 'delayed' as const,
    };
    await expect(recordProgress(t.store, { ...base, remedy: '加快' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'delayReason' },
    });
    await expect(recordProgress(t.store, { ...base, delayReason: '拆迁' })).rejects.toMatchObject({
      details: { field: 'remedy' },
    });
    const ok = await recordProgress(t.store, {
      ...base,
      delayReason: '拆迁',
      remedy: '专班推进',
      text: '进度滞后',
      period: '2026-06',
    });
    expect(ok).toMatchObject({ status: 'delayed', delayReason: '拆迁', reviewStatus: 'confirmed' });
  });

  const invalid: Array<[string, Record<string, unknown>]> = [
    ['negative quantity', { itemType: 'commitment', completedQuantity: -1 }],
    ['unknown stage', { itemType: 'project', stage: 'finished' }],
    ['unknown status', { itemType: 'measure', status: 'stalled' }],
  ];
  for (const [name, body] of invalid) {
    it(`refuses ${name}`, async () => {
      const itemId =
        body.itemType === 'commitment'
          ? items.commitmentId
          : body.itemType === 'project'
            ? items.projectId
            : items.measureId;
      await expect(
        recordProgress(t.store, { planId: plan.planId, itemId, ...body } as never),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  }

  it('records commitment and project progress with milestones', async () => {
    await recordProgress(t.store, {
      planId: plan.planId,
      itemType: 'commitment',
      itemId: items.commitmentId,
      completedQuantity: 41,
      note: '已建成41座',
    });
    await recordProgress(t.store, {
      planId: plan.planId,
      itemType: 'project',
      itemId: items.projectId,
      stage: 'under_construction',
      investmentPlanned: 50,
      investmentCompleted: 22,
    });
    const history = await listProgress(t.store, { planId: plan.planId, itemType: 'project' });
    expect(history.map((h) => [h.stage, h.investmentCompleted])).toEqual([['under_construction', 22]]);
    await setProjectMilestones(t.store, plan.planId, items.projectId, [
      { name: '开工', plannedDate: '2026-03-31', actualDate: '2026-04-10' },
      { name: '竣工', plannedDate: '2027-12-31' },
    ]);
    expect((await listMilestones(t.store, plan.planId, items.projectId)).map((m) => m.actualDate)).toEqual([
      '2026-04-10',
      null,
    ]);
  });

  it('moves a submission through draft → submitted → returned → submitted → confirmed', async () => {
    const s = await createSubmission(t.store, {
      planId: plan.planId,
      departmentId: greening,
      period: '2026Q2',
      by: '绿化市容局',
    });
    await recordProgress(t.store, {
      planId: plan.planId,
      itemType: 'commitment',
      itemId: items.commitmentId,
      completedQuantity: 55,
      submissionId: s.id,
    });
    await recordObservations(
      t.store,
      [{ indicator: '新增公园', period: '2026Q2', kind: 'ytd_value', value: 55 }],
      {
        planId: plan.planId,
        status: 'draft',
        submissionId: s.id,
        now: new Date('2026-08-01T00:00:00Z'),
      },
    );
    const latest = async () =>
      (await listProgress(t.store, { planId: plan.planId, itemType: 'commitment' })).at(-1)
        ?.completedQuantity;
    const parks = async () =>
      (await listObservations(t.store, { planId: plan.planId, indicatorId: plan.indicators.新增公园 }))
        .length;
    expect(await latest()).toBe(41);
    expect(await parks()).toBe(0);
    await transitionSubmission(t.store, s.id, 'submit');
    await expect(transitionSubmission(t.store, s.id, 'return', {})).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(
      (await transitionSubmission(t.store, s.id, 'return', { comment: '请补充佐证材料', by: '规划处' }))
        .status,
    ).toBe('returned');
    await transitionSubmission(t.store, s.id, 'submit');
    const confirmed = await transitionSubmission(t.store, s.id, 'confirm', { by: '规划处' });
    expect(confirmed).toMatchObject({ status: 'confirmed', progressReports: 1, observations: 1 });
    expect(await latest()).toBe(55);
    expect(await parks()).toBe(1);
    await expect(transitionSubmission(t.store, s.id, 'confirm')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('stores evidence attachments, checking size and type', async () => {
    const a = await addAttachment(t.store, {
      planId: plan.planId,
      itemType: 'commitment',
      itemId: items.commitmentId,
      filename: '验收单.pdf',
      bytes: PDF,
    });
    expect(a).toMatchObject({ mediaType: 'application/pdf', size: PDF.length });
    expect([...(await getAttachmentContent(t.store, plan.planId, a.id)).content]).toEqual([...PDF]);
    const refuse = (filename: string, bytes: Uint8Array) =>
      addAttachment(t.store, {
        planId: plan.planId,
        itemType: 'commitment',
        itemId: items.commitmentId,
        filename,
        bytes,
      });
    await expect(refuse('x.exe', PDF)).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    await expect(refuse('photo.jpg', PNG)).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    await expect(refuse('big.pdf', new Uint8Array(10 * 1024 * 1024 + 1).fill(0x25))).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('lists due, overdue and escalated items per department', async () => {
    await assignItem(t.store, {
      planId: plan.planId,
      itemType: 'indicator',
      itemId: plan.indicators.新增公园,
      departmentId: greening,
    });
    await assignItem(t.store, {
      planId: plan.planId,
      itemType: 'measure',
      itemId: items.measureId,
      departmentId: greening,
    });
    await setSchedule(t.store, {
      planId: plan.planId,
      itemType: 'indicator',
      itemId: plan.indicators.新增公园,
      frequency: 'quarterly',
      dueDay: 10,
      graceDays: 5,
    });
    await setSchedule(t.store, {
      planId: plan.planId,
      itemType: 'measure',
      itemId: items.measureId,
      frequency: 'monthly',
      deadline: '2026-06-30',
    });
    await recordObservations(
      t.store,
      [{ indicator: '新增公园', period: '2026Q1', kind: 'ytd_value', value: 20 }],
      { planId: plan.planId, now: new Date('2026-04-05T00:00:00Z') },
    );
    // Reports as they would have arrived: Q1 on 5 April, Q2 on 2 July; the measure's June report on 15 June.
    await t.store.db
      .updateTable('observations')
      .set({ recorded_at: '2026-04-05T09:00:00.000Z' })
      .where('indicator_id', '=', plan.indicators.新增公园)
      .where('period', '=', '2026Q1')
      .execute();
    await t.store.db
      .updateTable('observations')
      .set({ recorded_at: '2026-07-02T09:00:00.000Z' })
      .where('indicator_id', '=', plan.indicators.新增公园)
      .where('period', '=', '2026Q2')
      .execute();
    await t.store.db
      .updateTable('progress_reports')
      .set({ recorded_at: '2026-06-15T09:00:00.000Z' })
      .where('item_type', '=', 'measure')
      .execute();
    const cases: Array<[string, string, string, string]> = [
      ['2026-07-03', 'indicator', 'reported', '2026Q2'],
      ['2026-10-06', 'indicator', 'due_soon', '2026Q3'],
      ['2026-10-12', 'indicator', 'overdue', '2026Q3'],
      ['2026-10-20', 'indicator', 'escalated', '2026Q3'],
      // Q3 never came: it stays escalated after Q4 closes.
      ['2027-01-20', 'indicator', 'escalated', '2026Q3'],
      // The measure's only report names June: January to May are owed, oldest first.
      ['2026-07-03', 'measure', 'escalated', '2026-01'],
    ];
    for (const [asOf, type, state, period] of cases) {
      const [list] = await listDueItems(t.store, { planId: plan.planId, asOf });
      expect(list.departmentName).toBe('绿化市容局');
      const item = list.items.find((i) => i.itemType === type);
      expect([asOf, type, item?.state, item?.period]).toEqual([asOf, type, state, period]);
    }
    const [december] = await listDueItems(t.store, { planId: plan.planId, asOf: '2027-01-20' });
    expect(december.items.find((i) => i.itemType === 'indicator')).toMatchObject({
      unreportedPeriods: ['2026Q3', '2026Q4'],
      missedPeriods: 2,
    });
    const [july] = await listDueItems(t.store, { planId: plan.planId, asOf: '2026-07-03' });
    expect(july.items.find((i) => i.itemType === 'measure')).toMatchObject({
      unreportedPeriods: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'],
      missedPeriods: 5,
    });
    const [late] = await listDueItems(t.store, { planId: plan.planId, asOf: '2026-10-20' });
    expect(late.items.find((i) => i.itemType === 'measure')?.deadlineMissed).toBe('2026-06-30');
  });
});

describeEachDatabase('a department upload awaiting review', (t) => {
  it('opens a submitted submission with the import; confirming it releases the values', async () => {
    const plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    const result = await recordObservations(
      t.store,
      [{ indicator: '新增公园', period: '2026Q1', kind: 'ytd_value', value: 18 }],
      {
        planId: plan.planId,
        submitFor: { departmentId: null, period: '2026Q1' },
        now: new Date('2026-11-28T00:00:00Z'),
      },
    );
    expect(result.submissionId).not.toBeNull();
    expect(await listObservations(t.store, { planId: plan.planId })).toEqual([]);
    expect(await listObservations(t.store, { planId: plan.planId, includeUnconfirmed: true })).toHaveLength(
      1,
    );
    await transitionSubmission(t.store, result.submissionId!, 'confirm', { by: '规划处' });
    expect(await listObservations(t.store, { planId: plan.planId })).toHaveLength(1);
  });
});
