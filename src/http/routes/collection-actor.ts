import type { FastifyRequest } from 'fastify';
import { writesAwaitReview } from '../../services/auth/policies.ts';
import { unauthenticated } from '../auth/auth-hooks.ts';

/**
 * Who is writing, from the authenticated actor: a reporter's data always waits for review
 * ('submitted', in its department's submission); the plan office's own entries are confirmed at
 * once. There is no anonymous writer: without an actor this is a 401 (the auth hooks answer it
 * before any handler runs).
 */
export function collectionActor(request: FastifyRequest): {
  by: string;
  status: 'confirmed' | 'submitted';
  departmentId: number | null;
} {
  const actor = request.actor;
  if (!actor) throw unauthenticated();
  const awaitsReview = writesAwaitReview(actor);
  return {
    by: actor.name,
    status: awaitsReview ? 'submitted' : 'confirmed',
    departmentId: awaitsReview ? (actor.departmentIds[0] ?? null) : null,
  };
}
