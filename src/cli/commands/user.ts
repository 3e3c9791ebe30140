import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { AppError } from '../../errors/app-error.ts';
import {
  createUser,
  findUserId,
  listUsers,
  resetPassword,
  revokeSessionsOf,
  setUserDisabled,
  type UserView,
  unlockUser,
} from '../../services/auth/users.ts';
import { parseId, printJson, withStore } from '../cli-context.ts';

const ROLE_ZH: Record<string, string> = {
  admin: '管理员',
  planner: '规划处',
  reporter: '填报人员',
  viewer: '只读',
};

/** The operator of the machine, recorded as the author of what a command does. */
export function cliActorName(): string {
  let name = 'operator';
  try {
    name = userInfo().username;
  } catch {}
  return `cli:${name}`;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new AppError(
      'BAD_REQUEST',
      '请通过标准输入提供密码 (pipe the password on stdin): echo … | planwatch user …',
    );
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (!text) throw new AppError('BAD_REQUEST', '标准输入中没有密码 (no password on stdin)');
  return text;
}

function requireStdinFlag(opts: { passwordStdin?: boolean }) {
  if (!opts.passwordStdin)
    throw new AppError(
      'BAD_REQUEST',
      '密码只从标准输入读取，请加 --password-stdin (passwords are read from stdin only)',
    );
}

function line(u: UserView): string {
  const flags = [
    u.disabled ? '已停用' : null,
    u.lockedUntil ? `锁定至 ${u.lockedUntil}` : null,
    u.demo ? '演示账号' : null,
  ].filter(Boolean);
  const departments = u.departmentIds.length > 0 ? ` 部门 ${u.departmentIds.join(',')}` : '';
  return `${String(u.id).padStart(4)}  ${u.username}  ${ROLE_ZH[u.role] ?? u.role}${departments}${flags.length ? `  [${flags.join(' · ')}]` : ''}\n`;
}

export function registerUserCommand(program: Command): void {
  const user = program
    .command('user')
    .description('账号管理 (accounts: add, list, disable, enable, reset-password, unlock, revoke-sessions)');

  user
    .command('add')
    .description('添加账号，密码从标准输入读取 (add an account; the password comes on stdin)')
    .requiredOption('--username <name>', 'user name')
    .requiredOption('--role <role>', 'admin | planner | reporter | viewer')
    .option('--password-stdin', 'read the password from standard input')
    .option('--display-name <name>', 'name shown in the web app')
    .option('--department <id...>', 'department ids (required for reporters)')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nExample:\n  $ printf "%s" "$PASSWORD" | planwatch user add --username admin --role admin --password-stdin',
    )
    .action(
      async (opts: {
        username: string;
        role: string;
        passwordStdin?: boolean;
        displayName?: string;
        department?: string[];
        json?: boolean;
      }) => {
        requireStdinFlag(opts);
        const password = await readStdin();
        const created = await withStore((store) =>
          createUser(
            store,
            {
              username: opts.username,
              role: opts.role,
              password,
              displayName: opts.displayName,
              departmentIds: (opts.department ?? []).map((d) => parseId(d, '部门 (department)')),
            },
            cliActorName(),
          ),
        );
        if (opts.json) return printJson({ user: created });
        process.stdout.write(`已添加账号 (account added)\n${line(created)}`);
      },
    );

  user
    .command('list')
    .description('列出账号，含锁定与停用状态 (list accounts, with locks)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const users = await withStore(listUsers);
      if (opts.json) return printJson({ users });
      if (users.length === 0) process.stdout.write('暂无账号 (no accounts)\n');
      for (const u of users) process.stdout.write(line(u));
    });

  const byName =
    (
      fn: (store: Parameters<Parameters<typeof withStore>[0]>[0], id: number) => Promise<unknown>,
      done: string,
    ) =>
    async (username: string) => {
      await withStore(async (store) => fn(store, await findUserId(store, username)));
      process.stdout.write(`${done}: ${username}\n`);
    };

  user
    .command('disable <username>')
    .description('停用账号并结束其会话 (disable an account and end its sessions)')
    .action(byName((store, id) => setUserDisabled(store, id, true), '已停用 (disabled)'));
  user
    .command('enable <username>')
    .description('重新启用账号 (enable an account again)')
    .action(byName((store, id) => setUserDisabled(store, id, false), '已启用 (enabled)'));
  user
    .command('unlock <username>')
    .description('解除登录失败锁定 (clear failed sign-ins)')
    .action(byName(unlockUser, '已解锁 (unlocked)'));
  user
    .command('revoke-sessions <username>')
    .description('强制下线 (end every session of the account)')
    .action(byName(revokeSessionsOf, '已结束会话 (sessions ended)'));

  user
    .command('reset-password <username>')
    .description('重置密码，新密码从标准输入读取 (set a new password from stdin; sessions end)')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (username: string, opts: { passwordStdin?: boolean }) => {
      requireStdinFlag(opts);
      const password = await readStdin();
      await withStore(async (store) => resetPassword(store, await findUserId(store, username), password));
      process.stdout.write(`已重置密码 (password reset): ${username}\n`);
    });
}
