import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../../services/auth/actor.types.ts';
import { login } from '../../services/auth/login.ts';
import { type Action, can, POLICIES } from '../../services/auth/policies.ts';
import { actorOfUser, endSession } from '../../services/auth/sessions.ts';
import { changeOwnPassword, findDemoUsername } from '../../services/auth/users.ts';
import { SESSION_COOKIE, unauthenticated } from '../auth/auth-hooks.ts';
import { demoAccountSchema, loginBody, loginResponse, meSchema, passwordChangeBody } from './auth.schema.ts';
import { errors, noContent } from './common.schema.ts';

const tags = ['auth'];

/** The actions an actor may perform somewhere (a reporter's are held to its departments). */
function allowedActions(actor: Actor): string[] {
  return (Object.keys(POLICIES) as Action[]).filter((action) => {
    const d = can(actor, action, { departmentIds: actor.departmentIds, verb: 'submit' });
    return d.allowed;
  });
}

function present(actor: Actor, csrfToken: string | null) {
  return {
    user: {
      id: actor.userId,
      username: actor.name,
      displayName: actor.displayName,
      role: actor.role,
      departmentIds: actor.departmentIds,
    },
    csrfToken,
    actions: allowedActions(actor),
  };
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    // Behind a TLS-terminating proxy (PLANWATCH_TRUST_PROXY) the forwarded protocol counts.
    secure: request.protocol === 'https',
    expires: new Date(expiresAt),
  });
}

export async function authRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/auth/login',
    {
      config: { action: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '登录 (sign in: sets an HttpOnly session cookie; returns the CSRF token for writes)',
        description:
          'Repeated failures lock the account and the address for a growing delay: 429 RATE_LIMITED with details.retryAfterSeconds.',
        body: loginBody,
        response: { 200: loginResponse, ...errors(404) },
      },
    },
    async (request, reply) => {
      const result = await login(app.store, request.body, {
        address: request.ip ?? null,
        userAgent: request.headers['user-agent'] ?? null,
      });
      const actor = await actorOfUser(app.store, result.userId);
      if (!actor) throw unauthenticated();
      setSessionCookie(request, reply, result.token, result.expiresAt);
      return { ...present(actor, result.csrfToken), expiresAt: result.expiresAt };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { action: 'session.self' },
      schema: { tags, summary: '退出登录 (sign out)', response: { 204: noContent, ...errors(401) } },
    },
    async (request, reply) => {
      if (request.actor?.session) await endSession(app.store, request.actor.session.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { action: 'public' },
      schema: {
        tags,
        summary: '当前账号 (who is signed in; 401 when nobody)',
        response: { 200: meSchema, ...errors(404) },
      },
    },
    async (request) => {
      if (!request.actor) throw unauthenticated();
      return present(request.actor, request.actor.session?.csrfToken ?? null);
    },
  );

  app.get(
    '/auth/demo',
    {
      config: { action: 'public' },
      schema: {
        tags,
        summary: '演示账号 (the local demo account on the bundled sample, if any)',
        response: { 200: demoAccountSchema, ...errors(404) },
      },
    },
    async () => ({ username: await findDemoUsername(app.store) }),
  );

  app.post(
    '/auth/password',
    {
      config: { action: 'session.self' },
      schema: {
        tags,
        summary: '修改密码 (change one’s own password; other sessions end)',
        body: passwordChangeBody,
        response: { 204: noContent, ...errors(401) },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (!actor?.userId) throw unauthenticated();
      await changeOwnPassword(app.store, actor.userId, request.body, actor.session?.id ?? null);
      return reply.code(204).send(null);
    },
  );
}
