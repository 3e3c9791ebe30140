import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { assertItemType } from '../../services/collection/departments/plan-items.ts';
import { listDueItems } from '../../services/collection/progress/list-due-items.ts';
import { setSchedule } from '../../services/collection/progress/schedules.ts';
import { errors } from './common.schema.ts';
import {
  dueQuery,
  dueResponse,
  planParams,
  scheduleBody,
  scheduleParams,
  scheduleSchema,
} from './due.schema.ts';
import { acceptEmptyJsonBodies } from './empty-json-body.ts';

/** Reporting schedules, and what each department owes: due, overdue, escalated (督办). */
export async function dueRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['collection'];
  acceptEmptyJsonBodies(app);

  app.put(
    '/plans/:id/schedules/:type/:itemId',
    {
      config: { action: 'schedules.set' },
      schema: {
        tags,
        summary: '报送频率、截止日与宽限期 (reporting frequency, due day, grace period, deadline)',
        params: scheduleParams,
        body: scheduleBody,
        response: { 200: scheduleSchema, ...errors(404) },
      },
    },
    async (request) =>
      setSchedule(app.store, {
        planId: request.params.id,
        itemType: assertItemType(request.params.type),
        itemId: request.params.itemId,
        ...request.body,
      }),
  );

  app.get(
    '/plans/:id/due',
    {
      config: { action: 'due.read' },
      schema: {
        tags,
        summary: '各部门到期、逾期与督办事项 (reminders and escalations per department)',
        params: planParams,
        querystring: dueQuery,
        response: { 200: dueResponse, ...errors(404) },
      },
    },
    async (request) => ({
      departments: await listDueItems(app.store, {
        planId: request.params.id,
        asOf: request.query.asOf,
        departmentId: request.query.departmentId,
        onlyOutstanding: request.query.onlyOutstanding === 'true',
      }),
    }),
  );
}
