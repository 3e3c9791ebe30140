import type { Kysely } from 'kysely';
import { addSpanColumns, createTableWithId, DOUBLE, type PlanwatchMigration } from './migration-helpers.ts';

/** Foreign keys are bigint, like the ids they point to (identity columns on PostgreSQL).
 * Plans and everything parsed from the document; regions, departments; observations. */
export const initial: PlanwatchMigration = {
  async up(db: Kysely<unknown>, kind) {
    await createTableWithId(db, kind, 'plans')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('region', 'text')
      .addColumn('region_code', 'text')
      .addColumn('year', 'integer')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('period_start', 'integer')
      .addColumn('period_end', 'integer')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
      .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('source_text', 'text', (c) => c.notNull())
      .addColumn('source_filename', 'text')
      .addColumn('source_encoding', 'text', (c) => c.notNull())
      .addColumn('document_json', 'text', (c) => c.notNull())
      .addColumn('thresholds_json', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text')
      .execute();

    await addSpanColumns(
      createTableWithId(db, kind, 'indicators')
        .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('attribute', 'text', (c) => c.notNull())
        .addColumn('category', 'text')
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('target_text', 'text', (c) => c.notNull())
        .addColumn('target_json', 'text', (c) => c.notNull())
        .addColumn('direction', 'text')
        .addColumn('code', 'text')
        .addColumn('unit', 'text')
        .addColumn('observation_kind', 'text')
        .addColumn('frequency', 'text')
        .addColumn('flow', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('thresholds_json', 'text')
        .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('deleted_at', 'text'),
    ).execute();
    await db.schema.createIndex('indicators_plan_idx').on('indicators').column('plan_id').execute();

    await addSpanColumns(
      createTableWithId(db, kind, 'sections')
        .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text'),
    ).execute();
    await db.schema.createIndex('sections_plan_idx').on('sections').column('plan_id').execute();

    await addSpanColumns(
      createTableWithId(db, kind, 'tasks')
        .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('section_id', 'bigint', (c) => c.notNull().references('sections.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('deleted_at', 'text'),
    ).execute();
    await db.schema.createIndex('tasks_plan_idx').on('tasks').column('plan_id').execute();

    await addSpanColumns(
      createTableWithId(db, kind, 'measures')
        .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('task_id', 'bigint', (c) => c.references('tasks.id').onDelete('cascade'))
        .addColumn('section_id', 'bigint', (c) => c.references('sections.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('deleted_at', 'text'),
    ).execute();
    await db.schema.createIndex('measures_plan_idx').on('measures').column('plan_id').execute();

    await addSpanColumns(
      createTableWithId(db, kind, 'commitments')
        .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('value', DOUBLE, (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('comparator', 'text', (c) => c.notNull())
        .addColumn('normalized_value', DOUBLE, (c) => c.notNull())
        .addColumn('normalized_unit', 'text', (c) => c.notNull())
        .addColumn('section_number', 'integer')
        .addColumn('task_key', 'text')
        .addColumn('indicator_id', 'bigint', (c) => c.references('indicators.id').onDelete('set null'))
        .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('deleted_at', 'text'),
    ).execute();
    await db.schema.createIndex('commitments_plan_idx').on('commitments').column('plan_id').execute();

    await addSpanColumns(
      createTableWithId(db, kind, 'projects')
        .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('planned_stage', 'text', (c) => c.notNull())
        .addColumn('section_number', 'integer')
        .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('deleted_at', 'text'),
    ).execute();
    await db.schema.createIndex('projects_plan_idx').on('projects').column('plan_id').execute();

    await addSpanColumns(
      createTableWithId(db, kind, 'portfolio_facts')
        .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('value', DOUBLE, (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('normalized_value', DOUBLE, (c) => c.notNull())
        .addColumn('normalized_unit', 'text', (c) => c.notNull()),
    ).execute();

    await createTableWithId(db, kind, 'item_revisions')
      .addColumn('plan_id', 'bigint', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('item_type', 'text', (c) => c.notNull())
      .addColumn('item_id', 'bigint', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('before_json', 'text')
      .addColumn('after_json', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text')
      .execute();

    await db.schema
      .createTable('regions')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('parent_code', 'text')
      .execute();
    await db.schema.createIndex('regions_parent_idx').on('regions').column('parent_code').execute();
    await db.schema.createIndex('regions_name_idx').on('regions').column('name').execute();

    await createTableWithId(db, kind, 'departments')
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('short_name', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('region_code', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await createTableWithId(db, kind, 'imports')
      .addColumn('plan_id', 'bigint', (c) => c.references('plans.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('filename', 'text')
      .addColumn('rows', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('errors_json', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .execute();

    await createTableWithId(db, kind, 'observations')
      .addColumn('indicator_id', 'integer', (c) =>
        c.notNull().references('indicators.id').onDelete('cascade'),
      )
      .addColumn('region_code', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('period_end', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('value', DOUBLE, (c) => c.notNull())
      .addColumn('unit', 'text')
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('vintage', 'text')
      .addColumn('price_basis', 'text')
      .addColumn('source', 'text')
      .addColumn('note', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('confirmed'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text')
      .addColumn('import_id', 'bigint', (c) => c.references('imports.id').onDelete('set null'))
      .execute();
    // One row per revision of a key; the unique index is what makes a concurrent double write fail.
    await db.schema
      .createIndex('observations_key_rev_uq')
      .on('observations')
      .columns(['indicator_id', 'region_code', 'period', 'kind', 'revision'])
      .unique()
      .execute();

    await createTableWithId(db, kind, 'indicator_judgements')
      .addColumn('indicator_id', 'integer', (c) =>
        c.notNull().references('indicators.id').onDelete('cascade'),
      )
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text')
      .execute();

    await createTableWithId(db, kind, 'indicator_assignments')
      .addColumn('indicator_id', 'integer', (c) =>
        c.notNull().references('indicators.id').onDelete('cascade'),
      )
      .addColumn('value', DOUBLE, (c) => c.notNull())
      .addColumn('unit', 'text')
      .addColumn('note', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text')
      .execute();
  },
};
