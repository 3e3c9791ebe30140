import { collectionApi } from '../api/collection-endpoints.ts';
import type { AssignmentView, DepartmentView } from '../api/types.ts';
import { type ApiState, useApi } from '../api/use-api.ts';

export function useDepartments(): ApiState<{ departments: DepartmentView[] }> {
  return useApi('departments', collectionApi.departments);
}

export function useAssignments(planId: number | null): ApiState<{ assignments: AssignmentView[] }> {
  return useApi(planId === null ? null : `assignments:${planId}`, () => collectionApi.assignments(planId!));
}
