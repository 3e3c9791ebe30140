/** The contract of /api/regions and of the regional reads of an indicator (roll-up, comparison). */
import { z } from 'zod';
import { id, knownAtQuery, planParams } from './common.schema.ts';

export const indicatorParams = planParams.extend({ indicatorId: id });
export const regionsQuery = z.object({ parent: z.string().optional() });
export const findRegionParams = z.object({ nameOrCode: z.string() });
export const findRegionQuery = z.object({ within: z.string().optional() });

export const regionSchema = z
  .object({
    code: z.string().describe('GB/T 2260'),
    name: z.string(),
    level: z.string(),
    parentCode: z.string().nullable(),
  })
  .meta({ id: 'Region' });
export const regionsResponse = z.object({ regions: z.array(regionSchema) });

export const rollUpQuery = z.object({
  region: z.string(),
  period: z.string(),
  kind: z.string().optional(),
  asOf: z.string().optional(),
  knownAt: knownAtQuery,
});
export const rollUpResponse = z.object({
  region: z.string(),
  period: z.string(),
  kind: z.string(),
  value: z.number().describe('the sum of the children that reported in `unit`'),
  unit: z.string().nullable(),
  children: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      value: z.number().nullable(),
      unit: z.string().nullable(),
    }),
  ),
  missing: z.array(z.string()),
  excluded: z.array(z.object({ code: z.string(), value: z.number(), unit: z.string().nullable() })),
  reported: z.number().nullable(),
});

export const compareQuery = z.object({
  period: z.string(),
  parent: z.string().optional(),
  kind: z.string().optional(),
  asOf: z.string().optional(),
  knownAt: knownAtQuery,
});
export const compareResponse = z.object({
  regions: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      value: z.number(),
      unit: z.string().nullable(),
      kind: z.string(),
      rank: z.number(),
      deviation: z.number(),
    }),
  ),
});
