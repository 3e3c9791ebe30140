import { getJson, sendFile, sendJson } from './client.ts';
import type {
  AssessmentResponse,
  HealthResponse,
  ImportPlanResponse,
  ItemType,
  ObservationImportResponse,
  PlanDetailResponse,
  PlanSourceResponse,
  PlanSummary,
  PlansResponse,
} from './types.ts';

export const api = {
  health: () => getJson<HealthResponse>('/api/health'),
  plans: () => getJson<PlansResponse>('/api/plans'),
  plan: (id: number) => getJson<PlanDetailResponse>(`/api/plans/${id}`),
  source: (id: number) => getJson<PlanSourceResponse>(`/api/plans/${id}/source`),
  assessment: (id: number, asOf: string, knownAt?: string) => {
    const query = new URLSearchParams({ asOf });
    if (knownAt) query.set('knownAt', knownAt);
    return getJson<AssessmentResponse>(`/api/plans/${id}/assessment?${query}`);
  },
  importPlanFile: (file: File) => sendFile<ImportPlanResponse>('/api/plans', file),
  importPlanText: (text: string, filename?: string) =>
    sendJson<ImportPlanResponse>('POST', '/api/plans', { text, filename }),
  publish: (id: number) => sendJson<PlanSummary>('POST', `/api/plans/${id}/publish`),
  updateItem: (id: number, type: ItemType, itemId: number, patch: Record<string, unknown>) =>
    sendJson<unknown>('PATCH', `/api/plans/${id}/items/${type}/${itemId}`, patch),
  deleteItem: (id: number, type: ItemType, itemId: number) =>
    sendJson<void>('DELETE', `/api/plans/${id}/items/${type}/${itemId}`),
  createItem: (id: number, type: ItemType, body: Record<string, unknown>) =>
    sendJson<unknown>('POST', `/api/plans/${id}/items/${type}`, body),
  importObservations: (id: number, file: File) =>
    sendFile<ObservationImportResponse>(`/api/plans/${id}/observations`, file),
};
