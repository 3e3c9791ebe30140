/** The contract of /api/health. */
import { z } from 'zod';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    database: z.object({ kind: z.enum(['sqlite', 'postgres']), reachable: z.boolean() }),
  })
  .meta({ id: 'Health' });

export type HealthResponse = z.output<typeof healthSchema>;
