import { QueryClient } from '@tanstack/react-query';

/**
 * The web app's one cache of API reads (TanStack Query). Query keys are `[resource, planId, …]`
 * (see use-api.ts), so a write can name what it makes stale.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: false },
  },
});

const NEVER_STALE_AFTER_WRITES = new Set(['source', 'health']);

/**
 * After a successful write to `path`, marks the reads it may have changed stale: a write under
 * /api/plans/:id makes that plan's reads (its items, assessment, due lists, progress, submissions)
 * and the plan list stale; any other write (departments, submissions by id) every read that
 * depends on collected data. They refetch when next shown; the page that wrote reloads what it
 * shows itself, so a write costs no extra request.
 */
export function invalidateAfterWrite(path: string): Promise<void> {
  const plan = /^\/api\/plans\/(\d+)/.exec(path)?.[1];
  const refetchType = 'none';
  if (plan)
    return queryClient.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'plans' || q.queryKey[1] === plan,
      refetchType,
    });
  if (path.startsWith('/api/plans'))
    return queryClient.invalidateQueries({ queryKey: ['plans'], refetchType });
  return queryClient.invalidateQueries({
    predicate: (q) => !NEVER_STALE_AFTER_WRITES.has(String(q.queryKey[0])),
    refetchType,
  });
}
