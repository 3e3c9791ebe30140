import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ReportFormat } from '../../reports/report.types.ts';
import { REPORT_CONTENT_TYPES } from '../../services/reports/generate-report.ts';
import { sendFile } from '../send-file.ts';
import { errors, fileResponse } from './common.schema.ts';
import { planParams, reportQuery } from './report.schema.ts';

export async function reportRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/plans/:id/report',
    {
      config: { action: 'reports.read' },
      schema: {
        tags: ['report'],
        summary: '计划执行情况报告 (the execution report as a download: docx, pdf, html, md, xlsx)',
        description:
          'Written from the same assessment GET /plans/:id/assessment returns. PDF needs LibreOffice on the server: without it 503 DEPENDENCY_MISSING names the Debian package.',
        params: planParams,
        querystring: reportQuery,
        response: { 200: fileResponse(...Object.values(REPORT_CONTENT_TYPES)), ...errors(404, 503) },
      },
    },
    async (request, reply) => {
      const { generateReport } = await import('../../services/reports/generate-report.ts');
      const { asOf, knownAt, lang } = request.query;
      const format = request.query.format as ReportFormat;
      const report = await generateReport(app.store, request.params.id, { asOf, knownAt, format, lang });
      return sendFile(reply, report.contentType, report.filename, report.bytes);
    },
  );
}
