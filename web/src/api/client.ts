import { serverMessage } from '../format/server-message.ts';
import { invalidateAfterWrite } from './query-client.ts';
import type { ApiError } from './types.ts';

/** The language the page is shown in (the i18n provider keeps <html lang> current). */
function pageLocale(): 'zh-CN' | 'en' {
  return typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
}

/**
 * A failed API call: the server's error code and message, or a network failure. `message` is the
 * half of the server's bilingual message in the page's language; `serverText` is as sent.
 */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly serverText: string;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(serverMessage(message, pageLocale()));
    this.serverText = message;
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

let csrfToken: string | null = null;

/** The session's CSRF token (from sign-in or /api/auth/me), sent with every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token writes must carry, for the generated client too (typed-client.ts). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Fired when the server answers 401: the session ended, the app shows the sign-in page. */
export const SIGNED_OUT_EVENT = 'planwatch:signed-out';

/** Calls the API and returns the parsed JSON body; throws ApiRequestError on any failure. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  const write = (init.method ?? 'GET').toUpperCase() !== 'GET';
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        Accept: 'application/json',
        ...(write && csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
        ...init.headers,
      },
    });
  } catch (error) {
    throw new ApiRequestError(0, 'NETWORK', (error as Error).message);
  }
  const isWrite = (init.method ?? 'GET') !== 'GET';
  if (response.ok && isWrite) void invalidateAfterWrite(path);
  if (response.status === 401 && !path.startsWith('/api/auth/'))
    window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
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

function filenameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain ? plain[1] : fallback;
}

/**
 * Downloads a file the API generates (Excel forms, Word tables) under the server's file name; a
 * refusal (no indicators for that department…) throws ApiRequestError instead of opening JSON.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path);
  } catch (error) {
    throw new ApiRequestError(0, 'NETWORK', (error as Error).message);
  }
  if (!response.ok) {
    const raw = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(raw);
    } catch {
      body = null;
    }
    if (isApiError(body))
      throw new ApiRequestError(response.status, body.error.code, body.error.message, body.error.details);
    throw new ApiRequestError(
      response.status,
      `HTTP_${response.status}`,
      raw.slice(0, 200) || response.statusText,
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameOf(response.headers.get('content-disposition'), fallbackName);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
