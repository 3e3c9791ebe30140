import { sendFile, sendJson } from './client.ts';
import { http, unwrap } from './typed-client.ts';
import type { ImportPlanResponse, ItemType, ObservationImportResponse } from './types.ts';

const plan = (id: number) => ({ params: { path: { id } } });

export const api = {
  health: () => unwrap(http.GET('/api/health')),
  plans: () => unwrap(http.GET('/api/plans')),
  plan: (id: number) => unwrap(http.GET('/api/plans/{id}', plan(id))),
  source: (id: number) => unwrap(http.GET('/api/plans/{id}/source', plan(id))),
  assessment: (id: number, asOf: string, knownAt?: string) =>
    unwrap(http.GET('/api/plans/{id}/assessment', { params: { path: { id }, query: { asOf, knownAt } } })),
  importPlanFile: (file: File) => sendFile<ImportPlanResponse>('/api/plans', file),
  importPlanText: (text: string, filename?: string) =>
    unwrap(http.POST('/api/plans', { body: { text, filename } })),
  publish: (id: number) => unwrap(http.POST('/api/plans/{id}/publish', plan(id))),
  updateItem: (id: number, type: ItemType, itemId: number, patch: Record<string, unknown>) =>
    sendJson<unknown>('PATCH', `/api/plans/${id}/items/${type}/${itemId}`, patch),
  deleteItem: (id: number, type: ItemType, itemId: number) =>
    unwrap(http.DELETE('/api/plans/{id}/items/{type}/{itemId}', { params: { path: { id, type, itemId } } })),
  createItem: (id: number, type: ItemType, body: Record<string, unknown>) =>
    sendJson<unknown>('POST', `/api/plans/${id}/items/${type}`, body),
  importObservations: (id: number, file: File) =>
    sendFile<ObservationImportResponse>(`/api/plans/${id}/observations`, file),
};
