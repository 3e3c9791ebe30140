import { Command, CommanderError } from 'commander';
import { AppError, exitCodeFor } from '../errors/app-error.ts';
import { closeParsePool } from '../services/documents/parse-pool.ts';
import { mapDatabaseError } from '../store/database-errors.ts';
import { VERSION } from '../version.ts';
import { registerCommands } from './commands/index.ts';

const program = new Command()
  .name('planwatch')
  .description(
    '规划执行监测预警平台 — parse plan reports, collect data, assess against pace, warn and report.',
  )
  .version(VERSION)
  .option(
    '--database <url>',
    'database URL (sqlite:PATH or postgres://…); default $DATABASE_URL or sqlite:./data/planwatch.db',
  )
  .showHelpAfterError('(planwatch --help 查看用法)')
  .exitOverride()
  .addHelpText(
    'after',
    `
Examples:
  $ planwatch serve                          # web app and /api on http://127.0.0.1:8080
  $ planwatch parse examples/shanghai-2026-plan-report.txt > plan.json
  $ planwatch import report.docx --publish --json
  $ planwatch target "增长5%左右"
  $ planwatch assess --plan 1 --as-of 2026-06-30
  $ DATABASE_URL=postgres://localhost/planwatch planwatch migrate`,
  );

program.hook('preAction', (cmd) => {
  const url = cmd.opts().database as string | undefined;
  if (url) process.env.DATABASE_URL = url;
});

await registerCommands(program, process.argv.slice(2));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; usage errors were already printed by commander, except ours.
    if (error.code === 'commander.invalidArgument' && !error.message.startsWith('error:')) {
      process.stderr.write(`planwatch: ${error.message}\n`);
    }
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    const debug = await debugEnabled();
    // Database errors read by their code (busy → 数据库正忙, exit 3), never as 内部错误.
    const failure = mapDatabaseError(error) ?? error;
    const message =
      failure instanceof AppError
        ? failure.message
        : `内部错误 (internal error): ${(failure as Error)?.message ?? failure}`;
    process.stderr.write(`planwatch: ${message}\n`);
    if (failure instanceof AppError && failure.details && debug) {
      process.stderr.write(`${JSON.stringify(failure.details, null, 2)}\n`);
    }
    if (!(failure instanceof AppError) && debug) console.error(failure);
    process.exitCode = exitCodeFor(failure);
  }
} finally {
  await closeParsePool();
}

/** PLANWATCH_DEBUG, read only when an error is shown: the config module loads zod. */
async function debugEnabled(): Promise<boolean> {
  try {
    return (await import('../config.ts')).readConfig().debug;
  } catch {
    return false;
  }
}
