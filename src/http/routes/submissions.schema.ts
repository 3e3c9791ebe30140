/** The contract of department submissions and their review (/api/plans/:id/submissions, /api/submissions…). */
import { z } from 'zod';
import { text } from '../../services/validation.ts';
import { boundedText } from '../schema/text.ts';
import { id, planParams } from './common.schema.ts';

export { planParams };
export const submissionParams = z.object({ submissionId: id });
export const transitionParams = submissionParams.extend({ action: z.enum(['submit', 'confirm', 'return']) });
export const transitionBody = z.object({ comment: text(2000).nullish() }).nullish();
export const createSubmissionBody = z.object({
  departmentId: z.number().int().positive().nullish(),
  period: boundedText(40).nullish(),
});
export const submissionsQuery = z.object({
  departmentId: z.coerce.number().int().positive().optional(),
  status: z.enum(['draft', 'submitted', 'returned', 'confirmed']).optional(),
});

export const submissionSchema = z
  .object({
    id: z.number(),
    planId: z.number(),
    departmentId: z.number().nullable(),
    period: z.string().nullable(),
    status: z.enum(['draft', 'submitted', 'returned', 'confirmed']),
    comment: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewedBy: z.string().nullable(),
    progressReports: z.number(),
    observations: z.number(),
    superseded: z.number().describe('observations a later revision of the same series replaced'),
  })
  .meta({ id: 'Submission' });
export const submissionsResponse = z.object({ submissions: z.array(submissionSchema) });
