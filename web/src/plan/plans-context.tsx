import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useParams } from 'react-router';
import { api } from '../api/endpoints.ts';
import type { PlanSummary } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';

interface PlansValue {
  plans: PlanSummary[];
  loading: boolean;
  error: Error | undefined;
  reload: () => void;
}

const PlansContext = createContext<PlansValue>({
  plans: [],
  loading: true,
  error: undefined,
  reload: () => {},
});

/** Newest published plans first, then drafts (newest first). */
export function sortPlans(plans: PlanSummary[]): PlanSummary[] {
  const time = (p: PlanSummary) => Date.parse(p.publishedAt ?? p.createdAt) || 0;
  return [...plans].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'published' ? -1 : 1;
    return time(b) - time(a) || b.id - a.id;
  });
}

export interface PlansProviderProps {
  children: ReactNode;
}

/** Loads the plan list once for the header selector and every page. */
export function PlansProvider({ children }: PlansProviderProps) {
  const { data, loading, error, reload } = useApi('plans', api.plans);
  const value = useMemo(
    () => ({ plans: sortPlans(data?.plans ?? []), loading, error, reload }),
    [data, loading, error, reload],
  );
  return <PlansContext.Provider value={value}>{children}</PlansContext.Provider>;
}

export function usePlans(): PlansValue {
  return useContext(PlansContext);
}

/** The plan id of the URL (`/plans/:planId/...`), or null. */
export function usePlanId(): number | null {
  const { planId } = useParams();
  const id = Number(planId);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The summary of the URL's plan, when the list has it. */
export function useCurrentPlan(): PlanSummary | undefined {
  const id = usePlanId();
  const { plans } = usePlans();
  return plans.find((p) => p.id === id);
}
