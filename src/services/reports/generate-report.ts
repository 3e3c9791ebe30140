import type { Lang } from '../../i18n/index.ts';
import { buildReportModel } from '../../reports/build-report-model.ts';
import type { ReportFormat, ReportModel } from '../../reports/report.types.ts';
import type { Store } from '../../store/open-database.ts';
import { type LoadReportOptions, loadReportData } from './load-report-data.ts';

export interface GenerateReportOptions extends LoadReportOptions {
  format: ReportFormat;
  lang?: Lang;
  /** The clock (date line, document properties); default now. */
  now?: Date;
}

export interface GeneratedReport {
  bytes: Buffer;
  filename: string;
  contentType: string;
}

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Renders a model in one format; the heavy libraries load only when their format is asked for. */
export async function renderReport(model: ReportModel, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'md':
      return Buffer.from((await import('../../reports/render-markdown.ts')).renderMarkdown(model), 'utf8');
    case 'html':
      return Buffer.from((await import('../../reports/render-html.ts')).renderHtml(model), 'utf8');
    case 'docx':
      return (await import('../../reports/render-docx.ts')).renderDocx(model);
    case 'xlsx':
      return (await import('../../reports/render-xlsx.ts')).renderXlsx(model);
    case 'pdf': {
      const docx = await (await import('../../reports/render-docx.ts')).renderDocx(model);
      return (await import('./convert-to-pdf.ts')).convertDocxToPdf(docx);
    }
  }
}

/**
 * The execution report of a plan as of a date, in one format: loads the data (the assessment the
 * API returns, reasons, remedies, overdue items), builds the model, renders it.
 */
export async function generateReport(
  store: Store,
  planId: number,
  options: GenerateReportOptions,
): Promise<GeneratedReport & { model: ReportModel }> {
  const input = await loadReportData(store, planId, options);
  const model = buildReportModel(input, { lang: options.lang ?? 'zh', now: options.now ?? new Date() });
  const bytes = await renderReport(model, options.format);
  return {
    bytes,
    filename: `${model.fileStem}.${options.format}`,
    contentType: REPORT_CONTENT_TYPES[options.format],
    model,
  };
}
