import { beforeAll, expect, it } from 'vitest';
import { signIn } from '../../../test/support/auth.ts';
import {
  addPlanItems,
  type BuiltPlan,
  buildCollectionPlan,
} from '../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { seedDepartments } from '../../services/collection/departments/manage-departments.ts';
import { buildApp } from '../app.ts';

describeEachDatabase('collection routes', (t) => {
  let plan: BuiltPlan;
  let items: Awaited<ReturnType<typeof addPlanItems>>;
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store, { regionCode: '310000' });
    items = await addPlanItems(t.store, plan.planId);
    await seedDepartments(t.store);
  });

  it('assigns, reports progress, lists due items and serves the template', async () => {
    const app = await buildApp({ store: t.store });
    const api = await signIn(app);
    const { departments } = (await api.inject({ url: '/api/departments' })).json();
    const greening = departments.find((d: { name: string }) => d.name === '绿化市容局').id;
    const assigned = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/assignments`,
      payload: { itemType: 'indicator', itemId: plan.indicators.新增公园, departmentId: greening },
    });
    expect(assigned.statusCode).toBe(201);

    const delayed = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/progress/measure/${items.measureId}`,
      payload: { status: 'delayed', text: '滞后' },
    });
    expect(delayed.statusCode).toBe(400);
    expect(delayed.json().error.details).toMatchObject({ field: 'delayReason' });
    const project = await api.inject({
      method: 'POST',
      url: `/api/plans/${plan.planId}/progress/project/${items.projectId}`,
      payload: { stage: 'under_construction', investmentCompleted: 12.5 },
    });
    expect(project.statusCode).toBe(201);

    const due = (await api.inject({ url: `/api/plans/${plan.planId}/due?asOf=2026-10-25` })).json();
    expect(due.departments[0]).toMatchObject({ departmentName: '绿化市容局' });

    const template = await api.inject({
      url: `/api/plans/${plan.planId}/template?period=2026Q3&departmentId=${greening}`,
    });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('spreadsheetml');
    expect([...template.rawPayload.subarray(0, 2)]).toEqual([0x50, 0x4b]);

    const division = await api.inject({ url: `/api/plans/${plan.planId}/task-division?format=docx` });
    expect(division.headers['content-type']).toContain('wordprocessingml');

    expect((await api.inject({ url: '/api/openapi.json' })).statusCode).toBe(200);
    await app.close();
  });
});
