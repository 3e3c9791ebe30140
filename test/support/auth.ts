/**
 * Signed-in test clients: every mutating route needs an actor, so tests that call the API get one
 * through here (a real account and session in the test database, the session cookie and CSRF
 * token added to each request) instead of any switch that turns authorization off.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { CSRF_HEADER, SESSION_COOKIE } from '../../src/http/auth/auth-hooks.ts';
import type { Role } from '../../src/services/auth/actor.types.ts';
import { openSession } from '../../src/services/auth/sessions.ts';
import { createUser } from '../../src/services/auth/users.ts';

export const TEST_PASSWORD = 'correct-horse-42';

export interface TestClient {
  username: string;
  userId: number;
  headers: Record<string, string>;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
}

let counter = 0;

export async function signIn(
  app: FastifyInstance,
  role: Role = 'planner',
  options: { departmentIds?: number[]; username?: string } = {},
): Promise<TestClient> {
  counter += 1;
  const username =
    options.username ?? `${role}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
  const user = await createUser(
    app.store,
    { username, role, password: TEST_PASSWORD, departmentIds: options.departmentIds },
    'test',
  );
  const session = await openSession(app.store, user.id, { address: '127.0.0.1', userAgent: 'test' });
  const headers = { cookie: `${SESSION_COOKIE}=${session.token}`, [CSRF_HEADER]: session.csrfToken };
  return {
    username,
    userId: user.id,
    headers,
    inject: (opts) => app.inject({ ...opts, headers: { ...headers, ...(opts.headers ?? {}) } }),
  };
}
