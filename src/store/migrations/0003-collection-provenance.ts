import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { DOUBLE, type PlanwatchMigration } from './migration-helpers.ts';

/**
 * Provenance of collected values:
 * - `confirmed_at` (observations, progress reports): when the plan office accepted a value. A
 *   department's submission confirmed on 20 July was not known on 10 July, whatever its
 *   `recorded_at`; as-of reads use it. Existing confirmed rows get their submission's review time,
 *   or their recording time when the office wrote them directly.
 * - `written_value` / `written_unit` / `unit_assumed` (observations): the number and unit as the
 *   source gave them (`unit_assumed` = 1 when the unit was blank and the indicator's was taken);
 *   `value` / `unit` stay the converted figure every reader uses.
 * - `completed_written_value` / `completed_written_unit` (progress reports): a commitment's
 *   completed quantity as reported, beside `completed_quantity` in the commitment's base unit.
 */
export const collectionProvenance: PlanwatchMigration = {
  async up(db: Kysely<unknown>) {
    for (const table of ['observations', 'progress_reports']) {
      await db.schema.alterTable(table).addColumn('confirmed_at', 'text').execute();
    }
    await db.schema.alterTable('observations').addColumn('written_value', DOUBLE).execute();
    await db.schema.alterTable('observations').addColumn('written_unit', 'text').execute();
    await db.schema
      .alterTable('observations')
      .addColumn('unit_assumed', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('progress_reports').addColumn('completed_written_value', DOUBLE).execute();
    await db.schema.alterTable('progress_reports').addColumn('completed_written_unit', 'text').execute();

    await sql`update observations set confirmed_at = coalesce(
        (select s.reviewed_at from submissions s where s.id = observations.submission_id), recorded_at)
      where status = 'confirmed'`.execute(db);
    await sql`update progress_reports set confirmed_at = coalesce(
        (select s.reviewed_at from submissions s where s.id = progress_reports.submission_id), recorded_at)
      where review_status = 'confirmed'`.execute(db);
    await db.schema
      .createIndex('observations_submission_idx')
      .on('observations')
      .column('submission_id')
      .execute();
  },
};
