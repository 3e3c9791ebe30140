import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listMilestones, setProjectMilestones } from '../../services/collection/progress/milestones.ts';
import { listProgress, recordProgress } from '../../services/collection/progress/record-progress.ts';
import { collectionActor } from './collection-actor.ts';
import { errors } from './common.schema.ts';
import { acceptEmptyJsonBodies } from './empty-json-body.ts';
import {
  milestoneParams,
  milestonesBody,
  milestonesQuery,
  milestonesResponse,
  planParams,
  progressBodies,
  progressItemParams,
  progressListResponse,
  progressQuery,
  progressViewSchema,
} from './progress.schema.ts';

const REPORT_DESCRIPTION = {
  measure:
    'status in_progress | done | delayed or 推进中 | 已完成 | 滞后 (delayed requires delayReason and remedy).',
  commitment:
    'completedQuantity in `unit`, default the commitment’s written unit (2550亿元 → 亿元), stored in its base unit (元) and refused above 1000 × the target.',
  project:
    'stage, investmentPlanned and investmentCompleted in investmentUnit (default 亿元), stored in 亿元.',
} as const;

/** Progress reports on measures, commitments and projects, and project milestones. */
export async function progressRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['collection'];
  acceptEmptyJsonBodies(app);

  for (const type of ['measure', 'commitment', 'project'] as const) {
    app.post(
      `/plans/:id/progress/${type}/:itemId`,
      {
        config: { action: 'progress.record' },
        schema: {
          tags,
          summary: `填报进展 (progress on a ${type})`,
          description: REPORT_DESCRIPTION[type],
          params: progressItemParams,
          body: progressBodies[type],
          response: { 201: progressViewSchema, ...errors(404) },
        },
      },
      async (request, reply) => {
        const { id, itemId } = request.params;
        const actor = collectionActor(request);
        const report = await recordProgress(app.store, {
          ...request.body,
          itemType: type,
          planId: id,
          itemId,
          by: actor.by,
          departmentId: actor.departmentId,
          awaitReview: actor.status === 'submitted',
        } as Parameters<typeof recordProgress>[1]);
        return reply.code(201).send(report);
      },
    );
  }

  app.get(
    '/plans/:id/progress',
    {
      config: { action: 'progress.read' },
      schema: {
        tags,
        summary: '进展历史 (progress history)',
        params: planParams,
        querystring: progressQuery,
        response: { 200: progressListResponse, ...errors(404) },
      },
    },
    async (request) => ({
      progress: await listProgress(app.store, {
        planId: request.params.id,
        ...request.query,
        includeUnconfirmed: request.query.includeUnconfirmed === 'true',
      }),
    }),
  );

  app.put(
    '/plans/:id/projects/:projectId/milestones',
    {
      config: { action: 'milestones.set' },
      schema: {
        tags,
        summary: '项目节点 (replace a project’s milestones)',
        params: milestoneParams,
        body: milestonesBody,
        response: { 200: milestonesResponse, ...errors(404) },
      },
    },
    async (request) => ({
      milestones: await setProjectMilestones(
        app.store,
        request.params.id,
        request.params.projectId,
        request.body.milestones,
      ),
    }),
  );

  app.get(
    '/plans/:id/milestones',
    {
      config: { action: 'progress.read' },
      schema: {
        tags,
        summary: '项目节点 (milestones)',
        params: planParams,
        querystring: milestonesQuery,
        response: { 200: milestonesResponse, ...errors(404) },
      },
    },
    async (request) => ({
      milestones: await listMilestones(app.store, request.params.id, request.query.projectId),
    }),
  );
}
