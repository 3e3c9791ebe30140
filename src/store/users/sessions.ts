import type { Selectable } from 'kysely';
import type { Store } from '../open-database.ts';
import type { SessionsTable } from '../schema.ts';

export type SessionRow = Selectable<SessionsTable>;

export async function insertSession(store: Store, row: SessionRow): Promise<void> {
  await store.db.insertInto('sessions').values(row).execute();
}

export async function findSession(store: Store, id: string): Promise<SessionRow | undefined> {
  return store.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(store: Store, id: string, at: string): Promise<void> {
  await store.db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function revokeSession(store: Store, id: string, at: string): Promise<void> {
  await store.db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every live session of a user (an admin's revocation, a password reset, a disabled account). */
export async function revokeUserSessions(store: Store, userId: number, at: string): Promise<number> {
  const result = await store.db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0);
}

export async function countLiveSessions(store: Store, userId: number, now: string): Promise<number> {
  const row = await store.db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
