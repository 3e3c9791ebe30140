import type { DigestGroup } from '../../domain/alerts/index.ts';
import { type Lang, render } from '../../i18n/index.ts';

export interface AlertPayload {
  kind: 'alert';
  event: string;
  planId: number;
  alert: {
    id: number;
    rule: string;
    severity: string;
    state: string;
    item: { type: string; id: number; name: string };
    department: string | null;
    message: { code: string; params: Record<string, unknown> };
    openedAt: string;
    escalationLevel: number;
  };
}

export interface DigestPayload {
  kind: 'digest';
  date: string;
  groups: Array<
    DigestGroup & {
      entries: Array<DigestGroup['entries'][number] & { message: AlertPayload['alert']['message'] }>;
    }
  >;
}

export interface TestPayload {
  kind: 'test';
  channel: string;
}

export type NotificationPayload = AlertPayload | DigestPayload | TestPayload;

export interface FormattedMessage {
  title: string;
  /** Markdown body (WeCom, DingTalk); the same lines joined as plain text for e-mail. */
  markdown: string;
  text: string;
}

const msg = (code: string, params: Record<string, unknown>) => ({ code, params }) as never;

/** The title and body of a notification in a language, from its codes and parameters only. */
export function formatNotification(payload: NotificationPayload, lang: Lang = 'zh'): FormattedMessage {
  if (payload.kind === 'test') {
    const text = render(msg('ALERT_TEST_MESSAGE', { channel: payload.channel }), lang);
    return { title: text, markdown: text, text };
  }
  if (payload.kind === 'alert') {
    const a = payload.alert;
    const title = render(msg('ALERT_NOTIFY_TITLE', { kind: payload.event, severity: a.severity }), lang);
    const lines = [
      render(msg(a.message.code, a.message.params), lang),
      render(msg('ALERT_NOTIFY_DEPARTMENT', { department: a.department }), lang),
    ];
    if (payload.event === 'escalated')
      lines.push(render(msg('ALERT_NOTIFY_ESCALATION', { level: a.escalationLevel }), lang));
    return {
      title,
      markdown: [`### ${title}`, ...lines.map((l) => `> ${l}`)].join('\n'),
      text: [title, ...lines].join('\n'),
    };
  }
  const count = payload.groups.reduce((n, g) => n + g.entries.length, 0);
  const title = render(msg('ALERT_DIGEST_TITLE', { count, date: payload.date }), lang);
  const md = [`### ${title}`];
  const text = [title];
  for (const g of payload.groups) {
    const head = `${render(msg('ALERT_SEVERITY', { severity: g.severity }), lang)} · ${render(msg('ALERT_NOTIFY_DEPARTMENT', { department: g.department }), lang)}`;
    md.push(`**${head}**`);
    text.push(head);
    for (const e of g.entries) {
      const line = render(msg(e.message.code, e.message.params), lang);
      md.push(`- ${line}`);
      text.push(`- ${line}`);
    }
  }
  return { title, markdown: md.join('\n'), text: text.join('\n') };
}
