import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../errors/app-error.ts';
import { BUSY_RETRY_AFTER_S, mapDatabaseError } from '../store/database-errors.ts';

function send(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
  details: unknown = null,
) {
  return reply.code(status).send({ error: { code, message, details } });
}

/** "请求参数无效 (invalid request): body/name, body/note" — the fields are named in the message too. */
function invalidRequest(paths: string[]): string {
  const named = [...new Set(paths.filter(Boolean))].slice(0, 5).join(', ');
  return `请求参数无效 (invalid request)${named ? `: ${named}` : ''}`;
}

/**
 * One error shape for every route: `{error: {code, message, details}}`. AppErrors keep their code;
 * request validation becomes VALIDATION_FAILED; anything else is logged and answered as a bare
 * INTERNAL error so that no stack trace or SQL ever reaches a client.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    const appError = error instanceof AppError ? error : mapDatabaseError(error);
    if (appError) {
      if (appError.code === 'DATABASE_BUSY') reply.header('retry-after', String(BUSY_RETRY_AFTER_S));
      if (appError.httpStatus >= 500) request.log.error({ err: error }, appError.message);
      return send(reply, appError.httpStatus, appError.code, appError.message, appError.details ?? null);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext ?? '';
      const issues = error.validation.map((v) => ({
        path: `${context}${v.instancePath}`,
        message: v.message,
      }));
      return send(reply, 400, 'VALIDATION_FAILED', invalidRequest(issues.map((i) => i.path)), { issues });
    }
    const fe = error as FastifyError & { code?: string };
    // Schema validation by anything but zod (a plugin's JSON schema): the same shape as zod's.
    if (Array.isArray(fe.validation)) {
      const issues = fe.validation.map((v) => ({
        path: `${fe.validationContext ?? ''}${v.instancePath ?? ''}`,
        message: v.message ?? String(v.keyword),
      }));
      return send(reply, 400, 'VALIDATION_FAILED', invalidRequest(issues.map((i) => i.path)), { issues });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const code: ErrorCode =
        fe.statusCode === 413
          ? 'PAYLOAD_TOO_LARGE'
          : fe.statusCode === 415
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : 'BAD_REQUEST';
      return send(reply, fe.statusCode, code, fe.message);
    }
    // The request id is in the body and on the log line, so a report of the failure finds its log.
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
    return send(reply, 500, 'INTERNAL', `服务器内部错误 (internal error), 请求编号 ${request.id}`, {
      requestId: request.id,
    });
  });
}

/**
 * Errors Fastify raises before routing (a URL that is not valid percent-encoding, an over-long
 * parameter): the same envelope as everything else. Pass it as the `frameworkErrors` option of
 * `Fastify()`; without it Fastify answers these with its own body.
 */
export function handleFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  return send(reply, status, 'BAD_REQUEST', `请求地址无效 (invalid request URL): ${error.message}`, {
    fastifyCode: error.code ?? null,
  });
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, 404, 'NOT_FOUND', `路由不存在 (no route): ${request.method} ${request.url}`);
}
