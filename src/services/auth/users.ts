import { AppError, notFound } from '../../errors/app-error.ts';
import type { Store } from '../../store/open-database.ts';
import { countLiveSessions, revokeUserSessions } from '../../store/users/sessions.ts';
import {
  departmentsOf,
  findUserById,
  findUserByName,
  insertUser,
  listUserRows,
  setUserDepartments,
  type UserRow,
  updateUser,
} from '../../store/users/users.ts';
import { getDepartment } from '../collection/departments/manage-departments.ts';
import type { Role } from './actor.types.ts';
import { lockedUntil, unlockAccount } from './login-throttle.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';
import { ROLES } from './policies.ts';

export interface UserView {
  id: number;
  username: string;
  displayName: string | null;
  role: Role;
  departmentIds: number[];
  demo: boolean;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  /** Set while repeated failed sign-ins keep the account locked. */
  lockedUntil: string | null;
  liveSessions: number;
}

export interface NewUser {
  username: string;
  role: string;
  password: string | null;
  displayName?: string | null;
  departmentIds?: readonly number[];
  demo?: boolean;
}

const USERNAME = /^[\p{L}\p{N}_.@-]{2,64}$/u;

export function assertRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role))
    throw new AppError('VALIDATION_FAILED', `角色应为 ${ROLES.join(' / ')} (unknown role): ${role}`, {
      field: 'role',
      value: role,
    });
  return role as Role;
}

/** Creates an account; reporters must be bound to at least one department. */
export async function createUser(store: Store, input: NewUser, by: string | null): Promise<UserView> {
  const username = input.username.trim();
  if (!USERNAME.test(username))
    throw new AppError(
      'VALIDATION_FAILED',
      `用户名应为 2–64 个字母、数字或 _.@- (invalid user name): ${username}`,
      {
        field: 'username',
      },
    );
  const role = assertRole(input.role);
  const departmentIds = [...new Set(input.departmentIds ?? [])];
  if (role === 'reporter' && departmentIds.length === 0)
    throw new AppError('VALIDATION_FAILED', '填报人员须绑定至少一个部门 (a reporter needs a department)', {
      field: 'departmentIds',
    });
  for (const id of departmentIds) await getDepartment(store, id);
  if (await findUserByName(store, username))
    throw new AppError('CONFLICT', `用户名已存在 (user name taken): ${username}`, { field: 'username' });
  if (input.password !== null) checkPasswordPolicy(input.password, username);
  const id = await insertUser(store, {
    username,
    displayName: input.displayName?.trim() || null,
    role,
    passwordHash: input.password === null ? null : await hashPassword(input.password),
    demo: input.demo,
    by,
    departmentIds,
  });
  return getUser(store, id);
}

export async function getUser(store: Store, id: number): Promise<UserView> {
  const row = await findUserById(store, id);
  if (!row) throw notFound('用户 (user)', id);
  return (await present(store, [row]))[0];
}

export async function listUsers(store: Store): Promise<UserView[]> {
  return present(store, await listUserRows(store));
}

async function present(store: Store, rows: UserRow[]): Promise<UserView[]> {
  const departments = await departmentsOf(
    store,
    rows.map((r) => r.id),
  );
  const locks = await lockedUntil(
    store,
    rows.map((r) => r.username.toLowerCase()),
  );
  const now = new Date().toISOString();
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role as Role,
      departmentIds: departments.get(r.id) ?? [],
      demo: r.demo === 1,
      disabled: r.disabled_at !== null,
      createdAt: r.created_at,
      lastLoginAt: r.last_login_at,
      lockedUntil: locks.get(r.username.toLowerCase())?.until ?? null,
      liveSessions: await countLiveSessions(store, r.id, now),
    })),
  );
}

export async function findUserId(store: Store, username: string): Promise<number> {
  const row = await findUserByName(store, username);
  if (!row) throw notFound('用户 (user)', username);
  return row.id;
}

/** Disables (or enables again) an account; disabling ends its sessions at once. */
export async function setUserDisabled(store: Store, id: number, disabled: boolean): Promise<UserView> {
  await getUser(store, id);
  const now = new Date().toISOString();
  await updateUser(store, id, { disabled_at: disabled ? now : null });
  if (disabled) await revokeUserSessions(store, id, now);
  return getUser(store, id);
}

/** An admin sets a new password (the policy applies); the account's sessions end. */
export async function resetPassword(store: Store, id: number, password: string): Promise<UserView> {
  const user = await getUser(store, id);
  checkPasswordPolicy(password, user.username);
  const now = new Date().toISOString();
  await updateUser(store, id, { password_hash: await hashPassword(password), password_changed_at: now });
  await revokeUserSessions(store, id, now);
  await unlockAccount(store, user.username);
  return getUser(store, id);
}

/** A user changes its own password, proving the old one; its other sessions end. */
export async function changeOwnPassword(
  store: Store,
  userId: number,
  input: { oldPassword: string; newPassword: string },
  keepSessionId: string | null,
): Promise<void> {
  const row = await findUserById(store, userId);
  if (!row) throw notFound('用户 (user)', userId);
  if (!(await verifyPassword(row.password_hash, input.oldPassword)))
    throw new AppError('VALIDATION_FAILED', '原密码不正确 (the current password is wrong)', {
      field: 'oldPassword',
      code: 'AUTH_WRONG_PASSWORD',
    });
  checkPasswordPolicy(input.newPassword, row.username);
  const now = new Date().toISOString();
  await updateUser(store, userId, {
    password_hash: await hashPassword(input.newPassword),
    password_changed_at: now,
  });
  await store.db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .$if(keepSessionId !== null, (q) => q.where('id', '!=', keepSessionId!))
    .execute();
}

export async function updateUserAccess(
  store: Store,
  id: number,
  input: { role?: string; departmentIds?: readonly number[]; displayName?: string | null },
): Promise<UserView> {
  const user = await getUser(store, id);
  const role = input.role === undefined ? user.role : assertRole(input.role);
  const departmentIds = input.departmentIds ? [...new Set(input.departmentIds)] : user.departmentIds;
  if (role === 'reporter' && departmentIds.length === 0)
    throw new AppError('VALIDATION_FAILED', '填报人员须绑定至少一个部门 (a reporter needs a department)', {
      field: 'departmentIds',
    });
  for (const d of departmentIds) await getDepartment(store, d);
  await updateUser(store, id, {
    role,
    ...(input.displayName !== undefined ? { display_name: input.displayName?.trim() || null } : {}),
  });
  await setUserDepartments(store, id, departmentIds);
  return getUser(store, id);
}

export async function revokeSessionsOf(store: Store, id: number): Promise<{ revoked: number }> {
  await getUser(store, id);
  return { revoked: await revokeUserSessions(store, id, new Date().toISOString()) };
}

export async function unlockUser(store: Store, id: number): Promise<UserView> {
  const user = await getUser(store, id);
  await unlockAccount(store, user.username);
  return getUser(store, id);
}

/** The demo account's name while it exists and is enabled (shown on the login page), else null. */
export async function findDemoUsername(store: Store): Promise<string | null> {
  const row = await store.db
    .selectFrom('users')
    .select('username')
    .where('demo', '=', 1)
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  return row?.username ?? null;
}
