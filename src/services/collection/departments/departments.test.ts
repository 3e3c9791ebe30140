import { beforeAll, expect, it } from 'vitest';
import {
  addPlanItems,
  type BuiltPlan,
  buildCollectionPlan,
} from '../../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../../test/support/databases.ts';
import { assignItem, listAssignments, suggestAssignments, suggestDepartments } from './assign-items.ts';
import {
  createDepartment,
  listDepartments,
  removeDepartment,
  seedDepartments,
  updateDepartment,
} from './manage-departments.ts';
import { STARTER_DEPARTMENTS } from './starter-departments.ts';

describeEachDatabase('departments and assignments', (t) => {
  let plan: BuiltPlan;
  let items: Awaited<ReturnType<typeof addPlanItems>>;
  beforeAll(async () => {
    plan = await buildCollectionPlan(t.store);
    items = await addPlanItems(t.store, plan.planId);
  });

  it('seeds the starter list once, without city prefixes', async () => {
    expect(await seedDepartments(t.store)).toBe(STARTER_DEPARTMENTS.length);
    expect(await seedDepartments(t.store)).toBe(0);
    const names = (await listDepartments(t.store)).map((d) => d.name);
    expect(names.slice(0, 3)).toEqual(['发展改革委', '经济信息化委', '商务委']);
    expect(names.some((n) => /^(上海|北京)/.test(n))).toBe(false);
  });

  it('creates, renames and removes a department; names stay unique', async () => {
    const d = await createDepartment(t.store, { name: '浦东新区', kind: 'district', regionCode: '310115' });
    await expect(createDepartment(t.store, { name: '浦东新区' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await updateDepartment(t.store, d.id, { keywords: ['张江'] })).keywords).toEqual(['张江']);
    await removeDepartment(t.store, d.id);
    expect((await listDepartments(t.store)).some((x) => x.id === d.id)).toBe(false);
  });

  const suggestions: Array<[string, string]> = [
    ['新增公园100座', '绿化市容局'],
    ['新增供应保障性租赁住房5万套(间)', '住房城乡建设管理委'],
    ['城镇新增就业人数60万人以上', '人力资源社会保障局'],
    ['细颗粒物(PM<sub>2.5</sub>)平均浓度', '生态环境局'],
    ['轨道交通19号线', '交通委'],
  ];
  for (const [text, department] of suggestions) {
    it(`suggests ${department} for ${text}`, async () => {
      expect((await suggestDepartments(t.store, text))[0]?.departmentName).toBe(department);
    });
  }

  it('assigns one lead and several supports; a new lead replaces the old', async () => {
    const departments = await listDepartments(t.store);
    const id = (name: string) => departments.find((d) => d.name === name)!.id;
    const base = { planId: plan.planId, itemType: 'measure' as const, itemId: items.measureId };
    await assignItem(t.store, { ...base, departmentId: id('规划资源局') });
    await assignItem(t.store, { ...base, departmentId: id('绿化市容局') });
    await assignItem(t.store, { ...base, departmentId: id('交通委'), role: 'support' });
    expect(
      (await listAssignments(t.store, plan.planId, { itemType: 'measure' })).map((a) => [
        a.departmentName,
        a.role,
      ]),
    ).toEqual([
      ['绿化市容局', 'lead'],
      ['交通委', 'support'],
    ]);
    await expect(
      assignItem(t.store, { ...base, itemId: 999999, departmentId: id('交通委') }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const open = await suggestAssignments(t.store, plan.planId);
    expect(open.some((o) => o.item.type === 'measure')).toBe(false);
    expect(open.find((o) => o.item.type === 'commitment')?.suggestions[0].departmentName).toBe('绿化市容局');
  });
});
