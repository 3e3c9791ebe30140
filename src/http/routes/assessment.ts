import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../errors/app-error.ts';
import { assessPlan } from '../../services/assessment/assess-plan.ts';
import {
  recordAssignment,
  recordJudgement,
  setIndicatorThresholds,
  setPlanThresholds,
} from '../../services/assessment/record-indicator-inputs.ts';
import { todayInChina } from '../../services/validation.ts';
import {
  assessedItemParams,
  assignmentResponse,
  assignmentSchema,
  indicatorParams,
  indicatorThresholdsResponse,
  itemAssessmentSchema,
  judgementResponse,
  judgementSchema,
  planParams as params,
  planAssessmentSchema,
  planThresholdsResponse,
  assessmentQuery as query,
  thresholdsBody,
} from './assessment.schema.ts';
import { errors, refuseBadParams } from './common.schema.ts';

export async function assessmentRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/plans/:id/assessment',
    {
      config: { action: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '规划执行评估 (assessment of every item as of a date, with roll-ups)',
        params,
        querystring: query,
        response: { 200: planAssessmentSchema, ...errors(404) },
      },
    },
    async (request) => {
      const { asOf = todayInChina(), knownAt } = request.query;
      const r = await assessPlan(app.store, request.params.id, { asOf, knownAt });
      return { asOf: r.asOf, knownAt: r.knownAt, summary: r.summary, items: r.items };
    },
  );

  app.get(
    '/plans/:id/assessment/:type/:itemId',
    {
      config: { action: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '单项评估详情 (one item: status, pace, projection, explanation)',
        params: assessedItemParams,
        querystring: query,
        response: { 200: itemAssessmentSchema, ...errors(404) },
      },
    },
    async (request) => {
      const { asOf = todayInChina(), knownAt } = request.query;
      const { id, type, itemId } = request.params;
      const r = await assessPlan(app.store, id, { asOf, knownAt, only: { type, id: itemId } });
      const item = r.items[0];
      if (!item) throw notFound(`条目 (${type})`, itemId);
      return { asOf: r.asOf, knownAt: r.knownAt, item };
    },
  );
}

export async function assessmentInputRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/plans/:id/indicators/:indicatorId/judgements',
    {
      config: { action: 'indicator.judge' },
      schema: {
        tags: ['assessment'],
        summary: '记录定性指标的人工研判 (record a judgement of a qualitative target)',
        params: indicatorParams,
        body: judgementSchema,
        response: { 201: judgementResponse, ...errors(404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordJudgement(app.store, request.params.id, request.params.indicatorId, request.body)),
  );

  app.post(
    '/plans/:id/indicators/:indicatorId/assignments',
    {
      config: { action: 'indicator.assign-value' },
      schema: {
        tags: ['assessment'],
        summary: '录入上级下达的目标值 (enter the value assigned to an external target)',
        params: indicatorParams,
        body: assignmentSchema,
        response: { 201: assignmentResponse, ...errors(404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordAssignment(app.store, request.params.id, request.params.indicatorId, request.body)),
  );

  app.put(
    '/plans/:id/thresholds',
    {
      config: { action: 'thresholds.set' },
      schema: {
        tags: ['assessment'],
        summary: '设置规划的评估阈值 (plan-level thresholds; null restores the defaults)',
        params,
        body: thresholdsBody,
        response: { 200: planThresholdsResponse, ...errors(404) },
      },
      // The service validates again and adds range and consistency problems, so one 400 lists
      // every field to fix rather than the schema's first.
      attachValidation: true,
    },
    async (request) => {
      refuseBadParams(request);
      return setPlanThresholds(app.store, request.params.id, request.body);
    },
  );

  app.put(
    '/plans/:id/indicators/:indicatorId/thresholds',
    {
      config: { action: 'thresholds.set' },
      schema: {
        tags: ['assessment'],
        summary: "设置指标的评估阈值 (indicator-level thresholds over the plan's; null inherits them)",
        params: indicatorParams,
        body: thresholdsBody,
        response: { 200: indicatorThresholdsResponse, ...errors(404) },
      },
      attachValidation: true,
    },
    async (request) => {
      refuseBadParams(request);
      return setIndicatorThresholds(app.store, request.params.id, request.params.indicatorId, request.body);
    },
  );
}
