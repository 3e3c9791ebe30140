import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../services/auth/actor.types.ts';
import { actorOfToken } from '../../services/auth/api-tokens.ts';
import { type Action, can, type DenyReason, isAction, ruleOf } from '../../services/auth/policies.ts';
import { actorOfSession, DEFAULT_SESSION_LIMITS, type SessionLimits } from '../../services/auth/sessions.ts';
import { resolveResource } from './resolve-resource.ts';

/** What a route declares in its `config`: the policy action it performs, or `public`. */
export type RouteAction = Action | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy action of the route (src/services/auth/policies.ts); `public` needs no account. */
    action?: RouteAction;
  }
  interface FastifyRequest {
    /** The authenticated actor, or null (set by the auth hooks of every /api route). */
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every /api route with the action it declares: the authorization matrix is built from it. */
    apiRoutes: ApiRoute[];
  }
}

export interface ApiRoute {
  method: string;
  url: string;
  action: RouteAction | undefined;
}

export const SESSION_COOKIE = 'planwatch_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthHookOptions {
  sessionLimits?: SessionLimits;
}

/**
 * Authentication and authorization for every route registered after it in this scope:
 * - onRoute records each route and the action it declares;
 * - onRequest finds the actor (session cookie, or `Authorization: Bearer` API token), answers 401
 *   when a non-public route has none, checks the CSRF token of cookie-authenticated writes and
 *   the actor's role (403);
 * - preValidation (the body is parsed, not yet validated) checks department scope (403), so a
 *   request for another department's item is refused before its body is even judged.
 * A route that declares no action, or one the policy does not know, is refused: failing closed.
 */
export function installAuthHooks(app: FastifyInstance, options: AuthHookOptions = {}): void {
  const limits = options.sessionLimits ?? DEFAULT_SESSION_LIMITS;
  if (!app.hasDecorator('apiRoutes')) app.decorate('apiRoutes', []);
  if (!app.hasRequestDecorator('actor')) app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      app.apiRoutes.push({ method, url: route.url, action: route.config?.action });
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    const action = request.routeOptions.config?.action;
    request.actor = await authenticate(request, limits);
    if (action === 'public') return;
    if (!isAction(action)) throw noPolicy(request);
    const actor = request.actor;
    if (!actor) throw unauthenticated();
    if (actor.session && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (sent !== actor.session.csrfToken)
        throw new AppError('FORBIDDEN', 'CSRF 校验失败，请刷新页面后重试 (missing or wrong CSRF token)', {
          code: 'AUTH_CSRF',
        });
    }
    // Role (and token) checks need no resource: refuse early, before the body is read.
    const verb = (request.params as { action?: unknown } | undefined)?.action;
    const early = can(actor, action, { verb: typeof verb === 'string' ? verb : undefined });
    if (!early.allowed && early.reason !== 'department' && early.reason !== 'token_plan')
      throw forbidden(action, early.reason);
    void reply;
  });

  app.addHook('preValidation', async (request: FastifyRequest, _reply: FastifyReply) => {
    const action = request.routeOptions.config?.action;
    if (action === 'public' || !isAction(action) || !request.actor) return;
    const resource = await resolveResource(app.store, request, request.actor, ruleOf(action).scope);
    const decision = can(request.actor, action, resource);
    if (!decision.allowed) throw forbidden(action, decision.reason);
  });
}

async function authenticate(request: FastifyRequest, limits: SessionLimits): Promise<Actor | null> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const actor = await actorOfToken(request.server.store, header.slice('Bearer '.length).trim());
    if (!actor) throw unauthenticated('API 令牌无效、已过期或已撤销 (invalid, expired or revoked API token)');
    return actor;
  }
  const token = request.cookies?.[SESSION_COOKIE];
  if (!token) return null;
  return actorOfSession(request.server.store, token, limits);
}

export function unauthenticated(message = '请先登录 (sign-in required)'): AppError {
  return new AppError('UNAUTHENTICATED', message, { code: 'AUTH_REQUIRED' });
}

const REASONS: Record<DenyReason, string> = {
  role: '当前角色无权执行此操作 (your role may not do this)',
  department: '只能处理本部门负责的事项 (only items of your own departments)',
  read_only_token: '只读令牌不能修改数据 (a read-only token cannot write)',
  token_plan: '令牌不适用于该规划 (the token is for another plan)',
  disabled: '账号已停用 (the account is disabled)',
};

function forbidden(action: Action, reason: DenyReason): AppError {
  return new AppError('FORBIDDEN', REASONS[reason], { code: 'AUTH_FORBIDDEN', action, reason });
}

function noPolicy(request: FastifyRequest): AppError {
  request.log.error({ url: request.routeOptions.url }, 'route declares no policy action');
  return new AppError('FORBIDDEN', '该接口未声明权限，已拒绝 (this route declares no policy)', {
    code: 'AUTH_NO_POLICY',
  });
}
