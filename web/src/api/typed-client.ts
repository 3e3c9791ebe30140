import createClient from 'openapi-fetch';
import { ApiRequestError, currentCsrfToken, SIGNED_OUT_EVENT } from './client.ts';
import { invalidateAfterWrite } from './query-client.ts';
import type { paths } from './schema.gen.ts';

/**
 * The generated, typed client: paths, parameters, bodies and answers all come from schema.gen.ts.
 * A successful write marks the cached reads it may have changed stale.
 */
export const http = createClient<paths>({
  baseUrl: typeof location === 'undefined' ? 'http://localhost' : location.origin,
  headers: { Accept: 'application/json' },
});
http.use({
  // Cookie-authenticated writes carry the session's CSRF token, as apiFetch's do.
  onRequest({ request }) {
    const token = currentCsrfToken();
    if (request.method !== 'GET' && token) request.headers.set('X-CSRF-Token', token);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/auth/'))
      window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    if (response.ok && request.method !== 'GET') void invalidateAfterWrite(new URL(request.url).pathname);
    return response;
  },
});

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer; a refusal throws ApiRequestError (code, message, details). */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (error) {
    throw new ApiRequestError(0, 'NETWORK', (error as Error).message);
  }
  const { data, error, response } = answer;
  if (!response.ok) {
    const e = (error as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
      ?.error;
    if (e?.code && typeof e.message === 'string')
      throw new ApiRequestError(response.status, e.code, e.message, e.details);
    throw new ApiRequestError(response.status, `HTTP_${response.status}`, response.statusText);
  }
  return data as T;
}
