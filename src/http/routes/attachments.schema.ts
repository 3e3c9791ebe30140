/** The contract of evidence attachments (/api/plans/:id/attachments…). */
import { z } from 'zod';
import { id, planParams } from './common.schema.ts';

export { planParams };
export const attachmentItemParams = planParams.extend({ type: z.string(), itemId: id });
export const attachmentParams = planParams.extend({ attachmentId: id });
export const attachmentsQuery = z.object({
  itemType: z.string().optional(),
  itemId: z.coerce.number().int().positive().optional(),
});

export const attachmentSchema = z
  .object({
    id: z.number(),
    itemType: z.string(),
    itemId: z.number(),
    progressReportId: z.number().nullable(),
    filename: z.string(),
    mediaType: z.string(),
    size: z.number(),
    sha256: z.string(),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'Attachment' });
export const attachmentsResponse = z.object({ attachments: z.array(attachmentSchema) });
