import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import { uploadLimitBytes } from '../config/limits.ts';
import { AppError } from '../errors/app-error.ts';
import type { SessionLimits } from '../services/auth/sessions.ts';
import { closeParsePool } from '../services/documents/parse-pool.ts';
import type { Store } from '../store/open-database.ts';
import { VERSION } from '../version.ts';
import { handleFrameworkError, installErrorHandler, notFoundHandler } from './error-handler.ts';
import { contractSerializer } from './response-contract.ts';
import { registerRoutes } from './routes/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
}

export interface BuildAppOptions {
  store: Store;
  /** Directory of the built web app (dist/web); not served when absent. */
  webRoot?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** Upload size limit in bytes (plan documents, observation files); PLANWATCH_UPLOAD_LIMIT_MB by default. */
  bodyLimit?: number;
  /**
   * Check every response against its route's schema (a mismatch is a 500 naming it). On under
   * the test runner, off otherwise: see src/http/response-contract.ts.
   */
  checkResponses?: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (PLANWATCH_TRUST_PROXY): client address and https. */
  trustProxy?: boolean | string;
  /** Session idle and absolute expiry (defaults: 30 minutes, 12 hours). */
  sessionLimits?: SessionLimits;
  /** Requests per minute and address to the API (default 1200); sign-ins have their own, lower limit. */
  apiRateLimit?: number;
}

/** Builds the Fastify application: /api routes, OpenAPI docs, and the web app. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? uploadLimitBytes();
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // Unique across restarts and processes: the id a 500 answers with finds its log line.
    genReqId: () => randomUUID(),
    // A malformed URL or header answers in the one error shape, like every other error.
    frameworkErrors: handleFrameworkError,
    // In-flight requests finish before close resolves: that is what makes SIGTERM graceful.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    trustProxy: options.trustProxy ?? false,
  });
  app.decorate('store', options.store);
  // Filled by the auth hooks as routes register (the authorization matrix reads it).
  app.decorate('apiRoutes', []);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(contractSerializer(options.checkResponses ?? process.env.VITEST !== undefined));
  installErrorHandler(app);
  // Requests arriving on kept-alive connections while closing get the one error shape.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onClose', async () => {
    await closeParsePool();
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) {
      return reply
        .code(503)
        .header('connection', 'close')
        .send({ error: { code: 'SHUTTING_DOWN', message: '服务正在停止 (shutting down)', details: null } });
    }
  });

  await app.register(cookie);
  // Per address; routes may set their own (sign-in: 30 a minute). Answers in the one error shape.
  await app.register(rateLimit, {
    max: options.apiRateLimit ?? 1200,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'RATE_LIMITED',
        `请求过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试 (rate limited)`,
        {
          retryAfterSeconds: Math.ceil(context.ttl / 1000),
        },
      ),
  });
  await app.register(multipart, { limits: { fileSize: bodyLimit, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'planwatch API',
        description: '规划执行监测预警平台 — plan documents, indicators, observations, assessment.',
        version: VERSION,
      },
      tags: [
        { name: 'system', description: '系统 (health)' },
        { name: 'plans', description: '规划 (plans and their items)' },
        { name: 'assessment', description: '评估 (assessment against pace)' },
        { name: 'collection', description: '数据填报 (observations and progress)' },
        { name: 'auth', description: '账号与权限 (sign-in, accounts, API tokens)' },
      ],
    },
    transform: jsonSchemaTransform,
    // Schemas with meta({id}) (PlanSummary, ApiError …) become named components.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(registerRoutes, { prefix: '/api', sessionLimits: options.sessionLimits });

  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    // Assets are content-hashed by Vite, so they never change under their name: cached for a year;
    // index.html names the current ones, so it is revalidated on every load. The .br/.gz beside
    // each file are written at build time (scripts/compress-web.js).
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: true,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, path) => {
        const hashed = /[\\/]assets[\\/]/.test(path); // Vite writes only hashed names there
        res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.setNotFoundHandler((request, reply) => {
      const isFile = /\.[a-z0-9]+($|\?)/i.test(request.url);
      if (request.url.startsWith('/api') || request.method !== 'GET' || isFile)
        return notFoundHandler(request, reply);
      // Client-side routes (/plans/3/indicators) all load the single-page app.
      return reply.type('text/html').sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler(notFoundHandler);
  }
  return app;
}
