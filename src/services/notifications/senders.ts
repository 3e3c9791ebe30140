import { createHmac } from 'node:crypto';
import type { FormattedMessage, NotificationPayload } from './format-message.ts';

export type ChannelKind = 'webhook' | 'wecom' | 'dingtalk' | 'email';
export const CHANNEL_KINDS: readonly ChannelKind[] = ['webhook', 'wecom', 'dingtalk', 'email'];

export interface SendInput {
  kind: ChannelKind;
  url: string;
  secret: string | null;
  payload: NotificationPayload;
  message: FormattedMessage;
  /** For tests: the clock DingTalk's signature uses. */
  now?: number;
}

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

const TIMEOUT_MS = 10_000;

/** `X-Planwatch-Signature`: `sha256=` + hex HMAC-SHA256 of the raw body with the channel's secret. */
export function webhookSignature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/**
 * DingTalk robot signing (加签): HMAC-SHA256 of `timestamp + "\n" + secret` keyed by the secret,
 * base64, URL-encoded, sent as `timestamp` and `sign` query parameters.
 */
export function dingtalkSignedUrl(url: string, secret: string, timestamp: number): string {
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
  return `${url}${url.includes('?') ? '&' : '?'}timestamp=${timestamp}&sign=${encodeURIComponent(sign)}`;
}

/** WeCom group robot: `{msgtype: 'markdown', markdown: {content}}`. */
export function wecomBody(message: FormattedMessage): unknown {
  return { msgtype: 'markdown', markdown: { content: message.markdown } };
}

/** DingTalk robot: `{msgtype: 'markdown', markdown: {title, text}}`. */
export function dingtalkBody(message: FormattedMessage): unknown {
  return { msgtype: 'markdown', markdown: { title: message.title, text: message.markdown } };
}

async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  robot: boolean,
): Promise<SendResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    if (!response.ok)
      return { ok: false, statusCode: response.status, error: text.slice(0, 500) || response.statusText };
    if (robot) {
      // WeCom and DingTalk answer 200 with {errcode, errmsg}: a non-zero errcode is a failure.
      const parsed = safeJson(text) as { errcode?: number; errmsg?: string } | null;
      if (parsed && typeof parsed.errcode === 'number' && parsed.errcode !== 0) {
        return {
          ok: false,
          statusCode: response.status,
          error: `errcode ${parsed.errcode}: ${parsed.errmsg ?? ''}`,
        };
      }
    }
    return { ok: true, statusCode: response.status, error: null };
  } catch (error) {
    return { ok: false, statusCode: null, error: (error as Error).message };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Sends one notification through one channel; never throws. */
export async function sendNotification(input: SendInput): Promise<SendResult> {
  const { message } = input;
  switch (input.kind) {
    case 'webhook': {
      const body = JSON.stringify({ ...input.payload, title: message.title, text: message.text });
      const headers: Record<string, string> = {};
      if (input.secret) headers['x-planwatch-signature'] = webhookSignature(body, input.secret);
      return post(input.url, body, headers, false);
    }
    case 'wecom':
      return post(input.url, JSON.stringify(wecomBody(message)), {}, true);
    case 'dingtalk': {
      const url = input.secret
        ? dingtalkSignedUrl(input.url, input.secret, input.now ?? Date.now())
        : input.url;
      return post(url, JSON.stringify(dingtalkBody(message)), {}, true);
    }
    case 'email':
      return sendEmail(input.url, input.secret, message);
  }
}

/**
 * E-mail over SMTP: the channel URL is `smtp://[user@]host:port/?to=a@x,b@y&from=planwatch@x`
 * (`smtps://` for TLS); the secret, if any, is the SMTP password.
 */
async function sendEmail(url: string, secret: string | null, message: FormattedMessage): Promise<SendResult> {
  try {
    const parsed = new URL(url);
    const to = parsed.searchParams.get('to');
    const from = parsed.searchParams.get('from') ?? 'planwatch@localhost';
    if (!to) return { ok: false, statusCode: null, error: 'e-mail channel URL has no ?to=' };
    const { createTransport } = await import('nodemailer');
    const transport = createTransport({
      host: parsed.hostname,
      port: Number(parsed.port || (parsed.protocol === 'smtps:' ? 465 : 25)),
      secure: parsed.protocol === 'smtps:',
      auth: parsed.username ? { user: decodeURIComponent(parsed.username), pass: secret ?? '' } : undefined,
      tls: { rejectUnauthorized: parsed.searchParams.get('insecure') !== '1' },
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
    });
    await transport.sendMail({ from, to, subject: message.title, text: message.text });
    transport.close();
    return { ok: true, statusCode: 250, error: null };
  } catch (error) {
    return { ok: false, statusCode: null, error: (error as Error).message };
  }
}
