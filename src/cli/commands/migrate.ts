import type { Command } from 'commander';
import { migrateToLatest, openDatabase } from '../../store/open-database.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('应用数据库迁移 (apply pending database migrations; never loads sample data)')
    .option('--json', 'print {applied: [...]} as JSON')
    .addHelpText('after', '\nExample:\n  $ DATABASE_URL=postgres://127.0.0.1/planwatch planwatch migrate')
    .action(async (opts: { json?: boolean }) => {
      const store = openDatabase();
      try {
        const applied = await migrateToLatest(store);
        if (opts.json) process.stdout.write(`${JSON.stringify({ applied, database: store.kind })}\n`);
        else
          process.stdout.write(
            applied.length
              ? `已应用迁移 (applied): ${applied.join(', ')}\n`
              : '数据库已是最新 (up to date)\n',
          );
      } finally {
        await store.close();
      }
    });
}
