import { apiFetch, getJson, sendFile, sendJson } from './client.ts';
import type {
  AssignmentView,
  AttachmentView,
  CollectedItemType,
  DepartmentBody,
  DepartmentDueList,
  DepartmentView,
  ItemType,
  MilestoneInput,
  MilestoneView,
  ObservationImportResponse,
  PlanItem,
  ProgressBody,
  ProgressView,
  SubmissionView,
  Suggestion,
} from './types.ts';

function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The data-collection API: departments, 任务分工, progress, submissions, due lists, templates. */
export const collectionApi = {
  departments: () => getJson<{ departments: DepartmentView[] }>('/api/departments'),
  createDepartment: (body: DepartmentBody) => sendJson<DepartmentView>('POST', '/api/departments', body),
  updateDepartment: (id: number, body: Partial<DepartmentBody>) =>
    sendJson<DepartmentView>('PATCH', `/api/departments/${id}`, body),
  removeDepartment: (id: number) => sendJson<void>('DELETE', `/api/departments/${id}`),

  assignments: (planId: number) =>
    getJson<{ assignments: AssignmentView[] }>(`/api/plans/${planId}/assignments`),
  suggestions: (planId: number) =>
    getJson<{ suggestions: Array<{ item: PlanItem; suggestions: Suggestion[] }> }>(
      `/api/plans/${planId}/assignments/suggestions`,
    ),
  assign: (
    planId: number,
    body: { itemType: ItemType; itemId: number; departmentId: number; role: 'lead' | 'support' },
  ) => sendJson<{ assignments: AssignmentView[] }>('POST', `/api/plans/${planId}/assignments`, body),
  unassign: (planId: number, body: { itemType: ItemType; itemId: number; departmentId: number }) =>
    sendJson<void>('DELETE', `/api/plans/${planId}/assignments`, body),
  taskDivisionUrl: (planId: number, format: 'xlsx' | 'docx') =>
    `/api/plans/${planId}/task-division${query({ format })}`,
  importTaskDivision: (planId: number, file: File) =>
    sendFile<{ items: number; assignments: number }>(`/api/plans/${planId}/task-division`, file),

  templateUrl: (planId: number, period: string, departmentId?: number | null) =>
    `/api/plans/${planId}/template${query({ period, departmentId })}`,
  uploadTemplate: (planId: number, file: File) =>
    sendFile<ObservationImportResponse>(`/api/plans/${planId}/template`, file),

  progress: (planId: number, filter: { itemType?: string; itemId?: number } = {}) =>
    getJson<{ progress: ProgressView[] }>(
      `/api/plans/${planId}/progress${query({ ...filter, includeUnconfirmed: true })}`,
    ),
  recordProgress: (planId: number, type: CollectedItemType, itemId: number, body: ProgressBody) =>
    sendJson<ProgressView>('POST', `/api/plans/${planId}/progress/${type}/${itemId}`, body),
  milestones: (planId: number, projectId: number) =>
    getJson<{ milestones: MilestoneView[] }>(`/api/plans/${planId}/milestones${query({ projectId })}`),
  setMilestones: (planId: number, projectId: number, milestones: MilestoneInput[]) =>
    sendJson<{ milestones: MilestoneView[] }>(
      'PUT',
      `/api/plans/${planId}/projects/${projectId}/milestones`,
      {
        milestones,
      },
    ),
  attachments: (planId: number, itemType: string, itemId: number) =>
    getJson<{ attachments: AttachmentView[] }>(
      `/api/plans/${planId}/attachments${query({ itemType, itemId })}`,
    ),
  attachmentUrl: (planId: number, attachmentId: number) =>
    `/api/plans/${planId}/attachments/${attachmentId}/content`,
  uploadAttachment: (
    planId: number,
    itemType: string,
    itemId: number,
    file: File,
    progressReportId?: number,
  ) => {
    const form = new FormData();
    // Fields before the file: the server reads them with the file part.
    if (progressReportId) form.append('progressReportId', String(progressReportId));
    form.append('file', file, file.name);
    return apiFetch<AttachmentView>(`/api/plans/${planId}/attachments/${itemType}/${itemId}`, {
      method: 'POST',
      body: form,
    });
  },

  setSchedule: (
    planId: number,
    type: CollectedItemType,
    itemId: number,
    body: { frequency?: string; dueDay?: number; graceDays?: number; deadline?: string | null },
  ) => sendJson<unknown>('PUT', `/api/plans/${planId}/schedules/${type}/${itemId}`, body),
  due: (planId: number, filter: { asOf?: string; departmentId?: number; onlyOutstanding?: boolean }) =>
    getJson<{ departments: DepartmentDueList[] }>(`/api/plans/${planId}/due${query(filter)}`),

  submissions: (planId: number, filter: { departmentId?: number; status?: string } = {}) =>
    getJson<{ submissions: SubmissionView[] }>(`/api/plans/${planId}/submissions${query(filter)}`),
  createSubmission: (planId: number, body: { departmentId: number | null; period: string | null }) =>
    sendJson<SubmissionView>('POST', `/api/plans/${planId}/submissions`, body),
  transition: (submissionId: number, action: 'submit' | 'confirm' | 'return', comment?: string) =>
    sendJson<SubmissionView>('POST', `/api/submissions/${submissionId}/${action}`, {
      comment: comment ?? null,
    }),
};
