import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors/app-error.ts';
import { assertItemType } from '../../services/collection/departments/plan-items.ts';
import {
  addAttachment,
  getAttachmentContent,
  listAttachments,
} from '../../services/collection/progress/attachments.ts';
import { readSingleUpload } from '../read-upload.ts';
import { sendFile } from '../send-file.ts';
import {
  attachmentItemParams,
  attachmentParams,
  attachmentSchema,
  attachmentsQuery,
  attachmentsResponse,
  planParams,
} from './attachments.schema.ts';
import { collectionActor } from './collection-actor.ts';
import { errors, fileResponse } from './common.schema.ts';
import { acceptEmptyJsonBodies } from './empty-json-body.ts';

/** Evidence (佐证材料) attached to an item or to one of its progress reports. */
export async function attachmentRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['collection'];
  acceptEmptyJsonBodies(app);

  app.post(
    '/plans/:id/attachments/:type/:itemId',
    {
      config: { action: 'attachments.add' },
      schema: {
        tags,
        summary: '上传佐证材料 (evidence: pdf/jpg/png/docx/xlsx, ≤ 10 MB; multipart field "file")',
        description:
          'Optional form field `progressReportId`: a progress report of the same item (404 when there is none). The content must match the extension (a workbook renamed .docx is refused, 415).',
        params: attachmentItemParams,
        response: { 201: attachmentSchema, ...errors(404, 413, 415) },
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
      config: { action: 'attachments.read' },
      schema: {
        tags,
        summary: '佐证材料列表 (attachments)',
        params: planParams,
        querystring: attachmentsQuery,
        response: { 200: attachmentsResponse, ...errors(404) },
      },
    },
    async (request) => ({
      attachments: await listAttachments(app.store, { planId: request.params.id, ...request.query }),
    }),
  );

  app.get(
    '/plans/:id/attachments/:attachmentId/content',
    {
      config: { action: 'attachments.read' },
      schema: {
        tags,
        summary: '下载佐证材料 (download)',
        params: attachmentParams,
        response: { 200: fileResponse('application/octet-stream'), ...errors(404) },
      },
    },
    async (request, reply) => {
      const a = await getAttachmentContent(app.store, request.params.id, request.params.attachmentId);
      return sendFile(reply, a.mediaType, a.filename, a.content);
    },
  );
}
