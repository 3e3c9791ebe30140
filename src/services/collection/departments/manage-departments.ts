import { AppError, notFound } from '../../../errors/app-error.ts';
import { uniqueViolation } from '../../../store/database-errors.ts';
import type { Store } from '../../../store/open-database.ts';
import { STARTER_DEPARTMENTS } from './starter-departments.ts';

export interface DepartmentView {
  id: number;
  name: string;
  shortName: string | null;
  kind: string;
  regionCode: string | null;
  keywords: string[];
}

function present(row: {
  id: number;
  name: string;
  short_name: string | null;
  kind: string;
  region_code: string | null;
  keywords_json: string | null;
}): DepartmentView {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    regionCode: row.region_code,
    keywords: row.keywords_json ? (JSON.parse(row.keywords_json) as string[]) : [],
  };
}

/** Adds the starter departments that are missing (by name); returns how many were added. */
export async function seedDepartments(store: Store): Promise<number> {
  const existing = new Set(
    (await store.db.selectFrom('departments').select('name').execute()).map((d) => d.name),
  );
  const now = new Date().toISOString();
  const missing = STARTER_DEPARTMENTS.map((d, i) => ({ ...d, order: i })).filter(
    (d) => !existing.has(d.name),
  );
  if (missing.length === 0) return 0;
  await store.db
    .insertInto('departments')
    .values(
      missing.map((d) => ({
        name: d.name,
        short_name: null,
        kind: 'bureau',
        region_code: null,
        created_at: now,
        keywords_json: JSON.stringify(d.keywords),
        sort_order: d.order,
        deleted_at: null,
      })),
    )
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  return missing.length;
}

export async function listDepartments(store: Store): Promise<DepartmentView[]> {
  const rows = await store.db
    .selectFrom('departments')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map(present);
}

export async function getDepartment(store: Store, id: number): Promise<DepartmentView> {
  const row = await store.db
    .selectFrom('departments')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('部门 (department)', id);
  return present(row);
}

export interface DepartmentInput {
  name: string;
  shortName?: string | null;
  kind?: string;
  regionCode?: string | null;
  keywords?: string[];
}

export async function createDepartment(store: Store, input: DepartmentInput): Promise<DepartmentView> {
  const name = input.name.trim();
  if (!name) throw new AppError('VALIDATION_FAILED', '部门名称为空 (department name is empty)');
  const clash = await store.db
    .selectFrom('departments')
    .select(['id', 'deleted_at'])
    .where('name', '=', name)
    .executeTakeFirst();
  if (clash && !clash.deleted_at)
    throw new AppError('CONFLICT', `部门已存在 (department exists): ${name}`, { id: clash.id });
  if (clash) {
    await store.db.updateTable('departments').set({ deleted_at: null }).where('id', '=', clash.id).execute();
    return updateDepartment(store, clash.id, input);
  }
  const row = await store.db
    .insertInto('departments')
    .values({
      name,
      short_name: input.shortName ?? null,
      kind: input.kind ?? 'bureau',
      region_code: input.regionCode ?? null,
      created_at: new Date().toISOString(),
      keywords_json: JSON.stringify(input.keywords ?? []),
      deleted_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getDepartment(store, row.id);
}

export async function updateDepartment(
  store: Store,
  id: number,
  input: Partial<DepartmentInput>,
): Promise<DepartmentView> {
  await getDepartment(store, id);
  const set: Record<string, unknown> = {};
  if (input.name !== undefined) set.name = input.name.trim();
  if (input.shortName !== undefined) set.short_name = input.shortName;
  if (input.kind !== undefined) set.kind = input.kind;
  if (input.regionCode !== undefined) set.region_code = input.regionCode;
  if (input.keywords !== undefined) set.keywords_json = JSON.stringify(input.keywords);
  if (Object.keys(set).length > 0) {
    try {
      await store.db.updateTable('departments').set(set).where('id', '=', id).execute();
    } catch (error) {
      // Only the name is unique: any other failure is what it is, not a name clash.
      if (uniqueViolation(error))
        throw new AppError('CONFLICT', `部门名称重复 (department name taken): ${input.name}`, {
          constraint: uniqueViolation(error),
        });
      throw error;
    }
  }
  return getDepartment(store, id);
}

/** The department's assignments on items that still exist (plan items not deleted). */
async function liveAssignments(
  store: Store,
  departmentId: number,
): Promise<Array<{ id: number; planId: number; itemType: string; itemId: number; role: string }>> {
  const tables = {
    indicator: 'indicators',
    measure: 'measures',
    commitment: 'commitments',
    project: 'projects',
  };
  const out: Array<{ id: number; planId: number; itemType: string; itemId: number; role: string }> = [];
  for (const [type, table] of Object.entries(tables) as Array<[string, 'indicators']>) {
    const rows = await store.db
      .selectFrom('item_assignments as a')
      .innerJoin(`${table} as t`, 't.id', 'a.item_id')
      .select(['a.id', 'a.plan_id', 'a.item_id', 'a.role'])
      .where('a.department_id', '=', departmentId)
      .where('a.item_type', '=', type)
      .where('t.deleted_at', 'is', null)
      .execute();
    for (const r of rows)
      out.push({ id: r.id, planId: r.plan_id, itemType: type, itemId: r.item_id, role: r.role });
  }
  return out;
}

/**
 * Hides a department; its past reports stay readable. A department that still leads or supports
 * live items is not removed (409, with the count): its items would have no one to report them,
 * and the exported 任务分工方案 would name a department an import no longer knows. Pass
 * `reassignTo` to move its assignments to another department first (a lead stays a lead).
 */
export async function removeDepartment(
  store: Store,
  id: number,
  options: { reassignTo?: number | null } = {},
): Promise<{ reassigned: number }> {
  await getDepartment(store, id);
  const live = await liveAssignments(store, id);
  const reassignTo = options.reassignTo ?? null;
  if (reassignTo === id)
    throw new AppError('VALIDATION_FAILED', '不能改派给同一部门 (reassignTo is the department itself)', {
      field: 'reassignTo',
    });
  if (live.length > 0 && reassignTo === null) {
    const lead = live.filter((a) => a.role === 'lead').length;
    throw new AppError(
      'CONFLICT',
      `该部门仍有 ${live.length} 项分工（牵头 ${lead} 项），请先改派 (still assigned to ${live.length} items: reassign them first)`,
      {
        assignments: live.length,
        lead,
        support: live.length - lead,
        plans: [...new Set(live.map((a) => a.planId))],
      },
    );
  }
  if (reassignTo !== null) await getDepartment(store, reassignTo);
  await store.db.transaction().execute(async (trx) => {
    for (const a of live) {
      const theirs = await trx
        .selectFrom('item_assignments')
        .select(['id', 'role'])
        .where('item_type', '=', a.itemType)
        .where('item_id', '=', a.itemId)
        .where('department_id', '=', reassignTo!)
        .executeTakeFirst();
      if (!theirs) {
        await trx
          .updateTable('item_assignments')
          .set({ department_id: reassignTo! })
          .where('id', '=', a.id)
          .execute();
        continue;
      }
      // Already on the item: it keeps the stronger role, the removed department's row goes.
      if (a.role === 'lead' && theirs.role !== 'lead')
        await trx.updateTable('item_assignments').set({ role: 'lead' }).where('id', '=', theirs.id).execute();
      await trx.deleteFrom('item_assignments').where('id', '=', a.id).execute();
    }
    await trx
      .updateTable('departments')
      .set({ deleted_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
  });
  return { reassigned: live.length };
}

/** A department by id or exact name (the CLI and the 任务分工 table name them). */
export async function findDepartment(store: Store, idOrName: string | number): Promise<DepartmentView> {
  if (typeof idOrName === 'number' || /^\d+$/.test(idOrName)) return getDepartment(store, Number(idOrName));
  const match = (await listDepartments(store)).find(
    (d) => d.name === idOrName.trim() || d.shortName === idOrName.trim(),
  );
  if (!match) throw notFound('部门 (department)', idOrName);
  return match;
}
