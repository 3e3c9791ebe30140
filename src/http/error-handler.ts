import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../errors/app-error.ts';

function send(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
  details: unknown = null,
) {
  return reply.code(status).send({ error: { code, message, details } });
}

/** PostgreSQL refuses some text SQLite stores (NUL bytes, bad encodings): that is bad input, not a crash. */
const PG_BAD_INPUT = new Set(['22021', '22P05', '22P02', '22003', '22001']);

/**
 * One error shape for every route: `{error: {code, message, details}}`. AppErrors keep their code;
 * request validation becomes VALIDATION_FAILED; anything else is logged and answered as a bare
 * INTERNAL error so that no stack trace or SQL ever reaches a client.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      if (error.httpStatus >= 500) request.log.error({ err: error }, error.message);
      return send(reply, error.httpStatus, error.code, error.message, error.details ?? null);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return send(reply, 400, 'VALIDATION_FAILED', '请求参数无效 (invalid request)', {
        issues: error.validation.map((v) => ({ path: v.instancePath, message: v.message })),
      });
    }
    const fe = error as FastifyError & { code?: string };
    // Schema validation by anything but zod (a plugin's JSON schema): the same shape as zod's.
    if (Array.isArray(fe.validation)) {
      return send(reply, 400, 'VALIDATION_FAILED', '请求参数无效 (invalid request)', {
        issues: fe.validation.map((v) => ({
          path: `${fe.validationContext ?? ''}${v.instancePath ?? ''}`,
          message: v.message ?? String(v.keyword),
        })),
      });
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
    if (typeof fe.code === 'string' && PG_BAD_INPUT.has(fe.code)) {
      return send(reply, 400, 'VALIDATION_FAILED', `数据库拒绝了该值 (value refused): ${fe.message}`);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, 500, 'INTERNAL', '服务器内部错误 (internal error)');
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
