import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
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
import { collectionActor } from './collection-actor.ts';
import { errors, noContent } from './common.schema.ts';
import {
  assignmentBody,
  assignmentsQuery,
  assignmentsResponse,
  departmentBody,
  departmentParams,
  departmentPatch,
  departmentSchema,
  departmentsResponse,
  itemSuggestionsResponse,
  planParams,
  removeDepartmentQuery,
  suggestionsResponse,
  suggestQuery,
  unassignmentBody,
} from './departments.schema.ts';

export async function departmentRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['collection'];

  app.get(
    '/departments',
    {
      config: { action: 'departments.read' },
      schema: {
        tags,
        summary: '部门列表 (departments)',
        response: { 200: departmentsResponse, ...errors() },
      },
    },
    async () => ({ departments: await listDepartments(app.store) }),
  );

  app.post(
    '/departments',
    {
      config: { action: 'departments.manage' },
      schema: {
        tags,
        summary: '添加部门 (add a department)',
        body: departmentBody,
        response: { 201: departmentSchema, ...errors(404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createDepartment(app.store, request.body)),
  );

  app.patch(
    '/departments/:departmentId',
    {
      config: { action: 'departments.manage' },
      schema: {
        tags,
        summary: '修改部门 (edit a department)',
        params: departmentParams,
        body: departmentPatch,
        response: { 200: departmentSchema, ...errors(404, 409) },
      },
    },
    async (request) => updateDepartment(app.store, request.params.departmentId, request.body),
  );

  app.delete(
    '/departments/:departmentId',
    {
      config: { action: 'departments.manage' },
      schema: {
        tags,
        summary: '停用部门 (hide a department)',
        description:
          'Refused (409 CONFLICT, `details.assignments` = how many live items it still leads or supports) unless `reassignTo` names the department that takes them over (a lead stays a lead). Its past reports stay readable.',
        params: departmentParams,
        querystring: removeDepartmentQuery,
        response: { 204: noContent, ...errors(404, 409) },
      },
    },
    async (request, reply) => {
      await removeDepartment(app.store, request.params.departmentId, {
        reassignTo: request.query.reassignTo,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/departments/suggest',
    {
      config: { action: 'departments.read' },
      schema: {
        tags,
        summary: '按关键词建议部门 (suggest departments for a text)',
        querystring: suggestQuery,
        response: { 200: suggestionsResponse, ...errors() },
      },
    },
    async (request) => ({ suggestions: await suggestDepartments(app.store, request.query.text) }),
  );

  app.get(
    '/plans/:id/assignments',
    {
      config: { action: 'assignments.read' },
      schema: {
        tags,
        summary: '任务分工 (who leads and supports each item)',
        params: planParams,
        querystring: assignmentsQuery,
        response: { 200: assignmentsResponse, ...errors(404) },
      },
    },
    async (request) => ({ assignments: await listAssignments(app.store, request.params.id, request.query) }),
  );

  app.get(
    '/plans/:id/assignments/suggestions',
    {
      config: { action: 'assignments.read' },
      schema: {
        tags,
        summary: '未分配条目的建议 (suggestions for unassigned items, to confirm)',
        params: planParams,
        response: { 200: itemSuggestionsResponse, ...errors(404) },
      },
    },
    async (request) => ({ suggestions: await suggestAssignments(app.store, request.params.id) }),
  );

  app.post(
    '/plans/:id/assignments',
    {
      config: { action: 'assignments.manage' },
      schema: {
        tags,
        summary: '分配牵头/配合单位 (assign an item)',
        params: planParams,
        body: assignmentBody,
        response: { 201: assignmentsResponse, ...errors(404, 409) },
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
      config: { action: 'assignments.manage' },
      schema: {
        tags,
        summary: '取消分配 (remove an assignment)',
        params: planParams,
        body: unassignmentBody,
        response: { 204: noContent, ...errors(404) },
      },
    },
    async (request, reply) => {
      await unassignItem(app.store, { planId: request.params.id, ...request.body });
      return reply.code(204).send(null);
    },
  );
}
