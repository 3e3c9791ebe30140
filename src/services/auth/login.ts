import { AppError } from '../../errors/app-error.ts';
import type { Store } from '../../store/open-database.ts';
import { findUserByName, updateUser } from '../../store/users/users.ts';
import { assertNotLocked, recordFailure, recordSuccess } from './login-throttle.ts';
import { verifyPassword } from './passwords.ts';
import { DEFAULT_SESSION_LIMITS, openSession, type SessionLimits } from './sessions.ts';

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: string;
  userId: number;
}

/**
 * Checks a user name and password and opens a session. Unknown user, wrong password and disabled
 * account get the same answer (no account enumeration); repeated failures lock the account and
 * the address for a growing delay (429).
 */
export async function login(
  store: Store,
  input: { username: string; password: string },
  context: { address: string | null; userAgent: string | null },
  limits: SessionLimits = DEFAULT_SESSION_LIMITS,
): Promise<LoginResult> {
  const username = input.username.trim();
  await assertNotLocked(store, username, context.address);
  const user = await findUserByName(store, username);
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !ok || user.disabled_at) {
    await recordFailure(store, username, context.address);
    throw new AppError('UNAUTHENTICATED', '用户名或密码错误 (wrong user name or password)', {
      code: 'AUTH_BAD_CREDENTIALS',
    });
  }
  await recordSuccess(store, username);
  const session = await openSession(store, user.id, context, limits);
  await updateUser(store, user.id, { last_login_at: new Date().toISOString() });
  return { ...session, userId: user.id };
}
