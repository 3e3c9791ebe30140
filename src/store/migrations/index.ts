import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.ts';
import { collection } from './0002-collection.ts';
import { collectionProvenance } from './0003-collection-provenance.ts';
import { auth } from './0008-auth.ts';
import { alerts } from './0009-alerts.ts';
import type { DialectKind, PlanwatchMigration } from './migration-helpers.ts';

/**
 * The one migration set for both databases, in order. Names are never renamed once released:
 * Kysely records them in its migration table.
 */
const MIGRATIONS: Array<[string, PlanwatchMigration]> = [
  ['0001-initial', initial],
  ['0002-collection', collection],
  ['0003-collection-provenance', collectionProvenance],
  ['0008-auth', auth],
  ['0009-alerts', alerts],
];

export function migrationProvider(kind: DialectKind): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of MIGRATIONS) {
        out[name] = {
          up: (db) => m.up(db, kind),
          down: m.down ? (db) => m.down!(db, kind) : undefined,
        };
      }
      return out;
    },
  };
}
