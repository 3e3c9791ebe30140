import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { createTableWithId, DOUBLE, type PlanwatchMigration } from './migration-helpers.ts';

/**
 * Foreign keys and item ids are bigint, like the ids they point to (0001's convention).
 * Data collection: who owns what (assignments), when it is due (schedules), what departments
 * report (submissions, progress reports, attachments, milestones).
 */
export const collection: PlanwatchMigration = {
  async up(db: Kysely<unknown>, kind) {
    await db.schema.alterTable('departments').addColumn('keywords_json', 'text').execute();
    await db.schema
      .alterTable('departments')
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('departments').addColumn('deleted_at', 'text').execute();

    await createTableWithId(db, kind, 'submissions')
      .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('department_id', 'bigint', (c) => c.references('departments.id').onDelete('set null'))
      .addColumn('period', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('comment', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('submitted_at', 'text')
      .addColumn('reviewed_at', 'text')
      .addColumn('reviewed_by', 'text')
      .execute();
    await db.schema.createIndex('submissions_plan_idx').on('submissions').column('plan_id').execute();

    await db.schema
      .alterTable('observations')
      .addColumn('submission_id', 'bigint', (c) => c.references('submissions.id').onDelete('set null'))
      .execute();
    await db.schema.createIndex('observations_import_idx').on('observations').column('import_id').execute();

    await createTableWithId(db, kind, 'item_assignments')
      .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('item_type', 'text', (c) => c.notNull())
      .addColumn('item_id', 'bigint', (c) => c.notNull())
      .addColumn('department_id', 'bigint', (c) =>
        c.notNull().references('departments.id').onDelete('cascade'),
      )
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();
    await db.schema
      .createIndex('item_assignments_uq')
      .on('item_assignments')
      .columns(['item_type', 'item_id', 'department_id'])
      .unique()
      .execute();
    await db.schema
      .createIndex('item_assignments_plan_idx')
      .on('item_assignments')
      .column('plan_id')
      .execute();

    await createTableWithId(db, kind, 'item_schedules')
      .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('item_type', 'text', (c) => c.notNull())
      .addColumn('item_id', 'bigint', (c) => c.notNull())
      .addColumn('frequency', 'text', (c) => c.notNull())
      .addColumn('due_day', 'integer', (c) => c.notNull())
      .addColumn('grace_days', 'integer', (c) => c.notNull())
      .addColumn('deadline', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('item_schedules_uq')
      .on('item_schedules')
      .columns(['item_type', 'item_id'])
      .unique()
      .execute();

    await createTableWithId(db, kind, 'progress_reports')
      .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('item_type', 'text', (c) => c.notNull())
      .addColumn('item_id', 'bigint', (c) => c.notNull())
      .addColumn('period', 'text')
      .addColumn('status', 'text')
      .addColumn('text', 'text')
      .addColumn('delay_reason', 'text')
      .addColumn('remedy', 'text')
      .addColumn('completed_quantity', DOUBLE)
      .addColumn('stage', 'text')
      .addColumn('investment_planned', DOUBLE)
      .addColumn('investment_completed', DOUBLE)
      .addColumn('note', 'text')
      .addColumn('department_id', 'bigint', (c) => c.references('departments.id').onDelete('set null'))
      .addColumn('submission_id', 'bigint', (c) => c.references('submissions.id').onDelete('set null'))
      .addColumn('review_status', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text')
      .execute();
    await db.schema
      .createIndex('progress_reports_item_idx')
      .on('progress_reports')
      .columns(['item_type', 'item_id'])
      .execute();
    await db.schema
      .createIndex('progress_reports_plan_idx')
      .on('progress_reports')
      .column('plan_id')
      .execute();

    await createTableWithId(db, kind, 'attachments')
      .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('item_type', 'text', (c) => c.notNull())
      .addColumn('item_id', 'bigint', (c) => c.notNull())
      .addColumn('progress_report_id', 'bigint', (c) =>
        c.references('progress_reports.id').onDelete('set null'),
      )
      .addColumn('filename', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('content', kind === 'postgres' ? sql`bytea` : 'blob', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();
    await db.schema
      .createIndex('attachments_item_idx')
      .on('attachments')
      .columns(['item_type', 'item_id'])
      .execute();

    await createTableWithId(db, kind, 'project_milestones')
      .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('project_id', 'bigint', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('planned_date', 'text')
      .addColumn('actual_date', 'text')
      .addColumn('note', 'text')
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('project_milestones_project_idx')
      .on('project_milestones')
      .column('project_id')
      .execute();
  },
};
