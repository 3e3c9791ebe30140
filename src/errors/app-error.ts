/**
 * The one error type of planwatch. Services throw it with a stable code; the HTTP layer maps the
 * code to a status once (ERROR_CODES) and the CLI to an exit code. Anything that is not an
 * AppError is a bug: logged, and shown to users only as a bare internal error. The HTTP status of each
 * code is the table below; the CLI exit code is exitCodeFor().
 */
export const ERROR_CODES = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  DOCUMENT_TOO_LARGE_EXPANDED: 413,
  PARSE_MEMORY_EXCEEDED: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNREADABLE_DOCUMENT: 422,
  IMPORT_INVALID: 422,
  PARSE_TIMEOUT: 422,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  DATABASE_BUSY: 503,
  SHUTTING_DOWN: 503,
  /** A system program a feature needs is not installed (LibreOffice for PDF). */
  DEPENDENCY_MISSING: 503,
  CONFIG_INVALID: 500,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code];
  }
}

export function notFound(what: string, id: string | number): AppError {
  return new AppError('NOT_FOUND', `${what} ${id} 不存在 (not found)`, { what, id });
}

/** CLI exit codes: 1 for user errors (bad input, not found), 2 for usage, 3 for infrastructure. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof AppError) {
    if (
      error.code === 'DATABASE_UNAVAILABLE' ||
      error.code === 'DATABASE_BUSY' ||
      error.code === 'INTERNAL' ||
      error.code === 'DEPENDENCY_MISSING' ||
      error.code === 'CONFIG_INVALID'
    )
      return 3;
    return 1;
  }
  return 3;
}
