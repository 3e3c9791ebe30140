import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createSubmission,
  getSubmission,
  listSubmissions,
  transitionSubmission,
} from '../../services/collection/progress/submissions.ts';
import { collectionActor } from './collection-actor.ts';
import { errors } from './common.schema.ts';
import { acceptEmptyJsonBodies } from './empty-json-body.ts';
import {
  createSubmissionBody,
  planParams,
  submissionParams,
  submissionSchema,
  submissionsQuery,
  submissionsResponse,
  transitionBody,
  transitionParams,
} from './submissions.schema.ts';

/** A department's submission: opened, submitted, confirmed or returned by the plan office. */
export async function submissionRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['collection'];
  acceptEmptyJsonBodies(app);

  app.post(
    '/plans/:id/submissions',
    {
      config: { action: 'submissions.create' },
      schema: {
        tags,
        summary: '新建部门报送 (open a draft submission)',
        description: 'Unknown plan or department: 404. `period` as 2026-06, 2026Q2 …',
        params: planParams,
        body: createSubmissionBody,
        response: { 201: submissionSchema, ...errors(404) },
      },
    },
    async (request, reply) => {
      const actor = collectionActor(request);
      return reply.code(201).send(
        await createSubmission(app.store, {
          planId: request.params.id,
          departmentId: request.body.departmentId ?? actor.departmentId,
          period: request.body.period,
          by: actor.by,
        }),
      );
    },
  );

  app.get(
    '/plans/:id/submissions',
    {
      config: { action: 'submissions.read' },
      schema: {
        tags,
        summary: '报送列表 (submissions)',
        params: planParams,
        querystring: submissionsQuery,
        response: { 200: submissionsResponse, ...errors(404) },
      },
    },
    async (request) => ({
      submissions: await listSubmissions(app.store, { planId: request.params.id, ...request.query }),
    }),
  );

  app.get(
    '/submissions/:submissionId',
    {
      config: { action: 'submissions.read' },
      schema: {
        tags,
        summary: '报送详情 (a submission)',
        params: submissionParams,
        response: { 200: submissionSchema, ...errors(404) },
      },
    },
    async (request) => getSubmission(app.store, request.params.submissionId),
  );

  app.post(
    '/submissions/:submissionId/:action',
    {
      config: { action: 'submissions.transition' },
      schema: {
        tags,
        summary: '提交、确认或退回报送 (submit, confirm, or return with comments)',
        description:
          'No body is needed to submit or confirm (an empty JSON body is fine); `return` needs `{comment}`. Confirmed values are known to as-of reads from the confirmation time.',
        params: transitionParams,
        body: transitionBody,
        response: { 200: submissionSchema, ...errors(404, 409) },
      },
    },
    async (request) =>
      transitionSubmission(app.store, request.params.submissionId, request.params.action, {
        by: collectionActor(request).by,
        comment: request.body?.comment,
      }),
  );
}
