import { z } from 'zod';
import { AppError, notFound } from '../../errors/app-error.ts';
import {
  type ChannelRow,
  deleteSubscription,
  getChannelRow,
  insertChannel,
  insertSubscription,
  listChannelRows,
  listSubscriptionRows,
  updateChannelRow,
} from '../../store/alerts/notifications-store.ts';
import { inTransaction, type Store } from '../../store/open-database.ts';
import { parseOrThrow } from '../validation.ts';
import { encryptSecret } from './secret-box.ts';
import { CHANNEL_KINDS } from './senders.ts';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const channelInputSchema = z
  .object({
    kind: z.enum(CHANNEL_KINDS as [string, ...string[]]),
    url: z.string().url().max(2000),
    name: z.string().min(1).max(200).optional(),
    secret: z.string().min(1).max(500).optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .refine((c) => (c.kind === 'email' ? /^smtps?:/i.test(c.url) : /^https?:/i.test(c.url)), {
    message: 'webhook/wecom/dingtalk 使用 http(s):// 地址，email 使用 smtp(s)://host:port/?to=…',
    path: ['url'],
  });

export const subscriptionInputSchema = z
  .object({
    channelId: z.number().int().positive(),
    planId: z.number().int().positive().nullable().optional(),
    userName: z.string().min(1).max(200).nullable().optional(),
    department: z.string().min(1).max(200).nullable().optional(),
    minSeverity: z.enum(['high', 'medium', 'low']).default('low'),
    digest: z.boolean().default(false),
    quietStart: hhmm.nullable().optional(),
    quietEnd: hhmm.nullable().optional(),
  })
  .strict();

/** A channel as the API shows it: never its secret, only whether it has one. */
export interface ChannelView {
  id: number;
  name: string;
  kind: string;
  url: string;
  hasSecret: boolean;
  enabled: boolean;
  createdAt: string;
}

export interface SubscriptionView {
  id: number;
  channelId: number;
  planId: number | null;
  userName: string | null;
  department: string | null;
  minSeverity: string;
  digest: boolean;
  quietStart: string | null;
  quietEnd: string | null;
}

/** Robot webhook URLs carry their access token: only the host and path are shown. */
function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    for (const key of [...u.searchParams.keys()])
      if (/key|token|access/i.test(key)) u.searchParams.set(key, '***');
    return u.toString();
  } catch {
    return '***';
  }
}

export function toChannelView(row: ChannelRow): ChannelView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    url: maskUrl(row.url),
    hasSecret: row.secret_encrypted !== null,
    enabled: row.enabled === 1,
    createdAt: row.created_at,
  };
}

/**
 * Adds a channel; its secret is stored encrypted. Unless told otherwise (`subscribe: false`) the
 * plan office is subscribed to every severity of every plan.
 */
export async function addChannel(
  store: Store,
  input: unknown,
  options: { actor?: string | null; subscribe?: boolean; now?: string } = {},
): Promise<ChannelView> {
  const c = parseOrThrow(channelInputSchema, input, '通知通道无效 (invalid channel)');
  const now = options.now ?? new Date().toISOString();
  const id = await inTransaction(store, async (tx) => {
    const id = await insertChannel(tx.db, {
      name: c.name ?? `${c.kind} ${new URL(c.url).host}`,
      kind: c.kind,
      url: c.url,
      secret_encrypted: c.secret ? encryptSecret(c.secret) : null,
      settings_json: null,
      enabled: c.enabled === false ? 0 : 1,
      created_at: now,
      created_by: options.actor ?? null,
    });
    if (options.subscribe !== false) {
      await insertSubscription(tx.db, {
        channel_id: id,
        plan_id: null,
        user_name: null,
        department: null,
        min_severity: 'low',
        digest: 0,
        quiet_start: null,
        quiet_end: null,
        created_at: now,
      });
    }
    return id;
  });
  return getChannel(store, id);
}

export async function getChannel(store: Store, id: number): Promise<ChannelView> {
  const row = await getChannelRow(store.db, id);
  if (!row) throw notFound('通知通道 (channel)', id);
  return toChannelView(row);
}

export async function listChannels(store: Store): Promise<ChannelView[]> {
  return (await listChannelRows(store.db)).map(toChannelView);
}

export async function updateChannel(store: Store, id: number, input: unknown): Promise<ChannelView> {
  const change = parseOrThrow(
    z
      .object({
        name: z.string().min(1).max(200),
        url: z.string().url().max(2000),
        secret: z.string().min(1).max(500).nullable(),
        enabled: z.boolean(),
      })
      .partial()
      .strict(),
    input,
    '通知通道无效 (invalid channel)',
  );
  const fields = {
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.url !== undefined ? { url: change.url } : {}),
    ...(change.secret !== undefined
      ? { secret_encrypted: change.secret ? encryptSecret(change.secret) : null }
      : {}),
    ...(change.enabled !== undefined ? { enabled: change.enabled ? 1 : 0 } : {}),
  };
  if (Object.keys(fields).length > 0 && !(await updateChannelRow(store.db, id, fields))) {
    throw notFound('通知通道 (channel)', id);
  }
  return getChannel(store, id);
}

export async function removeChannel(store: Store, id: number, now = new Date().toISOString()): Promise<void> {
  if (!(await updateChannelRow(store.db, id, { deleted_at: now, enabled: 0 })))
    throw notFound('通知通道 (channel)', id);
}

export async function addSubscription(
  store: Store,
  input: unknown,
  now = new Date().toISOString(),
): Promise<SubscriptionView> {
  const s = parseOrThrow(subscriptionInputSchema, input, '订阅无效 (invalid subscription)');
  if (Boolean(s.quietStart) !== Boolean(s.quietEnd)) {
    throw new AppError(
      'VALIDATION_FAILED',
      '免打扰时段须同时给出开始和结束 (quiet hours need a start and an end)',
      {
        field: 'quietEnd',
      },
    );
  }
  await getChannel(store, s.channelId);
  const id = await insertSubscription(store.db, {
    channel_id: s.channelId,
    plan_id: s.planId ?? null,
    user_name: s.userName ?? null,
    department: s.department ?? null,
    min_severity: s.minSeverity,
    digest: s.digest ? 1 : 0,
    quiet_start: s.quietStart ?? null,
    quiet_end: s.quietEnd ?? null,
    created_at: now,
  });
  return (await listSubscriptions(store)).find((x) => x.id === id)!;
}

export async function listSubscriptions(
  store: Store,
  filter: { channelId?: number } = {},
): Promise<SubscriptionView[]> {
  return (await listSubscriptionRows(store.db, filter)).map((r) => ({
    id: r.id,
    channelId: r.channel_id,
    planId: r.plan_id,
    userName: r.user_name,
    department: r.department,
    minSeverity: r.min_severity,
    digest: r.digest === 1,
    quietStart: r.quiet_start,
    quietEnd: r.quiet_end,
  }));
}

export async function removeSubscription(store: Store, id: number): Promise<void> {
  if (!(await deleteSubscription(store.db, id))) throw notFound('订阅 (subscription)', id);
}
