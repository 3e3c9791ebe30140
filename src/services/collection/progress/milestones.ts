import { AppError } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { isoDate } from '../../validation.ts';
import { assertPlan, getPlanItem } from '../departments/plan-items.ts';

export interface MilestoneInput {
  name: string;
  plannedDate?: string | null;
  actualDate?: string | null;
  note?: string | null;
}

export interface MilestoneView extends Required<MilestoneInput> {
  id: number;
  projectId: number;
}

/** Replaces a project's milestones (开工, 主体完工, 竣工 …) with planned and actual dates. */
export async function setProjectMilestones(
  store: Store,
  planId: number,
  projectId: number,
  milestones: MilestoneInput[],
): Promise<MilestoneView[]> {
  await getPlanItem(store, planId, 'project', projectId);
  milestones.forEach((m, i) => {
    if (!m.name?.trim())
      throw new AppError('VALIDATION_FAILED', '节点名称为空 (milestone name is empty)', {
        field: `milestones.${i}.name`,
      });
    for (const [key, d] of [
      ['plannedDate', m.plannedDate],
      ['actualDate', m.actualDate],
    ] as const)
      if (d && !isoDate.safeParse(d).success)
        throw new AppError('VALIDATION_FAILED', `日期应为有效的 YYYY-MM-DD (not a calendar date): ${d}`, {
          field: `milestones.${i}.${key}`,
          value: d,
        });
  });
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('project_milestones').where('project_id', '=', projectId).execute();
    if (milestones.length)
      await trx
        .insertInto('project_milestones')
        .values(
          milestones.map((m, i) => ({
            plan_id: planId,
            project_id: projectId,
            name: m.name.trim(),
            planned_date: m.plannedDate ?? null,
            actual_date: m.actualDate ?? null,
            note: m.note ?? null,
            sort_order: i,
          })),
        )
        .execute();
  });
  return listMilestones(store, planId, projectId);
}

export async function listMilestones(
  store: Store,
  planId: number,
  projectId?: number,
): Promise<MilestoneView[]> {
  await assertPlan(store, planId);
  let q = store.db.selectFrom('project_milestones').selectAll().where('plan_id', '=', planId);
  if (projectId !== undefined) q = q.where('project_id', '=', projectId);
  return (await q.orderBy('project_id').orderBy('sort_order').execute()).map((m) => ({
    id: m.id,
    projectId: m.project_id,
    name: m.name,
    plannedDate: m.planned_date,
    actualDate: m.actual_date,
    note: m.note,
  }));
}
