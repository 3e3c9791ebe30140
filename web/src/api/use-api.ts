import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';

export interface ApiState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Reads through the shared query cache (TanStack Query). `key` names what `load` fetches as
 * `resource:planId:…` (`plan:3`, `due:3:2026-06-30`); null = don't load. Pages that show the same
 * key share one request and one cached answer; writes mark keys stale (query-client.ts).
 */
export function useApi<T>(key: string | null, load: () => Promise<T>): ApiState<T> {
  const query = useQuery({
    queryKey: key === null ? ['disabled'] : key.split(':'),
    queryFn: load,
    enabled: key !== null,
    placeholderData: keepPreviousData,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: query.error ? undefined : query.data,
    error: query.error ?? undefined,
    loading: key !== null && query.isFetching,
    reload,
  };
}
