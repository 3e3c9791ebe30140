import { type Command, Option } from 'commander';
import { parseId, printJson, withStore } from '../cli-context.ts';

export function registerChannelsCommand(program: Command): void {
  const channels = program.command('channels').description('通知通道 (notification channels)');
  channels
    .command('add')
    .description(
      '添加通知通道，默认为规划处订阅全部级别 (add a channel; subscribes the plan office to every severity)',
    )
    .addOption(
      new Option('--kind <kind>', 'channel kind')
        .choices(['webhook', 'wecom', 'dingtalk', 'email'])
        .makeOptionMandatory(),
    )
    .requiredOption('--url <url>', 'robot/webhook URL, or smtp://host:port/?to=a@x&from=b@x for e-mail')
    .option(
      '--secret <secret>',
      'webhook signing secret, DingTalk 加签 secret, or SMTP password (stored encrypted)',
    )
    .option('--name <name>', 'a name for the channel')
    .option('--no-subscribe', 'do not subscribe the plan office')
    .option('--json', 'machine-readable output: {channelId}')
    .addHelpText(
      'after',
      '\nExamples:\n  $ planwatch channels add --kind wecom --url "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…"\n  $ planwatch channels add --kind dingtalk --url "https://oapi.dingtalk.com/robot/send?access_token=…" --secret SEC…\n  $ planwatch channels add --kind email --url "smtp://mail.example.gov.cn:25/?to=office@example.gov.cn"',
    )
    .action(
      async (opts: {
        kind: string;
        url: string;
        secret?: string;
        name?: string;
        subscribe: boolean;
        json?: boolean;
      }) => {
        const { addChannel } = await import('../../services/notifications/channels.ts');
        const channel = await withStore((store) =>
          addChannel(
            store,
            { kind: opts.kind, url: opts.url, secret: opts.secret, name: opts.name },
            { subscribe: opts.subscribe },
          ),
        );
        if (opts.json) return printJson({ channelId: channel.id });
        process.stdout.write(`已添加通知通道 ${channel.id}（${channel.kind}）\n`);
      },
    );
  channels
    .command('list', { isDefault: true })
    .description('列出通知通道（不显示密钥）(list channels; secrets never shown)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const { listChannels } = await import('../../services/notifications/channels.ts');
      const list = await withStore((store) => listChannels(store));
      if (opts.json) return printJson({ channels: list });
      for (const c of list)
        process.stdout.write(`${c.id}\t${c.kind}\t${c.name}\t${c.enabled ? '启用' : '停用'}\n`);
    });
}

export function registerNotifyCommand(program: Command): void {
  const notify = program.command('notify').description('发送通知 (deliver notifications)');
  notify
    .command('test')
    .description('向通道发送测试消息 (send a test message through a channel now)')
    .requiredOption('--channel <id>', 'channel id')
    .option('--json', 'machine-readable output: {deliveryId, status, error}')
    .action(async (opts: { channel: string; json?: boolean }) => {
      const { sendTestMessage } = await import('../../services/notifications/delivery-queue.ts');
      const result = await withStore((store) => sendTestMessage(store, parseId(opts.channel, '--channel')));
      if (opts.json) printJson(result);
      else
        process.stdout.write(result.status === 'sent' ? '测试消息已发送\n' : `发送失败：${result.error}\n`);
      if (result.status !== 'sent') process.exitCode = 1;
    });
  notify
    .command('flush')
    .description('立即投递队列中到期的通知 (deliver what is queued and due now)')
    .option('--json', 'machine-readable output: {sent, failed, dead}')
    .action(async (opts: { json?: boolean }) => {
      const { flushDeliveries } = await import('../../services/notifications/delivery-queue.ts');
      const result = await withStore((store) => flushDeliveries(store));
      if (opts.json) return printJson(result);
      process.stdout.write(`已发送 ${result.sent}，待重试 ${result.failed}，转入死信 ${result.dead}\n`);
    });
}
