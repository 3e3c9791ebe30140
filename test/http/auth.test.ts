import { spawnSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { actorOfSession, openSession } from '../../src/services/auth/sessions.ts';
import { createUser } from '../../src/services/auth/users.ts';
import { signIn, TEST_PASSWORD } from '../support/auth.ts';
import { describeEachDatabase } from '../support/databases.ts';

const BIN = new URL('../../bin/planwatch.js', import.meta.url).pathname;

describeEachDatabase('sign-in, sessions and throttling', (t) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ store: t.store, webRoot: null });
  });
  afterAll(async () => app?.close());

  const login = (username: string, password: string, ip = '10.0.0.1') =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });

  it('adds an account from the CLI (password on stdin) that then signs in with an HttpOnly cookie', async () => {
    const run = (args: string[], input?: string) =>
      spawnSync(process.execPath, [BIN, ...args], {
        input,
        env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      });
    const weak = run(['user', 'add', '--username', 'chief', '--role', 'admin', '--password-stdin'], 'short');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('密码不符合要求');
    const added = run(
      ['user', 'add', '--username', 'chief', '--role', 'admin', '--password-stdin'],
      'a-long-secret-77\n',
    );
    expect(added.status, added.stderr).toBe(0);
    const listed = run(['user', 'list', '--json']);
    expect(JSON.parse(listed.stdout).users.map((u: { username: string }) => u.username)).toContain('chief');

    const res = await login('chief', 'a-long-secret-77');
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/planwatch_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/);
    expect(res.json().user).toMatchObject({ username: 'chief', role: 'admin' });
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie: cookie.split(';')[0] } });
    expect(me.json().user.username).toBe('chief');

    const disabled = run(['user', 'disable', 'chief']);
    expect(disabled.status).toBe(0);
    expect(
      (await app.inject({ url: '/api/auth/me', headers: { cookie: cookie.split(';')[0] } })).statusCode,
    ).toBe(401);
    expect((await login('chief', 'a-long-secret-77')).statusCode).toBe(401);
  }, 180_000);

  it('refuses a wrong password with 401 and locks the account after repeated failures (429, growing delay)', async () => {
    await createUser(t.store, { username: 'clerk', role: 'planner', password: TEST_PASSWORD }, 'test');
    for (let i = 0; i < 5; i++)
      expect((await login('clerk', 'wrong-password-9', '10.0.0.2')).statusCode).toBe(401);
    const locked = await login('clerk', TEST_PASSWORD, '10.0.0.3');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatchObject({ code: 'RATE_LIMITED', details: { scope: 'account' } });
    const first = locked.json().error.details.retryAfterSeconds;
    // The admins see the lock and can clear it.
    const admin = await signIn(app, 'admin');
    const users = (await admin.inject({ url: '/api/users' })).json().users;
    const clerk = users.find((u: { username: string }) => u.username === 'clerk');
    expect(clerk.lockedUntil).not.toBeNull();
    const row = await t.store.db
      .selectFrom('login_throttle')
      .selectAll()
      .where('key', '=', 'user:clerk')
      .executeTakeFirstOrThrow();
    await t.store.db
      .updateTable('login_throttle')
      .set({ locked_until: null })
      .where('key', '=', row.key)
      .execute();
    expect((await login('clerk', 'wrong-password-9', '10.0.0.4')).statusCode).toBe(401);
    const again = await login('clerk', TEST_PASSWORD, '10.0.0.5');
    expect(again.json().error.details.retryAfterSeconds).toBeGreaterThan(first);
    expect((await admin.inject({ method: 'POST', url: `/api/users/${clerk.id}/unlock` })).statusCode).toBe(
      200,
    );
    expect((await login('clerk', TEST_PASSWORD, '10.0.0.6')).statusCode).toBe(200);
  });

  it('throttles an address trying many accounts', async () => {
    for (let i = 0; i < 20; i++) await login(`nobody${i}`, 'wrong-password-9', '10.0.0.9');
    const res = await login('clerk', TEST_PASSWORD, '10.0.0.9');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.details.scope).toBe('address');
  });

  it('ends sessions when idle, past their absolute expiry, on logout and on revocation', async () => {
    const user = await createUser(
      t.store,
      { username: 'ward', role: 'viewer', password: TEST_PASSWORD },
      'test',
    );
    const limits = { idleMinutes: 30, absoluteHours: 12 };
    const start = new Date('2026-03-01T00:00:00Z');
    const s = await openSession(t.store, user.id, { address: null, userAgent: null }, limits, start);
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    expect(await actorOfSession(t.store, s.token, limits, at(29))).not.toBeNull();
    expect(await actorOfSession(t.store, s.token, limits, at(29 + 31))).toBeNull();
    // Kept alive every 20 minutes, it still ends after 12 hours.
    const kept = await openSession(t.store, user.id, { address: null, userAgent: null }, limits, start);
    for (let m = 20; m < 12 * 60; m += 20)
      expect(await actorOfSession(t.store, kept.token, limits, at(m))).not.toBeNull();
    expect(await actorOfSession(t.store, kept.token, limits, at(12 * 60 + 1))).toBeNull();

    const viewer = await signIn(app, 'viewer');
    expect((await viewer.inject({ url: '/api/plans' })).statusCode).toBe(200);
    const admin = await signIn(app, 'admin');
    const revoked = await admin.inject({
      method: 'POST',
      url: `/api/users/${viewer.userId}/revoke-sessions`,
    });
    expect(revoked.json().revoked).toBe(1);
    expect((await viewer.inject({ url: '/api/plans' })).statusCode).toBe(401);
    const other = await signIn(app, 'planner');
    expect((await other.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await other.inject({ url: '/api/plans' })).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const planner = await signIn(app, 'planner');
    const res = await app.inject({
      method: 'POST',
      url: '/api/departments',
      headers: { cookie: planner.headers.cookie },
      payload: { name: '测试局' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.details.code).toBe('AUTH_CSRF');
    const ok = await planner.inject({ method: 'POST', url: '/api/departments', payload: { name: '测试局' } });
    expect(ok.statusCode).toBe(201);
  });

  it('changes a password only with the old one and under the policy', async () => {
    const planner = await signIn(app, 'planner');
    const weak = await planner.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { oldPassword: TEST_PASSWORD, newPassword: 'abc' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.code).toBe('AUTH_PASSWORD_WEAK');
    const wrong = await planner.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { oldPassword: 'nope-nope-1', newPassword: 'another-secret-88' },
    });
    expect(wrong.statusCode).toBe(400);
    const ok = await planner.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { oldPassword: TEST_PASSWORD, newPassword: 'another-secret-88' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await login(planner.username, 'another-secret-88', '10.0.1.1')).statusCode).toBe(200);
  });

  it('accepts a scoped API token, refuses it once revoked or for writes when read-only', async () => {
    const admin = await signIn(app, 'admin');
    const planner = await signIn(app, 'planner');
    const created = await admin.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: '统计局推送', userId: planner.userId, write: false },
    });
    expect(created.statusCode).toBe(201);
    const { token, apiToken } = created.json();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await app.inject({ url: '/api/plans', headers: bearer })).statusCode).toBe(200);
    const write = await app.inject({
      method: 'POST',
      url: '/api/departments',
      headers: bearer,
      payload: { name: '令牌局' },
    });
    expect(write.statusCode).toBe(403);
    const listed = (await admin.inject({ url: '/api/tokens' })).json().tokens;
    expect(listed.find((x: { id: number }) => x.id === apiToken.id).lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(token);
    expect((await admin.inject({ method: 'DELETE', url: `/api/tokens/${apiToken.id}` })).statusCode).toBe(
      204,
    );
    expect((await app.inject({ url: '/api/plans', headers: bearer })).statusCode).toBe(401);
  });
});
