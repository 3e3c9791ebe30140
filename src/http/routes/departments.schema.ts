/** The contract of /api/departments and of 任务分工 (who leads and supports each item). */
import { z } from 'zod';
import { ITEM_TYPES } from '../../services/collection/departments/plan-items.ts';
import { boundedText, TEXT_LIMITS } from '../schema/text.ts';
import { id, itemTypeSchema, planParams } from './common.schema.ts';

export { planParams };
export const departmentParams = z.object({ departmentId: id });
export const departmentBody = z
  .object({
    name: boundedText(TEXT_LIMITS.name).min(1),
    shortName: boundedText(TEXT_LIMITS.name).nullish(),
    kind: boundedText(TEXT_LIMITS.code).optional(),
    regionCode: boundedText(TEXT_LIMITS.code).nullish(),
    keywords: z.array(boundedText(TEXT_LIMITS.code)).max(200).optional(),
  })
  .meta({ id: 'DepartmentBody' });
export const departmentPatch = departmentBody.partial();
export const removeDepartmentQuery = z.object({ reassignTo: z.coerce.number().int().positive().optional() });
export const suggestQuery = z.object({ text: boundedText(TEXT_LIMITS.note).min(1) });
export const assignmentsQuery = z.object({
  departmentId: z.coerce.number().int().positive().optional(),
  itemType: z.string().optional(),
});
export const assignmentBody = z.object({
  itemType: z.enum(ITEM_TYPES),
  itemId: z.number().int().positive(),
  departmentId: z.number().int().positive(),
  role: z.enum(['lead', 'support']).optional(),
});
export const unassignmentBody = assignmentBody.omit({ role: true });

export const departmentSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.string(),
    regionCode: z.string().nullable(),
    keywords: z.array(z.string()),
  })
  .meta({ id: 'Department' });
export const departmentsResponse = z.object({ departments: z.array(departmentSchema) });

export const suggestionSchema = z
  .object({
    departmentId: z.number(),
    departmentName: z.string(),
    matched: z.array(z.string()).describe("the department's keywords found in the item's text"),
    score: z.number(),
  })
  .meta({ id: 'Suggestion' });
export const suggestionsResponse = z.object({ suggestions: z.array(suggestionSchema) });
export const itemSuggestionsResponse = z.object({
  suggestions: z.array(
    z.object({
      item: z
        .object({ type: itemTypeSchema, id: z.number(), planId: z.number(), label: z.string() })
        .meta({ id: 'PlanItem' }),
      suggestions: z.array(suggestionSchema),
    }),
  ),
});

export const assignmentSchema = z
  .object({
    itemType: z.string(),
    itemId: z.number(),
    departmentId: z.number(),
    departmentName: z.string(),
    role: z.string(),
  })
  .meta({ id: 'Assignment' });
export const assignmentsResponse = z.object({ assignments: z.array(assignmentSchema) });
