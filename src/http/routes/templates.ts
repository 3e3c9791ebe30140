import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  buildDepartmentTemplate,
  importDepartmentTemplate,
} from '../../services/collection/templates/department-template.ts';
import { importTaskDivision } from '../../services/collection/templates/import-task-division.ts';
import {
  exportTaskDivisionDocx,
  exportTaskDivisionXlsx,
} from '../../services/collection/templates/task-division.ts';
import { readSingleUpload } from '../read-upload.ts';
import { sendFile } from '../send-file.ts';
import { collectionActor } from './collection-actor.ts';
import { errors, fileResponse } from './common.schema.ts';
import { importResultSchema } from './observations.schema.ts';
import {
  DOCX,
  divisionImportResponse,
  divisionQuery,
  planParams,
  templateQuery,
  XLSX,
} from './templates.schema.ts';

export async function templateRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['collection'];

  app.get(
    '/plans/:id/template',
    {
      config: { action: 'template.read' },
      schema: {
        tags,
        summary: '部门填报模板 (Excel form for a department and period)',
        description:
          'The 单位 column is pre-filled with the unit a blank cell would mean (the indicator’s own); it is left blank where it must be filled (amounts of growth-target indicators).',
        params: planParams,
        querystring: templateQuery,
        response: { 200: fileResponse(XLSX), ...errors(404) },
      },
    },
    async (request, reply) => {
      const t = await buildDepartmentTemplate(app.store, { planId: request.params.id, ...request.query });
      return sendFile(reply, XLSX, t.filename, t.bytes);
    },
  );

  app.post(
    '/plans/:id/template',
    {
      config: { action: 'template.upload' },
      schema: {
        tags,
        summary: '上传填好的模板 (upload a filled template; blank rows skipped; atomic)',
        description:
          'A blank 单位 means the unit the indicator’s target is written in (万人, 亿元; % for 累计增速); growth-target indicators (增长5%左右) need the unit of an amount written (亿元). Percent-formatted cells (4.2%) import as 4.2, date-formatted periods as the month they show.',
        params: planParams,
        response: { 201: importResultSchema, ...errors(404, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const file = await readSingleUpload(request);
      const actor = collectionActor(request);
      const result = await importDepartmentTemplate(
        app.store,
        { bytes: file.bytes, filename: file.filename },
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
      config: { action: 'template.read' },
      schema: {
        tags,
        summary: '任务分工方案 (export to Excel or Word)',
        params: planParams,
        querystring: divisionQuery,
        response: { 200: fileResponse(XLSX, DOCX), ...errors(404) },
      },
    },
    async (request, reply) => {
      const docx = request.query.format === 'docx';
      const bytes = docx
        ? await exportTaskDivisionDocx(app.store, request.params.id)
        : await exportTaskDivisionXlsx(app.store, request.params.id);
      return sendFile(reply, docx ? DOCX : XLSX, `任务分工方案.${docx ? 'docx' : 'xlsx'}`, bytes);
    },
  );

  app.post(
    '/plans/:id/task-division',
    {
      config: { action: 'task-division.import' },
      schema: {
        tags,
        summary: '导入任务分工方案 (import the edited .xlsx or .docx export; atomic)',
        description:
          'Multipart field `file`: the Excel or Word 任务分工方案 as exported (columns 序号, 类型, 编号, 内容, 牵头单位, 配合单位, 完成时限, 报送频率). Any bad row writes nothing: 422 IMPORT_INVALID with `details.errors[{row, column, value, reason, reasonCode}]` (row = sheet row or table row, header = 1).',
        params: planParams,
        response: { 201: divisionImportResponse, ...errors(404, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const file = await readSingleUpload(request);
      return reply
        .code(201)
        .send(
          await importTaskDivision(app.store, request.params.id, file.bytes, collectionActor(request).by),
        );
    },
  );
}
