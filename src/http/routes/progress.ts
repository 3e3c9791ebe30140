import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.ts';
import { assertItemType } from '../../services/collection/departments/plan-items.ts';
import {
  addAttachment,
  getAttachmentContent,
  listAttachments,
} from '../../services/collection/progress/attachments.ts';
import { listDueItems } from '../../services/collection/progress/list-due-items.ts';
import { listMilestones, setProjectMilestones } from '../../services/collection/progress/milestones.ts';
import {
  listProgress,
  MEASURE_STATUSES,
  PROJECT_STAGES,
  type ProgressInput,
  recordProgress,
} from '../../services/collection/progress/record-progress.ts';
import { FREQUENCIES, setSchedule } from '../../services/collection/progress/schedules.ts';
import {
  createSubmission,
  getSubmission,
  listSubmissions,
  transitionSubmission,
} from '../../services/collection/progress/submissions.ts';
import { isoDate } from '../../services/validation.ts';
import { collectionActor } from './collection-actor.ts';

const planParams = z.object({ id: z.coerce.number().int().positive() });
const itemParams = planParams.extend({
  type: z.enum(['measure', 'commitment', 'project']),
  itemId: z.coerce.number().int().positive(),
});
const progressBody = z.object({
  period: z.string().nullish(),
  text: z.string().nullish(),
  note: z.string().nullish(),
  status: z.enum(MEASURE_STATUSES).optional(),
  delayReason: z.string().nullish(),
  remedy: z.string().nullish(),
  completedQuantity: z.number().optional(),
  stage: z.enum(PROJECT_STAGES).optional(),
  investmentPlanned: z.number().nullish(),
  investmentCompleted: z.number().nullish(),
  submissionId: z.number().int().positive().nullish(),
});

export async function progressRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['collection'];

  app.post(
    '/plans/:id/progress/:type/:itemId',
    {
      schema: {
        tags,
        summary: '填报进展 (progress on a measure, commitment or project)',
        description:
          'Measures: status in_progress | done | delayed (delayed requires delayReason and remedy). Commitments: completedQuantity. Projects: stage, investmentPlanned, investmentCompleted (亿元).',
        params: itemParams,
        body: progressBody,
      },
    },
    async (request, reply) => {
      const { id, type, itemId } = request.params;
      const actor = collectionActor(request);
      const b = request.body;
      const common = { ...b, planId: id, itemId, by: actor.by, departmentId: actor.departmentId };
      let input: ProgressInput;
      if (type === 'measure') {
        if (!b.status)
          throw new AppError('VALIDATION_FAILED', 'status 必填 (status is required)', { field: 'status' });
        input = { ...common, itemType: 'measure', status: b.status };
      } else if (type === 'commitment') {
        if (b.completedQuantity === undefined)
          throw new AppError('VALIDATION_FAILED', 'completedQuantity 必填', { field: 'completedQuantity' });
        input = { ...common, itemType: 'commitment', completedQuantity: b.completedQuantity };
      } else {
        if (!b.stage)
          throw new AppError('VALIDATION_FAILED', 'stage 必填 (stage is required)', { field: 'stage' });
        input = { ...common, itemType: 'project', stage: b.stage };
      }
      return reply.code(201).send(await recordProgress(app.store, input));
    },
  );

  app.get(
    '/plans/:id/progress',
    {
      schema: {
        tags,
        summary: '进展历史 (progress history)',
        params: planParams,
        querystring: z.object({
          itemType: z.string().optional(),
          itemId: z.coerce.number().int().positive().optional(),
          includeUnconfirmed: z.enum(['true', 'false']).optional(),
        }),
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
      schema: {
        tags,
        summary: '项目节点 (replace a project’s milestones)',
        params: planParams.extend({ projectId: z.coerce.number().int().positive() }),
        body: z.object({
          milestones: z.array(
            z.object({
              name: z.string(),
              plannedDate: z.string().nullish(),
              actualDate: z.string().nullish(),
              note: z.string().nullish(),
            }),
          ),
        }),
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
      schema: {
        tags,
        summary: '项目节点 (milestones)',
        params: planParams,
        querystring: z.object({ projectId: z.coerce.number().int().positive().optional() }),
      },
    },
    async (request) => ({
      milestones: await listMilestones(app.store, request.params.id, request.query.projectId),
    }),
  );

  app.post(
    '/plans/:id/attachments/:type/:itemId',
    {
      schema: {
        tags,
        summary: '上传佐证材料 (evidence: pdf/jpg/png/docx/xlsx, ≤ 10 MB; multipart field "file")',
        params: planParams.extend({ type: z.string(), itemId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      const file = await request.file();
      if (!file) throw new AppError('BAD_REQUEST', '缺少上传文件 (multipart field "file" missing)');
      const bytes = await file.toBuffer();
      const progressReportId =
        Number((file.fields.progressReportId as { value?: string } | undefined)?.value) || null;
      const view = await addAttachment(app.store, {
        planId: request.params.id,
        itemType: assertItemType(request.params.type),
        itemId: request.params.itemId,
        progressReportId,
        filename: file.filename,
        bytes,
        by: collectionActor(request).by,
      });
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/plans/:id/attachments',
    {
      schema: {
        tags,
        summary: '佐证材料列表 (attachments)',
        params: planParams,
        querystring: z.object({
          itemType: z.string().optional(),
          itemId: z.coerce.number().int().positive().optional(),
        }),
      },
    },
    async (request) => ({
      attachments: await listAttachments(app.store, { planId: request.params.id, ...request.query }),
    }),
  );

  app.get(
    '/plans/:id/attachments/:attachmentId/content',
    {
      schema: {
        tags,
        summary: '下载佐证材料 (download)',
        params: planParams.extend({ attachmentId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      const a = await getAttachmentContent(app.store, request.params.id, request.params.attachmentId);
      return reply
        .type(a.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.filename)}`)
        .send(a.content);
    },
  );

  app.put(
    '/plans/:id/schedules/:type/:itemId',
    {
      schema: {
        tags,
        summary: '报送频率、截止日与宽限期 (reporting frequency, due day, grace period, deadline)',
        params: planParams.extend({ type: z.string(), itemId: z.coerce.number().int().positive() }),
        body: z.object({
          frequency: z.enum(FREQUENCIES).optional(),
          dueDay: z.number().int().optional(),
          graceDays: z.number().int().optional(),
          deadline: z.string().nullish(),
        }),
      },
    },
    async (request) =>
      setSchedule(app.store, {
        planId: request.params.id,
        itemType: assertItemType(request.params.type),
        itemId: request.params.itemId,
        ...request.body,
        deadline: request.body.deadline ?? undefined,
      }),
  );

  app.get(
    '/plans/:id/due',
    {
      schema: {
        tags,
        summary: '各部门到期、逾期与督办事项 (reminders and escalations per department)',
        params: planParams,
        querystring: z.object({
          asOf: isoDate.optional(),
          departmentId: z.coerce.number().int().positive().optional(),
          onlyOutstanding: z.enum(['true', 'false']).optional(),
        }),
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

  app.post(
    '/plans/:id/submissions',
    {
      schema: {
        tags,
        summary: '新建部门报送 (open a draft submission)',
        params: planParams,
        body: z.object({ departmentId: z.number().int().positive().nullish(), period: z.string().nullish() }),
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
      schema: {
        tags,
        summary: '报送列表 (submissions)',
        params: planParams,
        querystring: z.object({
          departmentId: z.coerce.number().int().positive().optional(),
          status: z.string().optional(),
        }),
      },
    },
    async (request) => ({
      submissions: await listSubmissions(app.store, { planId: request.params.id, ...request.query }),
    }),
  );

  app.get(
    '/submissions/:submissionId',
    {
      schema: {
        tags,
        summary: '报送详情 (a submission)',
        params: z.object({ submissionId: z.coerce.number().int().positive() }),
      },
    },
    async (request) => getSubmission(app.store, request.params.submissionId),
  );

  app.post(
    '/submissions/:submissionId/:action',
    {
      schema: {
        tags,
        summary: '提交、确认或退回报送 (submit, confirm, or return with comments)',
        params: z.object({
          submissionId: z.coerce.number().int().positive(),
          action: z.enum(['submit', 'confirm', 'return']),
        }),
        body: z.object({ comment: z.string().nullish() }).optional(),
      },
    },
    async (request) =>
      transitionSubmission(app.store, request.params.submissionId, request.params.action, {
        by: collectionActor(request).by,
        comment: request.body?.comment,
      }),
  );
}
