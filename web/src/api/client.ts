import type { ApiError } from './types.ts';

/** A failed API call: the server's error code and message, or a network failure. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

function isApiError(body: unknown): body is ApiError {
  return (
    typeof body === 'object' &&
    body !== null &&
    'error' in body &&
    typeof (body as ApiError).error?.message === 'string'
  );
}

/** Calls the API and returns the parsed JSON body; throws ApiRequestError on any failure. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (error) {
    throw new ApiRequestError(0, 'NETWORK', (error as Error).message);
  }
  if (response.status === 204) return undefined as T;
  const raw = await response.text();
  let body: unknown = null;
  try {
    body = raw ? JSON.parse(raw) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    if (isApiError(body)) {
      throw new ApiRequestError(response.status, body.error.code, body.error.message, body.error.details);
    }
    throw new ApiRequestError(
      response.status,
      `HTTP_${response.status}`,
      raw.slice(0, 200) || response.statusText,
    );
  }
  return body as T;
}

export function getJson<T>(path: string): Promise<T> {
  return apiFetch<T>(path);
}

export function sendJson<T>(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  return apiFetch<T>(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export function sendFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiFetch<T>(path, { method: 'POST', body: form });
}
