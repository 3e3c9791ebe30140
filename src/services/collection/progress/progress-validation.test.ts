import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import {
  addPlanItems,
  type BuiltPlan,
  buildCollectionPlan,
} from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { assignItem } from '../departments/assign-items.ts';
import { createDepartment } from '../departments/manage-departments.ts';
import { recordObservations } from '../observations/import-observations.ts';
import { exportTaskDivisionDocx } from '../templates/task-division.ts';
import { addAttachment } from './attachments.ts';
import { listDueItems } from './list-due-items.ts';
import { setProjectMilestones } from './milestones.ts';
import { listProgress, recordProgress } from './record-progress.ts';
import { setSchedule } from './schedules.ts';
import { createSubmission } from './submissions.ts';

describeEachDatabase('progress input checks', (t) => {
  let plan: BuiltPlan;
  let items: Awaited<ReturnType<typeof addPlanItems>>;
  let investment: number;
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    items = await addPlanItems(t.store, plan.planId);
    investment = (
      await t.store.db
        .insertInto('commitments')
        .values({
          plan_id: plan.planId,
          key: 'c2',
          text: '重大工程完成投资2550亿元',
          subject: '重大工程完成投资',
          value: 2550,
          unit: '亿元',
          comparator: 'eq',
          normalized_value: 255000000000,
          normalized_unit: '元',
          sort_order: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  const base = () => ({ planId: plan.planId, itemType: 'commitment' as const, itemId: investment });

  it('reads a completed quantity in the unit the commitment is written in, or the unit given', async () => {
    const bare = await recordProgress(t.store, { ...base(), completedQuantity: 1200 });
    expect(bare).toMatchObject({
      completedQuantity: 120000000000,
      completedUnit: '元',
      completedWritten: { value: 1200, unit: '亿元' },
    });
    const inWan = await recordProgress(t.store, { ...base(), completedQuantity: 13000000, unit: '万元' });
    expect(inWan.completedQuantity).toBe(130000000000);
    const parks = await recordProgress(t.store, {
      planId: plan.planId,
      itemType: 'commitment',
      itemId: items.commitmentId,
      completedQuantity: 41,
    });
    expect(parks).toMatchObject({ completedQuantity: 41, completedUnit: '座' });
  });

  const refused: Array<[string, Record<string, unknown>, string]> = [
    ['a unit of another dimension', { completedQuantity: 5, unit: '公里' }, 'unit'],
    ['more than 1000 × the target', { completedQuantity: 3_000_000 }, 'completedQuantity'],
    ['an infinite quantity', { completedQuantity: Number.POSITIVE_INFINITY }, 'completedQuantity'],
    ['a bogus period', { completedQuantity: 1, period: 'bogus-period' }, 'period'],
  ];
  for (const [name, body, field] of refused) {
    it(`refuses ${name}`, async () => {
      await expect(recordProgress(t.store, { ...base(), ...body } as never)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { field },
      });
    });
  }

  it('keeps project investment in 亿元, converting other money units and refusing absurd ones', async () => {
    const p = {
      planId: plan.planId,
      itemType: 'project' as const,
      itemId: items.projectId,
      stage: 'started' as const,
    };
    const view = await recordProgress(t.store, { ...p, investmentCompleted: 125000, investmentUnit: '万元' });
    expect(view).toMatchObject({ investmentCompleted: 12.5, investmentUnit: '亿元' });
    await expect(
      recordProgress(t.store, { ...p, investmentCompleted: 5, investmentUnit: '公顷' }),
    ).rejects.toMatchObject({
      details: { field: 'investmentUnit' },
    });
    await expect(recordProgress(t.store, { ...p, investmentCompleted: 2e9 })).rejects.toMatchObject({
      details: { field: 'investmentCompleted' },
    });
  });

  it('accepts 推进中 / 已完成 / 滞后 as statuses', async () => {
    const m = { planId: plan.planId, itemType: 'measure' as const, itemId: items.measureId };
    expect((await recordProgress(t.store, { ...m, status: '推进中' })).status).toBe('in_progress');
    expect(
      (await recordProgress(t.store, { ...m, status: '滞后', delayReason: '拆迁', remedy: '专班' })).status,
    ).toBe('delayed');
    expect((await recordProgress(t.store, { ...m, status: '已完成' })).status).toBe('done');
    await expect(recordProgress(t.store, { ...m, status: '差不多' })).rejects.toMatchObject({
      details: { field: 'status' },
    });
  });

  it('refuses unknown ids with 404s, not foreign-key errors', async () => {
    await expect(
      createSubmission(t.store, { planId: plan.planId, departmentId: 999999 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createSubmission(t.store, { planId: 999999, departmentId: null })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      createSubmission(t.store, { planId: plan.planId, departmentId: null, period: 'x' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(listProgress(t.store, { planId: 999999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const attach = (progressReportId: number, itemId = investment) =>
      addAttachment(t.store, {
        planId: plan.planId,
        itemType: 'commitment',
        itemId,
        progressReportId,
        filename: '验收.pdf',
        bytes: pdf,
      });
    await expect(attach(99999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const report = await recordProgress(t.store, { ...base(), completedQuantity: 1 });
    expect((await attach(report.id)).progressReportId).toBe(report.id);
    await expect(attach(report.id, items.commitmentId)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'progressReportId' },
    });
  });

  it('tells a Word document from a workbook renamed .docx', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('x').addRow(['a']);
    const workbook = new Uint8Array(await book.xlsx.writeBuffer());
    const docx = new Uint8Array(await exportTaskDivisionDocx(t.store, plan.planId));
    const attach = (filename: string, bytes: Uint8Array) =>
      addAttachment(t.store, {
        planId: plan.planId,
        itemType: 'measure',
        itemId: items.measureId,
        filename,
        bytes,
      });
    await expect(attach('报告.docx', workbook)).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    await expect(attach('报表.xlsx', docx)).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect((await attach('报告.docx', docx)).mediaType).toContain('wordprocessingml');
    expect((await attach('报表.xlsx', workbook)).mediaType).toContain('spreadsheetml');
  });

  it('refuses impossible dates in schedules and milestones', async () => {
    await expect(
      setSchedule(t.store, {
        planId: plan.planId,
        itemType: 'measure',
        itemId: items.measureId,
        deadline: '2026-02-30',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'deadline' } });
    await expect(
      setProjectMilestones(t.store, plan.planId, items.projectId, [
        { name: '开工', plannedDate: '2026-02-30' },
      ]),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'milestones.0.plannedDate' } });
  });
});

describeEachDatabase('overdue periods stay on the 督办 list', (t) => {
  it('keeps every unreported closed month of the plan year, oldest first', async () => {
    const plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    const hr = await createDepartment(t.store, { name: `人社局${plan.planId}` });
    const jobs = plan.indicators.城镇新增就业岗位;
    await assignItem(t.store, {
      planId: plan.planId,
      itemType: 'indicator',
      itemId: jobs,
      departmentId: hr.id,
    });
    // January to June reported on time; nothing from July.
    await recordObservations(
      t.store,
      [1, 2, 3, 4, 5, 6].map((m) => ({
        indicator: '城镇新增就业岗位',
        period: `2026-0${m}`,
        kind: 'ytd_value',
        value: 5 * m,
        unit: '万人',
      })),
      { planId: plan.planId, now: new Date('2026-07-10T00:00:00Z') },
    );
    await t.store.db
      .updateTable('observations')
      .set({ recorded_at: '2026-07-10T02:00:00.000Z' })
      .where('indicator_id', '=', jobs)
      .execute();
    const item = async (asOf: string) =>
      (await listDueItems(t.store, { planId: plan.planId, asOf, departmentId: hr.id }))[0]?.items[0];
    expect(await item('2026-10-20')).toMatchObject({
      period: '2026-07',
      state: 'escalated',
      unreportedPeriods: ['2026-07', '2026-08', '2026-09'],
      missedPeriods: 3,
    });
    expect(await item('2026-12-01')).toMatchObject({
      period: '2026-07',
      state: 'escalated',
      unreportedPeriods: ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'],
      missedPeriods: 4,
    });
    expect(await item('2026-07-12')).toMatchObject({
      state: 'reported',
      period: '2026-06',
      unreportedPeriods: [],
    });
  });
});
