import type { Selectable } from 'kysely';
import type { Store } from '../open-database.ts';
import type { UsersTable } from '../schema.ts';

export type UserRow = Selectable<UsersTable>;

export async function findUserByName(store: Store, username: string): Promise<UserRow | undefined> {
  return store.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUserById(store: Store, id: number): Promise<UserRow | undefined> {
  return store.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUserRows(store: Store): Promise<UserRow[]> {
  return store.db.selectFrom('users').selectAll().orderBy('id').execute();
}

export async function departmentsOf(
  store: Store,
  userIds: readonly number[],
): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (userIds.length === 0) return out;
  const rows = await store.db
    .selectFrom('user_departments')
    .select(['user_id', 'department_id'])
    .where('user_id', 'in', userIds)
    .orderBy('department_id')
    .execute();
  for (const r of rows) out.set(r.user_id, [...(out.get(r.user_id) ?? []), r.department_id]);
  return out;
}

export async function insertUser(
  store: Store,
  values: {
    username: string;
    displayName: string | null;
    role: string;
    passwordHash: string | null;
    demo?: boolean;
    by: string | null;
    departmentIds: readonly number[];
  },
): Promise<number> {
  const now = new Date().toISOString();
  const row = await store.db
    .insertInto('users')
    .values({
      username: values.username,
      display_name: values.displayName,
      role: values.role,
      password_hash: values.passwordHash,
      demo: values.demo ? 1 : 0,
      created_at: now,
      created_by: values.by,
      updated_at: now,
      password_changed_at: values.passwordHash ? now : null,
      disabled_at: null,
      last_login_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setUserDepartments(store, row.id, values.departmentIds);
  return row.id;
}

export async function setUserDepartments(store: Store, userId: number, departmentIds: readonly number[]) {
  await store.db.deleteFrom('user_departments').where('user_id', '=', userId).execute();
  if (departmentIds.length > 0)
    await store.db
      .insertInto('user_departments')
      .values([...new Set(departmentIds)].map((department_id) => ({ user_id: userId, department_id })))
      .execute();
}

export async function updateUser(
  store: Store,
  id: number,
  set: Partial<
    Pick<
      UserRow,
      'password_hash' | 'password_changed_at' | 'disabled_at' | 'role' | 'display_name' | 'last_login_at'
    >
  >,
): Promise<void> {
  await store.db
    .updateTable('users')
    .set({ ...set, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function countUsers(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
