import type { FastifyInstance } from 'fastify';
import { isReachable } from '../../store/open-database.ts';
import { VERSION } from '../../version.ts';
import { errors } from './common.schema.ts';
import { type HealthResponse, healthSchema } from './health.schema.ts';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/health',
    {
      config: { action: 'public' },
      schema: {
        tags: ['system'],
        summary: '健康检查 (health: version, database kind and reachability)',
        response: { 200: healthSchema, 503: healthSchema, ...errors() },
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
