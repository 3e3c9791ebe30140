import { AppError, notFound } from '../../errors/app-error.ts';
import type { Store } from '../../store/open-database.ts';
import type { Actor } from './actor.types.ts';
import { actorOfUser, randomToken, sha256Hex } from './sessions.ts';

export const TOKEN_PREFIX = 'pwt_';

export interface ApiTokenView {
  id: number;
  name: string;
  prefix: string;
  userId: number;
  planId: number | null;
  departmentIds: number[] | null;
  write: boolean;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface NewApiToken {
  name: string;
  userId: number;
  planId?: number | null;
  departmentIds?: number[] | null;
  write?: boolean;
  expiresAt?: string | null;
}

/**
 * Creates a token for machine pushes. The token is returned once; only its SHA-256 is kept. It
 * acts as its user, further limited to a plan, departments and reading or writing.
 */
export async function createApiToken(
  store: Store,
  input: NewApiToken,
  by: string | null,
): Promise<{ token: string; view: ApiTokenView }> {
  const user = await actorOfUser(store, input.userId);
  if (!user) throw notFound('用户 (user)', input.userId);
  if (input.expiresAt && !(Date.parse(input.expiresAt) > Date.now()))
    throw new AppError('VALIDATION_FAILED', '过期时间须在将来 (expiresAt must be in the future)', {
      field: 'expiresAt',
    });
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const row = await store.db
    .insertInto('api_tokens')
    .values({
      name: input.name,
      token_hash: sha256Hex(token),
      prefix: token.slice(0, 10),
      user_id: input.userId,
      plan_id: input.planId ?? null,
      departments_json: input.departmentIds ? JSON.stringify(input.departmentIds) : null,
      write: input.write ? 1 : 0,
      created_at: new Date().toISOString(),
      created_by: by,
      expires_at: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
      revoked_at: null,
      last_used_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, view: (await listApiTokens(store)).find((t) => t.id === row.id)! };
}

export async function listApiTokens(store: Store): Promise<ApiTokenView[]> {
  const rows = await store.db.selectFrom('api_tokens').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    userId: r.user_id,
    planId: r.plan_id,
    departmentIds: r.departments_json ? (JSON.parse(r.departments_json) as number[]) : null,
    write: r.write === 1,
    createdAt: r.created_at,
    createdBy: r.created_by,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  }));
}

export async function revokeApiToken(store: Store, id: number): Promise<void> {
  const result = await store.db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const exists = await store.db
      .selectFrom('api_tokens')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!exists) throw notFound('API 令牌 (API token)', id);
  }
}

/** The actor a bearer token stands for, or null when unknown, revoked, expired or its user disabled. */
export async function actorOfToken(store: Store, token: string, now = new Date()): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await store.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!row || row.revoked_at) return null;
  if (row.expires_at && Date.parse(row.expires_at) <= now.getTime()) return null;
  const user = await actorOfUser(store, row.user_id);
  if (!user) return null;
  await store.db
    .updateTable('api_tokens')
    .set({ last_used_at: now.toISOString() })
    .where('id', '=', row.id)
    .execute();
  const departmentIds = row.departments_json ? (JSON.parse(row.departments_json) as number[]) : null;
  return {
    ...user,
    kind: 'token',
    token: { id: row.id, planId: row.plan_id, departmentIds, write: row.write === 1 },
  };
}
