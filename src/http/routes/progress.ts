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
  MEASURE_STATUS_ALIASES,
  MEASURE_STATUSES,
  PROJECT_STAGES,
  type ProgressInput,
  readMeasureStatus,
  recordProgress,
} from '../../services/collection/progress/record-progress.ts';
import { FREQUENCIES, setSchedule } from '../../services/collection/progress/schedules.ts';
import {
  createSubmission,
  getSubmission,
  listSubmissions,
  transitionSubmission,
} from '../../services/collection/progress/submissions.ts';
import { isoDate, text } from '../../services/validation.ts';
import { readSingleUpload } from '../read-upload.ts';
import { collectionActor } from './collection-actor.ts';

const planParams = z.object({ id: z.coerce.number().int().positive() });
const itemParams = planParams.extend({
  type: z.enum(['measure', 'commitment', 'project']),
  itemId: z.coerce.number().int().positive(),
});
const statusNames = Object.keys(MEASURE_STATUS_ALIASES);
const progressBody = z.object({
  period: z.string().max(40).nullish().describe('2026-06, 2026Q2, 2026H1, 2026'),
  text: text().nullish(),
  note: text().nullish(),
  status: z
    .string()
    .optional()
    .describe(
      `${MEASURE_STATUSES.join(' | ')}, or 推进中 | 已完成 | 滞后 (accepted: ${statusNames.join(', ')})`,
    ),
  delayReason: text().nullish(),
  remedy: text().nullish(),
  completedQuantity: z
    .number()
    .optional()
    .describe(
      'Commitments: completed to date, in `unit` (default: the unit the commitment is written in, 2550亿元 → 亿元)',
    ),
  unit: z
    .string()
    .max(20)
    .nullish()
    .describe('Unit of completedQuantity (default the commitment’s own unit)'),
  stage: z.enum(PROJECT_STAGES).optional(),
  investmentPlanned: z
    .number()
    .nullish()
    .describe('Projects: investment planned this year, in investmentUnit (亿元)'),
  investmentCompleted: z
    .number()
    .nullish()
    .describe('Projects: investment completed year to date, in investmentUnit (亿元)'),
  investmentUnit: z.string().max(20).nullish().describe('亿元 (default), 万元 or 元; stored in 亿元'),
  submissionId: z.number().int().positive().nullish(),
});

export async function progressRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['collection'];
  // `POST /submissions/1/submit` with Content-Type: application/json and no body is a body-less
  // action, not a bad request (this plugin's scope only).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const textBody = String(body);
    if (textBody.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(textBody));
    } catch (error) {
      const e = new AppError(
        'BAD_REQUEST',
        `请求体不是有效的 JSON (invalid JSON body): ${(error as Error).message}`,
      );
      done(e, undefined);
    }
  });

  app.post(
    '/plans/:id/progress/:type/:itemId',
    {
      schema: {
        tags,
        summary: '填报进展 (progress on a measure, commitment or project)',
        description:
          'Measures: status in_progress | done | delayed or 推进中 | 已完成 | 滞后 (delayed requires delayReason and remedy). Commitments: completedQuantity in `unit`, default the commitment’s written unit (2550亿元 → 亿元), stored in its base unit (元) and refused above 1000 × the target. Projects: stage, investmentPlanned and investmentCompleted in investmentUnit (default 亿元), stored in 亿元.',
        params: itemParams,
        body: progressBody,
      },
    },
    async (request, reply) => {
      const { id, type, itemId } = request.params;
      const actor = collectionActor(request);
      const b = request.body;
      const common = { ...b, planId: id, itemId, by: actor.by, departmentId: actor.departmentId };
      if (b.status !== undefined && !readMeasureStatus(b.status))
        throw new AppError(
          'VALIDATION_FAILED',
          `status 应为 ${MEASURE_STATUSES.join(' / ')} 或 推进中 / 已完成 / 滞后`,
          {
            field: 'status',
            value: b.status,
          },
        );
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
          milestones: z
            .array(
              z.object({
                name: text(200),
                plannedDate: isoDate.nullish(),
                actualDate: isoDate.nullish(),
                note: text().nullish(),
              }),
            )
            .max(200),
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
        description:
          'Optional form field `progressReportId`: a progress report of the same item (404 when there is none). The content must match the extension (a workbook renamed .docx is refused, 415).',
        params: planParams.extend({ type: z.string(), itemId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      const itemType = assertItemType(request.params.type);
      const file = await readSingleUpload(request);
      const field = file.fields.progressReportId?.trim();
      if (field && !/^[1-9]\d{0,15}$/.test(field))
        throw new AppError('VALIDATION_FAILED', `progressReportId 应为正整数: ${field}`, {
          field: 'progressReportId',
          value: field,
        });
      const view = await addAttachment(app.store, {
        planId: request.params.id,
        itemType,
        itemId: request.params.itemId,
        progressReportId: field ? Number(field) : null,
        filename: file.filename ?? 'upload',
        bytes: file.bytes,
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
          dueDay: z.number().int().min(0).max(366).optional(),
          graceDays: z.number().int().min(0).max(366).optional(),
          deadline: isoDate.nullish().describe('YYYY-MM-DD, a calendar date; null clears it'),
        }),
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
        description: 'Unknown plan or department: 404. `period` as 2026-06, 2026Q2 …',
        params: planParams,
        body: z.object({
          departmentId: z.number().int().positive().nullish(),
          period: z.string().max(40).nullish(),
        }),
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
        description:
          'No body is needed to submit or confirm (an empty JSON body is fine); `return` needs `{comment}`. Confirmed values are known to as-of reads from the confirmation time.',
        params: z.object({
          submissionId: z.coerce.number().int().positive(),
          action: z.enum(['submit', 'confirm', 'return']),
        }),
        body: z.object({ comment: text(2000).nullish() }).nullish(),
      },
    },
    async (request) =>
      transitionSubmission(app.store, request.params.submissionId, request.params.action, {
        by: collectionActor(request).by,
        comment: request.body?.comment,
      }),
  );
}
