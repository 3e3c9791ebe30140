import { type Command, InvalidArgumentError } from 'commander';
import { readConfig } from '../../config.ts';
import { startServer } from '../../http/start-server.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      '启动 Web 应用和 /api (serve the web app and API; on an empty embedded SQLite database, loads the sample plan)',
    )
    .option('--host <host>', 'address to listen on ($HOST, default 127.0.0.1)')
    .option('--port <port>', 'port ($PORT, default 8080)')
    .option('--seed', 'load the sample plan into an empty database (default on embedded SQLite only)')
    .option('--no-seed', 'never load the sample plan')
    .addHelpText('after', '\nExample:\n  $ PORT=9000 planwatch serve')
    .action(async (opts: { host?: string; port?: string; seed?: boolean }) => {
      const config = readConfig();
      const port = opts.port === undefined ? config.port : Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new InvalidArgumentError(`端口无效 (invalid port): ${opts.port}`);
      }
      await startServer({ host: opts.host ?? config.host, port, seed: opts.seed });
    });
}
