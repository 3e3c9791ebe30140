import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { readConfig } from '../config.ts';
import { AppError } from '../errors/app-error.ts';
import { PACKAGE_ROOT } from '../package-root.ts';
import { createDemoAccount } from '../services/auth/demo-account.ts';
import { ensureReferenceData } from '../services/reference-data.ts';
import { seedSamplePlanIfEmpty } from '../services/seed/seed-sample-plan.ts';
import { migrateToLatest, openDatabase, type Store } from '../store/open-database.ts';
import { sweepTempFiles } from '../store/temp-files.ts';
import { buildApp } from './app.ts';

export const DEFAULT_WEB_ROOT = join(PACKAGE_ROOT, 'dist/web');

export interface StartServerOptions {
  host: string;
  port: number;
  /** Seed the sample plan into an empty database; default: only on embedded SQLite, never on a production PostgreSQL. */
  seed?: boolean;
  webRoot?: string;
  logLevel?: string;
}

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  stop(): Promise<void>;
}

/**
 * Opens and migrates the database, seeds the sample plan on an empty one, and listens. SIGTERM and
 * SIGINT stop accepting connections, let in-flight requests finish, then close the database.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const store = openDatabase();
  await migrateToLatest(store);
  // What imports killed mid-way (kill -9, power loss) left in the temp folder.
  sweepTempFiles();
  await ensureReferenceData(store);
  const config = readConfig();
  const app = await buildApp({
    store,
    trustProxy: config.trustProxy,
    apiRateLimit: config.apiRateLimit,
    sessionLimits: { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionMaxHours },
    webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
    logger: { level: options.logLevel ?? readConfig().logLevel },
  });
  if (options.seed ?? store.kind === 'sqlite') {
    const seeded = await seedSamplePlanIfEmpty(store);
    if (seeded.seeded) {
      app.log.info({ planId: seeded.planId }, '已载入示例规划 (sample plan loaded)');
      const demo = await createDemoAccount(store);
      // On the console, not in the JSON log: a person starting the sample reads it there.
      if (demo)
        process.stdout.write(
          `\n  演示账号 (demo account, local sample only) — 用户名 ${demo.username}  密码 ${demo.password}\n` +
            '  正式使用请创建自己的账号：planwatch user add --username NAME --role admin --password-stdin\n\n',
        );
    }
  }
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await app.close().catch(() => {});
    await store.close().catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new AppError(
        'BAD_REQUEST',
        `无法监听 ${options.host}:${options.port} (${code}): 端口被占用或无权限，请用 PORT 指定其他端口`,
      );
    }
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host}:${port}`;
  app.log.info({ url, database: store.displayUrl }, 'planwatch 已启动 (listening)');

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await store.close();
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    app.log.info({ signal }, '正在停止 (shutting down)');
    stop().then(
      () => process.exit(0),
      (error) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  return { app, store, url, stop };
}
