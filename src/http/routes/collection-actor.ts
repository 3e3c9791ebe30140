import type { FastifyRequest } from 'fastify';

/**
 * Who is writing, as the auth layer (when present) puts it on the request: a department user's
 * data waits for review ('submitted'); the plan office's own imports are confirmed at once.
 */
export function collectionActor(request: FastifyRequest): {
  by: string | null;
  status: 'confirmed' | 'submitted';
  departmentId: number | null;
} {
  const user = (
    request as unknown as {
      user?: { name?: string; username?: string; role?: string; departmentId?: number | null };
    }
  ).user;
  const isDepartment = user?.role === 'department' || user?.role === 'reporter';
  return {
    by: user?.name ?? user?.username ?? null,
    status: isDepartment ? 'submitted' : 'confirmed',
    departmentId: user?.departmentId ?? null,
  };
}
