import type { FastifyInstance } from 'fastify';
import { type AuthHookOptions, installAuthHooks } from '../auth/auth-hooks.ts';
import { assessmentInputRoutes, assessmentRoutes } from './assessment.ts';
import { attachmentRoutes } from './attachments.ts';
import { authRoutes } from './auth.ts';
import { departmentRoutes } from './departments.ts';
import { dueRoutes } from './due.ts';
import { healthRoutes } from './health.ts';
import { observationRoutes } from './observations.ts';
import { planRoutes } from './plans.ts';
import { progressRoutes } from './progress.ts';
import { regionRoutes } from './regions.ts';
import { reportRoutes } from './report.ts';
import { submissionRoutes } from './submissions.ts';
import { templateRoutes } from './templates.ts';
import { userRoutes } from './users.ts';

/**
 * Every /api route plugin, in one place. The auth hooks come first so that they guard every route
 * registered after them: each route declares its policy action in `config.action`.
 */
export async function registerRoutes(app: FastifyInstance, options: AuthHookOptions = {}): Promise<void> {
  installAuthHooks(app, options);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(healthRoutes);
  await app.register(planRoutes);
  await app.register(assessmentRoutes);
  await app.register(assessmentInputRoutes);
  await app.register(observationRoutes);
  await app.register(regionRoutes);
  await app.register(departmentRoutes);
  await app.register(progressRoutes);
  await app.register(attachmentRoutes);
  await app.register(dueRoutes);
  await app.register(submissionRoutes);
  await app.register(templateRoutes);
  await app.register(reportRoutes);
}
