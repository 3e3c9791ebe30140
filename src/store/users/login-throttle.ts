import type { Selectable } from 'kysely';
import type { Store } from '../open-database.ts';
import type { LoginThrottleTable } from '../schema.ts';

export type ThrottleRow = Selectable<LoginThrottleTable>;

export async function findThrottles(store: Store, keys: readonly string[]): Promise<ThrottleRow[]> {
  if (keys.length === 0) return [];
  return store.db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
}

export async function saveThrottle(store: Store, row: ThrottleRow): Promise<void> {
  await store.db
    .insertInto('login_throttle')
    .values(row)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: row.failures,
        last_failed_at: row.last_failed_at,
        locked_until: row.locked_until,
      }),
    )
    .execute();
}

export async function clearThrottle(store: Store, key: string): Promise<void> {
  await store.db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
