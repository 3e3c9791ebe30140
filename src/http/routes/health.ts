import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isReachable } from '../../store/open-database.ts';
import { VERSION } from '../../version.ts';
import type { HealthResponse } from '../api.types.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ kind: z.enum(['sqlite', 'postgres']), reachable: z.boolean() }),
});

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: '健康检查 (health: version, database kind and reachability)',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (): Promise<HealthResponse> => {
      const reachable = await isReachable(app.store);
      return {
        status: reachable ? 'ok' : 'degraded',
        version: VERSION,
        database: { kind: app.store.kind, reachable },
      };
    },
  );
}
