import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../services/auth/actor.types.ts';
import type { Resource, Scope } from '../../services/auth/policies.ts';
import type { Store } from '../../store/open-database.ts';

type Params = Record<string, string | number | undefined>;

function id(value: unknown): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * What a request acts on, read from its URL and body by the conventions every route follows
 * (`:id` is the plan, `:type/:itemId` or `:projectId` an item, `:submissionId` a submission, a body
 * `departmentId` the department written for). Departments are looked up only when the policy
 * needs them: for a department-bound actor and a scoped action.
 */
export async function resolveResource(
  store: Store,
  request: FastifyRequest,
  actor: Actor,
  scope: Scope | undefined,
): Promise<Resource> {
  const params = (request.params ?? {}) as Params;
  const resource: Resource = {
    planId: id(params.id),
    verb: typeof params.action === 'string' ? params.action : undefined,
  };
  const departmentBound = actor.role === 'reporter' || actor.token?.departmentIds != null;
  if (!scope || !departmentBound) return resource;
  if (scope === 'item') {
    const itemType =
      params.type ??
      itemTypeInUrl(request.routeOptions.url) ??
      (params.projectId !== undefined ? 'project' : undefined);
    const itemId = id(params.itemId ?? params.projectId);
    if (resource.planId == null || !itemType || itemId == null) return { ...resource, departmentIds: [] };
    const rows = await store.db
      .selectFrom('item_assignments')
      .select('department_id')
      .where('plan_id', '=', resource.planId)
      .where('item_type', '=', String(itemType))
      .where('item_id', '=', itemId)
      .execute();
    return { ...resource, departmentIds: rows.map((r) => r.department_id) };
  }
  if (scope === 'department') {
    const body = (request.body ?? {}) as { departmentId?: unknown };
    const named = id(body.departmentId);
    const own = actor.departmentIds.length === 1 ? actor.departmentIds[0] : null;
    const department = named ?? own;
    return { ...resource, departmentIds: department == null ? [] : [department] };
  }
  const submissionId = id(params.submissionId);
  const submission =
    submissionId == null
      ? undefined
      : await store.db
          .selectFrom('submissions')
          .select(['plan_id', 'department_id'])
          .where('id', '=', submissionId)
          .executeTakeFirst();
  return {
    ...resource,
    planId: submission?.plan_id ?? resource.planId,
    departmentIds: submission?.department_id != null ? [submission.department_id] : [],
  };
}

const ITEM_TYPES = new Set(['indicator', 'measure', 'commitment', 'project']);

/** Routes per item type carry it in the URL itself: /plans/:id/progress/measure/:itemId. */
function itemTypeInUrl(url: string | undefined): string | undefined {
  const parts = (url ?? '').split('/');
  const before = parts[parts.indexOf(':itemId') - 1];
  return before && ITEM_TYPES.has(before) ? before : undefined;
}
