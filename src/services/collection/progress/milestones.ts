import { AppError } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { getPlanItem } from '../departments/plan-items.ts';

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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Replaces a project's milestones (开工, 主体完工, 竣工 …) with planned and actual dates. */
export async function setProjectMilestones(
  store: Store,
  planId: number,
  projectId: number,
  milestones: MilestoneInput[],
): Promise<MilestoneView[]> {
  await getPlanItem(store, planId, 'project', projectId);
  for (const m of milestones) {
    if (!m.name?.trim()) throw new AppError('VALIDATION_FAILED', '节点名称为空 (milestone name is empty)');
    for (const d of [m.plannedDate, m.actualDate])
      if (d && !DATE.test(d)) throw new AppError('VALIDATION_FAILED', `日期应为 YYYY-MM-DD: ${d}`);
  }
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
