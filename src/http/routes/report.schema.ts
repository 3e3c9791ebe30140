/** The contract of the execution report download (执行情况报告). */
import { z } from 'zod';
import { REPORT_FORMATS } from '../../reports/report.types.ts';
import { isoDate } from '../../services/validation.ts';
import { planParams } from './common.schema.ts';

export { planParams };

export const reportQuery = z.object({
  asOf: isoDate.describe('reference date YYYY-MM-DD: 2026-06-30 gives the 上半年 report'),
  format: z
    .enum(REPORT_FORMATS as [string, ...string[]])
    .default('docx')
    .describe('docx | pdf | html | md | xlsx'),
  lang: z.enum(['zh', 'en']).default('zh'),
  knownAt: z
    .union([z.string().datetime({ offset: true }), isoDate])
    .optional()
    .describe(
      'only data recorded by then (ISO datetime with offset, or a date = end of that day, China time)',
    ),
});
