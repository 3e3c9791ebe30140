import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/auth/api-tokens.ts';
import {
  createUser,
  listUsers,
  resetPassword,
  revokeSessionsOf,
  setUserDisabled,
  unlockUser,
  updateUserAccess,
} from '../../services/auth/users.ts';
import {
  apiTokenSchema,
  newApiTokenBody,
  newUserBody,
  passwordResetBody,
  userParams,
  userSchema,
  userUpdateBody,
} from './auth.schema.ts';
import { errors, noContent } from './common.schema.ts';

const tags = ['auth'];

/** Accounts and API tokens: administrators only. */
export async function userRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const by = (request: { actor: { name: string } | null }) => request.actor?.name ?? null;

  app.get(
    '/users',
    {
      config: { action: 'users.read' },
      schema: {
        tags,
        summary: '账号列表 (accounts, with locks and live sessions)',
        response: { 200: z.object({ users: z.array(userSchema) }), ...errors(404) },
      },
    },
    async () => ({ users: await listUsers(app.store) }),
  );

  app.post(
    '/users',
    {
      config: { action: 'users.manage' },
      schema: {
        tags,
        summary: '新建账号 (create an account)',
        body: newUserBody,
        response: { 201: userSchema, ...errors(404) },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(app.store, request.body, by(request))),
  );

  app.patch(
    '/users/:userId',
    {
      config: { action: 'users.manage' },
      schema: {
        tags,
        summary: '修改账号 (role, departments, name; disable or enable)',
        params: userParams,
        body: userUpdateBody,
        response: { 200: userSchema, ...errors(404) },
      },
    },
    async (request) => {
      const { disabled, ...access } = request.body;
      let user = await updateUserAccess(app.store, request.params.userId, access);
      if (disabled !== undefined) user = await setUserDisabled(app.store, user.id, disabled);
      return user;
    },
  );

  app.post(
    '/users/:userId/password',
    {
      config: { action: 'users.manage' },
      schema: {
        tags,
        summary: '重置密码 (set a new password; the account’s sessions end)',
        params: userParams,
        body: passwordResetBody,
        response: { 200: userSchema, ...errors(404) },
      },
    },
    async (request) => resetPassword(app.store, request.params.userId, request.body.password),
  );

  app.post(
    '/users/:userId/revoke-sessions',
    {
      config: { action: 'users.manage' },
      schema: {
        tags,
        summary: '强制下线 (end every session of the account)',
        params: userParams,
        response: { 200: z.object({ revoked: z.number() }), ...errors(404) },
      },
    },
    async (request) => revokeSessionsOf(app.store, request.params.userId),
  );

  app.post(
    '/users/:userId/unlock',
    {
      config: { action: 'users.manage' },
      schema: {
        tags,
        summary: '解除锁定 (clear failed sign-ins)',
        params: userParams,
        response: { 200: userSchema, ...errors(404) },
      },
    },
    async (request) => unlockUser(app.store, request.params.userId),
  );

  app.get(
    '/tokens',
    {
      config: { action: 'tokens.manage' },
      schema: {
        tags,
        summary: 'API 令牌 (tokens: scope, expiry, last use; never the token itself)',
        response: { 200: z.object({ tokens: z.array(apiTokenSchema) }), ...errors(404) },
      },
    },
    async () => ({ tokens: await listApiTokens(app.store) }),
  );

  app.post(
    '/tokens',
    {
      config: { action: 'tokens.manage' },
      schema: {
        tags,
        summary: '新建 API 令牌 (the token is shown once, in this answer)',
        body: newApiTokenBody,
        response: { 201: z.object({ token: z.string(), apiToken: apiTokenSchema }), ...errors(404) },
      },
    },
    async (request, reply) => {
      const created = await createApiToken(app.store, request.body, by(request));
      return reply.code(201).send({ token: created.token, apiToken: created.view });
    },
  );

  app.delete(
    '/tokens/:tokenId',
    {
      config: { action: 'tokens.manage' },
      schema: {
        tags,
        summary: '撤销 API 令牌 (revoke)',
        params: z.object({ tokenId: z.coerce.number().int().positive() }),
        response: { 204: noContent, ...errors(404) },
      },
    },
    async (request, reply) => {
      await revokeApiToken(app.store, request.params.tokenId);
      return reply.code(204).send(null);
    },
  );
}
