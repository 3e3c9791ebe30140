/** The contract of Excel forms and the 任务分工方案 (export and import). */
import { z } from 'zod';
import { planParams } from './common.schema.ts';

export { planParams };
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const templateQuery = z.object({
  period: z.string(),
  departmentId: z.coerce.number().int().positive().optional(),
});
export const divisionQuery = z.object({ format: z.enum(['xlsx', 'docx']).default('xlsx') });
export const divisionImportResponse = z.object({
  items: z.number(),
  assignments: z.number(),
  format: z.enum(['xlsx', 'docx']),
});
