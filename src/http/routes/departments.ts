import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignItem,
  listAssignments,
  suggestAssignments,
  suggestDepartments,
  unassignItem,
} from '../../services/collection/departments/assign-items.ts';
import {
  createDepartment,
  listDepartments,
  removeDepartment,
  updateDepartment,
} from '../../services/collection/departments/manage-departments.ts';
import { ITEM_TYPES } from '../../services/collection/departments/plan-items.ts';
import { collectionActor } from './collection-actor.ts';

const departmentBody = z.object({
  name: z.string().min(1),
  shortName: z.string().nullish(),
  kind: z.string().optional(),
  regionCode: z.string().nullish(),
  keywords: z.array(z.string()).optional(),
});
const planParams = z.object({ id: z.coerce.number().int().positive() });
const assignmentBody = z.object({
  itemType: z.enum(ITEM_TYPES),
  itemId: z.number().int().positive(),
  departmentId: z.number().int().positive(),
  role: z.enum(['lead', 'support']).optional(),
});

export async function departmentRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['collection'];

  app.get('/departments', { schema: { tags, summary: '部门列表 (departments)' } }, async () => ({
    departments: await listDepartments(app.store),
  }));

  app.post(
    '/departments',
    { schema: { tags, summary: '添加部门 (add a department)', body: departmentBody } },
    async (request, reply) => reply.code(201).send(await createDepartment(app.store, request.body)),
  );

  app.patch(
    '/departments/:departmentId',
    {
      schema: {
        tags,
        summary: '修改部门 (edit a department)',
        params: z.object({ departmentId: z.coerce.number().int().positive() }),
        body: departmentBody.partial(),
      },
    },
    async (request) => updateDepartment(app.store, request.params.departmentId, request.body),
  );

  app.delete(
    '/departments/:departmentId',
    {
      schema: {
        tags,
        summary: '停用部门 (hide a department)',
        description:
          'Refused (409 CONFLICT, `details.assignments` = how many live items it still leads or supports) unless `reassignTo` names the department that takes them over (a lead stays a lead). Its past reports stay readable.',
        params: z.object({ departmentId: z.coerce.number().int().positive() }),
        querystring: z.object({ reassignTo: z.coerce.number().int().positive().optional() }),
      },
    },
    async (request, reply) => {
      await removeDepartment(app.store, request.params.departmentId, {
        reassignTo: request.query.reassignTo,
      });
      return reply.code(204).send();
    },
  );

  app.get(
    '/departments/suggest',
    {
      schema: {
        tags,
        summary: '按关键词建议部门 (suggest departments for a text)',
        querystring: z.object({ text: z.string().min(1) }),
      },
    },
    async (request) => ({ suggestions: await suggestDepartments(app.store, request.query.text) }),
  );

  app.get(
    '/plans/:id/assignments',
    {
      schema: {
        tags,
        summary: '任务分工 (who leads and supports each item)',
        params: planParams,
        querystring: z.object({
          departmentId: z.coerce.number().int().positive().optional(),
          itemType: z.string().optional(),
        }),
      },
    },
    async (request) => ({ assignments: await listAssignments(app.store, request.params.id, request.query) }),
  );

  app.get(
    '/plans/:id/assignments/suggestions',
    {
      schema: {
        tags,
        summary: '未分配条目的建议 (suggestions for unassigned items, to confirm)',
        params: planParams,
      },
    },
    async (request) => ({ suggestions: await suggestAssignments(app.store, request.params.id) }),
  );

  app.post(
    '/plans/:id/assignments',
    {
      schema: {
        tags,
        summary: '分配牵头/配合单位 (assign an item)',
        params: planParams,
        body: assignmentBody,
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        assignments: await assignItem(app.store, {
          planId: request.params.id,
          ...request.body,
          by: collectionActor(request).by,
        }),
      }),
  );

  app.delete(
    '/plans/:id/assignments',
    {
      schema: {
        tags,
        summary: '取消分配 (remove an assignment)',
        params: planParams,
        body: assignmentBody.omit({ role: true }),
      },
    },
    async (request, reply) => {
      await unassignItem(app.store, { planId: request.params.id, ...request.body });
      return reply.code(204).send();
    },
  );
}
