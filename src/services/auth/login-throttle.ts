import { AppError } from '../../errors/app-error.ts';
import type { Store } from '../../store/open-database.ts';
import { clearThrottle, findThrottles, saveThrottle } from '../../store/users/login-throttle.ts';

/**
 * Failed sign-ins are counted per account and per address (in the database, so every server
 * process sees them). From the fifth failure of an account (twentieth of an address) each one locks
 * the key for a growing delay:
 * 30 s, 1 min, 2 min … up to an hour. A success clears the account's count.
 */
export const THROTTLE = {
  account: { freeFailures: 5 },
  address: { freeFailures: 20 },
  baseDelayMs: 30_000,
  maxDelayMs: 3600_000,
  /** Failures older than this are forgotten. */
  forgetAfterMs: 24 * 3600_000,
} as const;

export const accountKey = (username: string) => `user:${username.toLowerCase()}`;
export const addressKey = (address: string) => `addr:${address}`;

interface ThrottleKey {
  key: string;
  free: number;
  scope: 'account' | 'address';
}

function keysOf(username: string, address: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [
    { key: accountKey(username), free: THROTTLE.account.freeFailures, scope: 'account' },
  ];
  if (address) keys.push({ key: addressKey(address), free: THROTTLE.address.freeFailures, scope: 'address' });
  return keys;
}

/** Refuses (429 RATE_LIMITED) while the account or the address is locked. */
export async function assertNotLocked(
  store: Store,
  username: string,
  address: string | null,
  now = new Date(),
) {
  const keys = keysOf(username, address);
  const rows = await findThrottles(
    store,
    keys.map((k) => k.key),
  );
  for (const row of rows) {
    if (row.locked_until && Date.parse(row.locked_until) > now.getTime()) {
      const scope = keys.find((k) => k.key === row.key)?.scope ?? 'account';
      const retryAfterSeconds = Math.ceil((Date.parse(row.locked_until) - now.getTime()) / 1000);
      throw new AppError(
        'RATE_LIMITED',
        scope === 'account'
          ? `登录失败次数过多，账号已暂时锁定，请 ${retryAfterSeconds} 秒后再试 (too many failed sign-ins for this account)`
          : `登录失败次数过多，请 ${retryAfterSeconds} 秒后再试 (too many failed sign-ins from this address)`,
        { code: 'AUTH_LOCKED', scope, retryAfterSeconds, lockedUntil: row.locked_until },
      );
    }
  }
}

export async function recordFailure(
  store: Store,
  username: string,
  address: string | null,
  now = new Date(),
) {
  const keys = keysOf(username, address);
  const rows = new Map(
    (
      await findThrottles(
        store,
        keys.map((k) => k.key),
      )
    ).map((r) => [r.key, r]),
  );
  for (const k of keys) {
    const previous = rows.get(k.key);
    const stale = previous && now.getTime() - Date.parse(previous.last_failed_at) > THROTTLE.forgetAfterMs;
    const failures = (stale ? 0 : (previous?.failures ?? 0)) + 1;
    const over = failures - k.free + 1;
    const delay = over > 0 ? Math.min(THROTTLE.maxDelayMs, THROTTLE.baseDelayMs * 2 ** (over - 1)) : 0;
    await saveThrottle(store, {
      key: k.key,
      failures,
      last_failed_at: now.toISOString(),
      locked_until: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null,
    });
  }
}

export async function recordSuccess(store: Store, username: string): Promise<void> {
  await clearThrottle(store, accountKey(username));
}

/** When an account is locked, for the admins' list; null when it is not. */
export async function lockedUntil(store: Store, usernames: readonly string[], now = new Date()) {
  const rows = await findThrottles(store, usernames.map(accountKey));
  const out = new Map<string, { until: string; failures: number }>();
  for (const r of rows) {
    if (r.locked_until && Date.parse(r.locked_until) > now.getTime())
      out.set(r.key.slice('user:'.length), { until: r.locked_until, failures: r.failures });
  }
  return out;
}

export async function unlockAccount(store: Store, username: string): Promise<void> {
  await clearThrottle(store, accountKey(username));
}
