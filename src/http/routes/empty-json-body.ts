import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors/app-error.ts';

/**
 * `POST /submissions/1/submit` with Content-Type: application/json and no body is a body-less
 * action, not a bad request. Call inside a route plugin: it changes that plugin's scope only.
 */
export function acceptEmptyJsonBodies(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const textBody = String(body);
    if (textBody.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(textBody));
    } catch (error) {
      const e = new AppError(
        'BAD_REQUEST',
        `请求体不是有效的 JSON (invalid JSON body): ${(error as Error).message}`,
      );
      done(e, undefined);
    }
  });
}
