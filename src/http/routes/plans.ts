import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors/app-error.ts';
import { createPlanItem, deletePlanItem, updatePlanItem } from '../../services/plans/edit-plan-item.ts';
import { getPlanDetail, getPlanSource } from '../../services/plans/get-plan.ts';
import { importPlan } from '../../services/plans/import-plan.ts';
import { listPlans } from '../../services/plans/list-plans.ts';
import { publishPlan } from '../../services/plans/publish-plan.ts';
import { namingFields } from '../../services/validation.ts';
import { readSingleUpload } from '../read-upload.ts';
import { errors, noContent } from './common.schema.ts';
import {
  anyItemParams,
  importPlanResponse,
  itemContracts,
  itemParams,
  planDetailSchema,
  planParams,
  planSourceSchema,
  planSummarySchema,
  plansResponse,
  planUploadBody,
} from './plans.schema.ts';

/** Reads the uploaded document: a multipart `file` field or a JSON body `{text, filename?}`. */
async function readUpload(
  request: FastifyRequest,
): Promise<{ bytes: Uint8Array; filename: string | null; publish: boolean }> {
  if (request.isMultipart()) {
    const upload = await readSingleUpload(request);
    return { bytes: upload.bytes, filename: upload.filename, publish: upload.fields.publish === 'true' };
  }
  const parsed = planUploadBody.safeParse(request.body);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      namingFields('请上传文件或提供 text 字段 (send a file or {text})', parsed.error.issues),
      { issues: parsed.error.issues },
    );
  }
  return {
    bytes: new TextEncoder().encode(parsed.data.text),
    filename: parsed.data.filename ?? null,
    publish: parsed.data.publish ?? false,
  };
}

export async function planRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/plans',
    {
      config: { action: 'plan.read' },
      schema: {
        tags: ['plans'],
        summary: '规划列表 (list plans)',
        response: { 200: plansResponse, ...errors() },
      },
    },
    async () => ({ plans: await listPlans(app.store) }),
  );

  app.post(
    '/plans',
    {
      config: { action: 'plan.import' },
      schema: {
        tags: ['plans'],
        summary: '上传规划文档 (upload a plan document → draft plan)',
        description:
          'multipart/form-data with a `file` field (.txt/.md UTF-8 or GB18030, .docx), or JSON `{text, filename?, publish?}`. Returns the parsed PlanDocument and the new plan id.',
        body: planUploadBody.optional(),
        response: { 201: importPlanResponse, ...errors(413, 415, 422) },
      },
      // The body is a JSON text or a multipart upload: readUpload validates whichever it is.
      attachValidation: true,
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      const result = await importPlan(app.store, upload);
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/plans/:id',
    {
      config: { action: 'plan.read' },
      schema: {
        tags: ['plans'],
        summary: '结构化规划 (the structured plan)',
        params: planParams,
        response: { 200: planDetailSchema, ...errors(404) },
      },
    },
    async (request) => getPlanDetail(app.store, request.params.id),
  );

  app.get(
    '/plans/:id/source',
    {
      config: { action: 'plan.read' },
      schema: {
        tags: ['plans'],
        summary: '原文 (the document text spans point into)',
        params: planParams,
        response: { 200: planSourceSchema, ...errors(404) },
      },
    },
    async (request) => getPlanSource(app.store, request.params.id),
  );

  app.post(
    '/plans/:id/publish',
    {
      config: { action: 'plan.publish' },
      schema: {
        tags: ['plans'],
        summary: '发布规划 (publish)',
        params: planParams,
        response: { 200: planSummarySchema, ...errors(404) },
      },
    },
    async (request) => publishPlan(app.store, request.params.id),
  );

  for (const type of ['indicator', 'commitment', 'project', 'measure'] as const) {
    const contract = itemContracts[type];
    app.post(
      `/plans/:id/items/${type}`,
      {
        config: { action: 'plan.edit' },
        schema: {
          tags: ['plans'],
          summary: `从原文选区添加条目 (add a ${type} from a text selection)`,
          params: planParams,
          body: contract.create,
          response: { 201: contract.item, ...errors(404) },
        },
      },
      async (request, reply) => {
        const item = await createPlanItem(app.store, request.params.id, type, request.body);
        return reply.code(201).send(item);
      },
    );

    app.patch(
      `/plans/:id/items/${type}/:itemId`,
      {
        config: { action: 'plan.edit' },
        schema: {
          tags: ['plans'],
          summary: `修改条目 (edit a ${type}; the previous state is kept as a revision)`,
          params: itemParams,
          body: contract.patch,
          response: { 200: contract.item, ...errors(404) },
        },
      },
      async (request) =>
        updatePlanItem(app.store, request.params.id, type, request.params.itemId, request.body),
    );
  }

  app.delete(
    '/plans/:id/items/:type/:itemId',
    {
      config: { action: 'plan.edit' },
      schema: {
        tags: ['plans'],
        summary: '删除条目 (remove an item)',
        params: anyItemParams,
        response: { 204: noContent, ...errors(404) },
      },
    },
    async (request, reply) => {
      await deletePlanItem(app.store, request.params.id, request.params.type, request.params.itemId);
      return reply.code(204).send(null);
    },
  );
}
