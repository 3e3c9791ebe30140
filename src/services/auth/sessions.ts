import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../../store/open-database.ts';
import { findSession, insertSession, revokeSession, touchSession } from '../../store/users/sessions.ts';
import { departmentsOf, findUserById } from '../../store/users/users.ts';
import type { Actor, Role } from './actor.types.ts';

export interface SessionLimits {
  /** A session unused this long ends (minutes). */
  idleMinutes: number;
  /** A session ends this long after sign-in, used or not (hours). */
  absoluteHours: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMinutes: 30, absoluteHours: 12 };

/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Opens a session; the token goes in the cookie, only its hash in the database. */
export async function openSession(
  store: Store,
  userId: number,
  context: { address: string | null; userAgent: string | null },
  limits: SessionLimits = DEFAULT_SESSION_LIMITS,
  now = new Date(),
): Promise<{ token: string; csrfToken: string; expiresAt: string }> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(now.getTime() + limits.absoluteHours * 3600_000).toISOString();
  await insertSession(store, {
    id: sha256Hex(token),
    user_id: userId,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: expiresAt,
    revoked_at: null,
    address: context.address,
    user_agent: context.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

/**
 * The actor a session token stands for, or null when the session is unknown, revoked, idle too
 * long, past its absolute expiry, or its account is disabled.
 */
export async function actorOfSession(
  store: Store,
  token: string,
  limits: SessionLimits = DEFAULT_SESSION_LIMITS,
  now = new Date(),
): Promise<Actor | null> {
  const id = sha256Hex(token);
  const session = await findSession(store, id);
  if (!session || session.revoked_at) return null;
  const nowMs = now.getTime();
  if (Date.parse(session.expires_at) <= nowMs) return null;
  const lastSeen = Date.parse(session.last_seen_at);
  if (lastSeen + limits.idleMinutes * 60_000 <= nowMs) return null;
  const actor = await actorOfUser(store, session.user_id);
  if (!actor) return null;
  if (nowMs - lastSeen >= TOUCH_EVERY_MS) await touchSession(store, id, now.toISOString());
  return { ...actor, kind: 'user', session: { id, csrfToken: session.csrf_token } };
}

/** The actor of a live (not disabled) account. */
export async function actorOfUser(store: Store, userId: number): Promise<Actor | null> {
  const user = await findUserById(store, userId);
  if (!user || user.disabled_at) return null;
  const departments = await departmentsOf(store, [user.id]);
  return {
    kind: 'user',
    userId: user.id,
    name: user.username,
    displayName: user.display_name,
    role: user.role as Role,
    departmentIds: departments.get(user.id) ?? [],
  };
}

export async function endSession(store: Store, sessionId: string): Promise<void> {
  await revokeSession(store, sessionId, new Date().toISOString());
}
