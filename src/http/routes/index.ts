import type { FastifyInstance } from 'fastify';
import { assessmentInputRoutes, assessmentRoutes } from './assessment.ts';
import { healthRoutes } from './health.ts';
import { planRoutes } from './plans.ts';

/** Every /api route plugin, in one place. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(planRoutes);
  await app.register(assessmentRoutes);
  await app.register(assessmentInputRoutes);
}
