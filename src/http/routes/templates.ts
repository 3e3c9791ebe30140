import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors/app-error.ts';
import {
  buildDepartmentTemplate,
  importDepartmentTemplate,
} from '../../services/collection/templates/department-template.ts';
import {
  exportTaskDivisionDocx,
  exportTaskDivisionXlsx,
  importTaskDivisionXlsx,
} from '../../services/collection/templates/task-division.ts';
import { collectionActor } from './collection-actor.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const planParams = z.object({ id: z.coerce.number().int().positive() });

function attachment(name: string): string {
  return `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function templateRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['collection'];

  app.get(
    '/plans/:id/template',
    {
      schema: {
        tags,
        summary: '部门填报模板 (Excel form for a department and period)',
        params: planParams,
        querystring: z.object({
          period: z.string(),
          departmentId: z.coerce.number().int().positive().optional(),
        }),
      },
    },
    async (request, reply) => {
      const t = await buildDepartmentTemplate(app.store, { planId: request.params.id, ...request.query });
      return reply.type(XLSX).header('content-disposition', attachment(t.filename)).send(t.bytes);
    },
  );

  app.post(
    '/plans/:id/template',
    {
      schema: {
        tags,
        summary: '上传填好的模板 (upload a filled template; blank rows skipped; atomic)',
        params: planParams,
      },
    },
    async (request, reply) => {
      const file = await request.file();
      if (!file) throw new AppError('BAD_REQUEST', '缺少上传文件 (multipart field "file" missing)');
      const actor = collectionActor(request);
      const result = await importDepartmentTemplate(
        app.store,
        { bytes: await file.toBuffer(), filename: file.filename },
        {
          planId: request.params.id,
          by: actor.by,
          submitFor: actor.status === 'submitted' ? { departmentId: actor.departmentId } : undefined,
        },
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/plans/:id/task-division',
    {
      schema: {
        tags,
        summary: '任务分工方案 (export to Excel or Word)',
        params: planParams,
        querystring: z.object({ format: z.enum(['xlsx', 'docx']).default('xlsx') }),
      },
    },
    async (request, reply) => {
      const docx = request.query.format === 'docx';
      const bytes = docx
        ? await exportTaskDivisionDocx(app.store, request.params.id)
        : await exportTaskDivisionXlsx(app.store, request.params.id);
      return reply
        .type(docx ? DOCX : XLSX)
        .header('content-disposition', attachment(`任务分工方案.${docx ? 'docx' : 'xlsx'}`))
        .send(bytes);
    },
  );

  app.post(
    '/plans/:id/task-division',
    { schema: { tags, summary: '导入任务分工方案 (import an edited table; atomic)', params: planParams } },
    async (request, reply) => {
      const file = await request.file();
      if (!file) throw new AppError('BAD_REQUEST', '缺少上传文件 (multipart field "file" missing)');
      return reply
        .code(201)
        .send(
          await importTaskDivisionXlsx(
            app.store,
            request.params.id,
            await file.toBuffer(),
            collectionActor(request).by,
          ),
        );
    },
  );
}
