import { beforeAll, expect, it } from 'vitest';
import {
  addPlanItems,
  type BuiltPlan,
  buildCollectionPlan,
} from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { listDueItems } from '../progress/list-due-items.ts';
import { importTaskDivision } from '../templates/import-task-division.ts';
import { exportTaskDivisionXlsx } from '../templates/task-division.ts';
import { assignItem, listAssignments } from './assign-items.ts';
import { createDepartment, listDepartments, removeDepartment } from './manage-departments.ts';

describeEachDatabase('removing a department', (t) => {
  let plan: BuiltPlan;
  let items: Awaited<ReturnType<typeof addPlanItems>>;
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    items = await addPlanItems(t.store, plan.planId);
  });

  it('is refused while the department leads or supports live items, with the count', async () => {
    const parks = await createDepartment(t.store, { name: '公园管理处' });
    const base = { planId: plan.planId, departmentId: parks.id };
    await assignItem(t.store, { ...base, itemType: 'commitment', itemId: items.commitmentId });
    await assignItem(t.store, { ...base, itemType: 'measure', itemId: items.measureId, role: 'support' });
    await expect(removeDepartment(t.store, parks.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { assignments: 2, lead: 1, support: 1, plans: [plan.planId] },
    });
    expect((await listDepartments(t.store)).some((d) => d.id === parks.id)).toBe(true);
  });

  it('moves the assignments to another department, then the exported table imports unchanged', async () => {
    const old = await createDepartment(t.store, { name: '旧绿化处' });
    const next = await createDepartment(t.store, { name: '新绿化处' });
    const base = { planId: plan.planId, departmentId: old.id };
    await assignItem(t.store, { ...base, itemType: 'indicator', itemId: plan.indicators.新增公园 });
    await assignItem(t.store, {
      planId: plan.planId,
      departmentId: next.id,
      itemType: 'project',
      itemId: items.projectId,
      role: 'support',
    });
    await assignItem(t.store, { ...base, itemType: 'project', itemId: items.projectId });
    expect(await removeDepartment(t.store, old.id, { reassignTo: next.id })).toEqual({ reassigned: 2 });
    const rows = await listAssignments(t.store, plan.planId, { departmentId: next.id });
    expect(rows.map((a) => [a.itemType, a.role])).toEqual([
      ['indicator', 'lead'],
      ['project', 'lead'],
    ]);
    expect((await listAssignments(t.store, plan.planId, { departmentId: old.id })).length).toBe(0);
    const due = await listDueItems(t.store, { planId: plan.planId, asOf: '2026-10-20' });
    expect(due.some((d) => d.departmentId === old.id)).toBe(false);
    const exported = await exportTaskDivisionXlsx(t.store, plan.planId);
    await expect(importTaskDivision(t.store, plan.planId, exported)).resolves.toMatchObject({
      format: 'xlsx',
    });
  });

  it('refuses to reassign to itself or to an unknown department', async () => {
    const d = await createDepartment(t.store, { name: '临时专班' });
    await assignItem(t.store, {
      planId: plan.planId,
      departmentId: d.id,
      itemType: 'measure',
      itemId: items.measureId,
    });
    await expect(removeDepartment(t.store, d.id, { reassignTo: d.id })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(removeDepartment(t.store, d.id, { reassignTo: 999999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
