import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors/app-error.ts';

/**
 * One error shape for every route: `{error: {code, message, details}}`. AppErrors keep their code;
 * request validation becomes VALIDATION_FAILED; anything else is logged and answered as a bare
 * INTERNAL error so that no stack trace or SQL ever reaches a client.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      if (error.httpStatus >= 500) request.log.error({ err: error }, error.message);
      return reply
        .code(error.httpStatus)
        .send({ error: { code: error.code, message: error.message, details: error.details ?? null } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.code(400).send({
        error: {
          code: 'VALIDATION_FAILED',
          message: '请求参数无效 (invalid request)',
          details: { issues: error.validation.map((v) => ({ path: v.instancePath, message: v.message })) },
        },
      });
    }
    const fe = error as FastifyError;
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const code =
        fe.statusCode === 413
          ? 'PAYLOAD_TOO_LARGE'
          : fe.statusCode === 415
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : 'BAD_REQUEST';
      return reply.code(fe.statusCode).send({ error: { code, message: fe.message, details: null } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .code(500)
      .send({ error: { code: 'INTERNAL', message: '服务器内部错误 (internal error)', details: null } });
  });
}
