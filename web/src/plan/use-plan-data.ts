import { api } from '../api/endpoints.ts';
import type { AssessmentItemDto, AssessmentResponse, ItemType, PlanDetailResponse } from '../api/types.ts';
import { type ApiState, useApi } from '../api/use-api.ts';

export function usePlanDetail(planId: number | null): ApiState<PlanDetailResponse> {
  return useApi(planId === null ? null : `plan:${planId}`, () => api.plan(planId!));
}

/** The plan's assessment as of a date; with `knownAt`, only data recorded by then (a past report). */
export function useAssessment(
  planId: number | null,
  asOf: string,
  knownAt?: string,
): ApiState<AssessmentResponse> {
  return useApi(planId === null ? null : `assessment:${planId}:${asOf}:${knownAt ?? ''}`, () =>
    api.assessment(planId!, asOf, knownAt),
  );
}

/** Looks an item's assessment up by type and id. */
export function assessmentIndex(
  response: AssessmentResponse | undefined,
): (type: ItemType, id: number) => AssessmentItemDto | undefined {
  const map = new Map<string, AssessmentItemDto>();
  for (const item of response?.items ?? []) map.set(`${item.type}:${item.id}`, item);
  return (type, id) => map.get(`${type}:${id}`);
}
