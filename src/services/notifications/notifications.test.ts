import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildCollectionPlan, type IndicatorSpec } from '../../../test/support/collection-builders.ts';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { evaluateAndNotify } from '../alerts/evaluate-and-notify.ts';
import { recordObservations } from '../collection/observations/import-observations.ts';
import { addChannel, addSubscription, listChannels } from './channels.ts';
import { flushDeliveries, MAX_ATTEMPTS, sendTestMessage } from './delivery-queue.ts';
import { decryptSecret } from './secret-box.ts';

interface Received {
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local receiver standing in for WeCom, DingTalk and webhook endpoints on 127.0.0.1. */
function receiver() {
  const received: Received[] = [];
  let failuresLeft = 0;
  let robotError = false;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body });
      if (failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(503).end('busy');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          robotError ? { errcode: 310000, errmsg: 'sign not match' } : { errcode: 0, errmsg: 'ok' },
        ),
      );
    });
  });
  return {
    received,
    server,
    failNext: (n: number) => {
      failuresLeft = n;
    },
    robotError: (on: boolean) => {
      robotError = on;
    },
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  };
}

const GDP: IndicatorSpec = {
  name: '地区生产总值增长',
  code: 'gdp',
  unit: '%',
  kind: 'ytd_growth',
  frequency: 'quarterly',
  target: { kind: 'growth', value: 5, unit: '%', normalized: { value: 5, unit: '%' } },
};

describeEachDatabase('notifications', (t) => {
  const http = receiver();
  const mails: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (c) => {
        data += c;
      });
      stream.on('end', () => {
        mails.push(data);
        callback();
      });
    },
  });
  let smtpPort = 0;
  let planId: number;

  beforeAll(async () => {
    process.env.PLANWATCH_SECRET_KEY = randomBytes(32).toString('hex');
    await new Promise<void>((r) => http.server.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    smtpPort = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => http.server.close(r));
    await new Promise<void>((r) => smtp.close(() => r()));
  });
  beforeEach(async () => {
    http.received.length = 0;
    mails.length = 0;
    await t.store.db.deleteFrom('notification_channels').execute();
    planId = (await buildCollectionPlan(t.store, { indicators: [GDP] })).planId;
    await recordObservations(
      t.store,
      [{ indicator: GDP.name, period: '2026Q2', kind: 'ytd_growth', value: 3 }],
      { planId },
    );
  });

  it('a webhook receives each new alert once, signed with the channel secret; the secret is never shown', async () => {
    const channel = await addChannel(t.store, {
      kind: 'webhook',
      url: `${http.url()}/hook`,
      secret: 's3cret',
    });
    expect(JSON.stringify(await listChannels(t.store))).not.toContain('s3cret');
    const stored = await t.store.db
      .selectFrom('notification_channels')
      .select('secret_encrypted')
      .executeTakeFirstOrThrow();
    expect(stored.secret_encrypted).not.toContain('s3cret');
    expect(decryptSecret(stored.secret_encrypted!)).toBe('s3cret');

    await evaluateAndNotify(t.store, planId, { asOf: '2026-07-20' });
    await evaluateAndNotify(t.store, planId, { asOf: '2026-07-20' });
    expect(await flushDeliveries(t.store)).toMatchObject({ sent: 2, failed: 0 });
    expect(await flushDeliveries(t.store)).toMatchObject({ sent: 0 });
    expect(http.received).toHaveLength(2);
    for (const r of http.received) {
      const expected = `sha256=${createHmac('sha256', 's3cret').update(r.body).digest('hex')}`;
      expect(r.headers['x-planwatch-signature']).toBe(expected);
      const body = JSON.parse(r.body);
      expect(body).toMatchObject({
        kind: 'alert',
        event: 'opened',
        planId,
        alert: { item: { name: GDP.name } },
      });
      expect(body.text).toContain('地区生产总值增长');
    }
    expect(channel.hasSecret).toBe(true);
  });

  it('retries with backoff, then dead-letters, logging every attempt', async () => {
    const channel = await addChannel(
      t.store,
      { kind: 'webhook', url: `${http.url()}/down` },
      { subscribe: false },
    );
    await addSubscription(t.store, { channelId: channel.id, minSeverity: 'medium' });
    await evaluateAndNotify(t.store, planId, { asOf: '2026-07-20' });
    http.failNext(100);
    let now = Date.now();
    const first = await flushDeliveries(t.store, { now: new Date(now).toISOString(), retryBaseMs: 1000 });
    expect(first).toMatchObject({ sent: 0, failed: 2 });
    // Not due again before the backoff has passed.
    expect(
      await flushDeliveries(t.store, { now: new Date(now + 500).toISOString(), retryBaseMs: 1000 }),
    ).toMatchObject({ failed: 0 });
    let dead = 0;
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      now += 60 * 60_000;
      dead += (await flushDeliveries(t.store, { now: new Date(now).toISOString(), retryBaseMs: 1000 })).dead;
    }
    expect(dead).toBe(2);
    const rows = await t.store.db
      .selectFrom('notification_deliveries')
      .selectAll()
      .where('channel_id', '=', channel.id)
      .execute();
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['dead', MAX_ATTEMPTS],
      ['dead', MAX_ATTEMPTS],
    ]);
    const attempts = await t.store.db
      .selectFrom('delivery_attempts')
      .selectAll()
      .where('delivery_id', '=', rows[0].id)
      .execute();
    expect(attempts).toHaveLength(MAX_ATTEMPTS);
    expect(attempts[0]).toMatchObject({ ok: 0, status_code: 503, error: 'busy' });
    http.failNext(1);
    const test = await sendTestMessage(t.store, channel.id);
    expect(test.status).toBe('pending');
    http.failNext(0);
    expect((await sendTestMessage(t.store, channel.id)).status).toBe('sent');
  });

  it('DingTalk: signed timestamp per its published scheme; WeCom: markdown robot message', async () => {
    const ding = await addChannel(t.store, {
      kind: 'dingtalk',
      url: `${http.url()}/robot/send?access_token=abc`,
      secret: 'SECding',
    });
    await addChannel(t.store, { kind: 'wecom', url: `${http.url()}/cgi-bin/webhook/send?key=k1` });
    expect(ding.url).not.toContain('abc');
    await evaluateAndNotify(t.store, planId, { asOf: '2026-07-20' });
    await flushDeliveries(t.store);
    const dingCalls = http.received.filter((r) => r.url.startsWith('/robot/send'));
    expect(dingCalls).toHaveLength(2);
    const url = new URL(dingCalls[0].url, 'http://x');
    const timestamp = url.searchParams.get('timestamp')!;
    const expectedSign = createHmac('sha256', 'SECding').update(`${timestamp}\nSECding`).digest('base64');
    expect(url.searchParams.get('sign')).toBe(expectedSign);
    expect(dingCalls[0].url).toContain(`sign=${encodeURIComponent(expectedSign)}`);
    expect(url.searchParams.get('access_token')).toBe('abc');
    const ding0 = JSON.parse(dingCalls[0].body);
    expect(ding0).toMatchObject({
      msgtype: 'markdown',
      markdown: { title: expect.stringContaining('规划监测预警') },
    });
    expect(ding0.markdown.text).toContain('责任单位');

    const wecom = http.received.filter((r) => r.url.startsWith('/cgi-bin/webhook/send?key=k1'));
    expect(wecom).toHaveLength(2);
    const body = JSON.parse(wecom[0].body);
    expect(Object.keys(body).sort()).toEqual(['markdown', 'msgtype']);
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.content).toMatch(/^### 【规划监测预警·较重】新预警\n> /);

    // A robot answering errcode ≠ 0 is a failed delivery.
    http.robotError(true);
    const test = await sendTestMessage(t.store, ding.id);
    http.robotError(false);
    expect(test).toMatchObject({ status: 'pending', error: expect.stringContaining('310000') });
  });

  it('e-mail reaches the local SMTP server', async () => {
    const channel = await addChannel(t.store, {
      kind: 'email',
      url: `smtp://127.0.0.1:${smtpPort}/?to=office@example.gov.cn&from=planwatch@example.gov.cn`,
    });
    expect(await sendTestMessage(t.store, channel.id)).toMatchObject({ status: 'sent' });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('To: office@example.gov.cn');
  });

  it('a digest subscription gets one message grouped by severity and department at 08:00', async () => {
    const channel = await addChannel(
      t.store,
      { kind: 'webhook', url: `${http.url()}/digest` },
      { subscribe: false },
    );
    await addSubscription(t.store, { channelId: channel.id, digest: true });
    const now = '2026-07-20T02:00:00.000Z'; // 10:00 in China: the digest goes out tomorrow at 08:00
    await evaluateAndNotify(t.store, planId, { asOf: '2026-07-20' });
    const held = await t.store.db
      .selectFrom('notification_deliveries')
      .selectAll()
      .where('channel_id', '=', channel.id)
      .execute();
    expect(held.map((d) => d.status)).toEqual(['held', 'held']);
    expect(await flushDeliveries(t.store, { now })).toMatchObject({ sent: 0 });
    const due = new Date(Date.parse(held[0].next_attempt_at) + 1000).toISOString();
    expect(await flushDeliveries(t.store, { now: due })).toMatchObject({ sent: 1 });
    const [digest] = http.received.filter((r) => r.url === '/digest');
    const body = JSON.parse(digest.body);
    expect(body.kind).toBe('digest');
    expect(body.groups).toHaveLength(1);
    expect(body.groups[0]).toMatchObject({ severity: 'medium', department: null });
    expect(body.groups[0].entries).toHaveLength(2);
    expect(body.text).toContain('共2条');
  });

  it('quiet hours hold a message until they end', async () => {
    const channel = await addChannel(
      t.store,
      { kind: 'webhook', url: `${http.url()}/quiet` },
      { subscribe: false },
    );
    // A window from the current China hour to two hours later: now is always inside it.
    const hour = (new Date().getUTCHours() + 8) % 24;
    const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
    await addSubscription(t.store, { channelId: channel.id, quietStart: hh(hour), quietEnd: hh(hour + 2) });
    await evaluateAndNotify(t.store, planId, { asOf: '2026-07-20' });
    const rows = await t.store.db
      .selectFrom('notification_deliveries')
      .selectAll()
      .where('channel_id', '=', channel.id)
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.next_attempt_at > new Date().toISOString())).toBe(true);
  });
});
