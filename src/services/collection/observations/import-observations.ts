import type { RawBuilder, Transaction } from 'kysely';
import { AppError } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import type { Database } from '../../../store/schema.ts';
import { lockPlanWrites, retryWhenBusy } from '../../../store/write-safely.ts';
import { getDepartment } from '../departments/manage-departments.ts';
import { type ImportContext, loadImportContext } from './import-context.ts';
import {
  columnName,
  type ObservationField,
  type RawObservation,
  REQUIRED_FIELDS,
} from './observation-columns.ts';
import { type ObservationFile, openObservationFile, type SourceRow } from './read-observation-rows.ts';
import { findDuplicateRows, STAGE_BATCH, stageBatch, withStage, writeStaged } from './stage-observations.ts';
import { type RowError, type ValidObservation, validateObservation } from './validate-observation.ts';

/** How many errors an import lists; the total is always counted. */
export const MAX_LISTED_ERRORS = 1000;

export interface ImportProgress {
  phase: 'validating' | 'writing' | 'done';
  rows: number;
  bytes: number | null;
  totalBytes: number | null;
}

export interface ImportOptions {
  planId: number;
  by?: string | null;
  /** 'confirmed' when the plan office imports; 'submitted' for a department's report awaiting review. */
  status?: 'confirmed' | 'submitted' | 'draft';
  submissionId?: number | null;
  /**
   * A department's upload: opens a submission for it (status submitted) in the same transaction,
   * so the values wait for the plan office's review; the id comes back in the result.
   */
  submitFor?: { departmentId: number | null; period?: string | null };
  /** Source recorded for rows that name none (the file name). */
  defaultSource?: string | null;
  /** Template uploads leave rows blank for items without news: skip them instead of refusing. */
  skipEmptyValues?: boolean;
  onProgress?: (p: ImportProgress) => void;
  /** "Today" for the future-period check (tests, demo data). */
  now?: Date;
}

export interface ImportResult {
  importId: number;
  rows: number;
  /** New revisions written (first values and corrections). */
  inserted: number;
  /** Rows equal to the value already recorded: nothing written. */
  unchanged: number;
  /** Of the inserted, corrections of an existing key. */
  revised: number;
  skippedEmpty: number;
  /** The submission opened for a department's upload (see ImportOptions.submitFor). */
  submissionId: number | null;
}

interface RowSource {
  header: string[];
  mapping: Array<ObservationField | null>;
  rows: AsyncIterable<SourceRow> | Iterable<SourceRow>;
  bytesRead?: () => number;
  totalBytes?: number | null;
  filename: string | null;
}

/** Imports a CSV, XLSX or SDMX-CSV file: every row valid, or nothing written. */
export async function importObservations(
  store: Store,
  file: ObservationFile,
  options: ImportOptions,
): Promise<ImportResult> {
  const stream = await openObservationFile(file);
  return importRows(
    store,
    { ...stream, filename: file.filename ?? file.path ?? null },
    { ...options, defaultSource: options.defaultSource ?? file.filename ?? null },
  );
}

/** Imports a JSON batch (`{observations: [...]}`); `row` in errors is the item's 1-based position. */
export async function recordObservations(
  store: Store,
  observations: RawObservation[],
  options: ImportOptions,
): Promise<ImportResult> {
  const fields: ObservationField[] = [
    'indicator',
    'region',
    'period',
    'kind',
    'value',
    'unit',
    'source',
    'note',
    'vintage',
    'priceBasis',
  ];
  return importRows(
    store,
    {
      header: fields,
      mapping: fields,
      rows: observations.map((fields, i) => ({ row: i + 1, fields })),
      filename: null,
    },
    options,
  );
}

function missingColumns(source: RowSource): RowError[] {
  return REQUIRED_FIELDS.filter((f) => !source.mapping.includes(f)).map((f) => ({
    row: 1,
    column: f,
    value: null,
    reason: `缺少列 ${f} (missing column; expected indicator,region,period,kind,value[,unit,source,note] or SDMX-CSV)`,
    reasonCode: 'missing_column' as const,
  }));
}

function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || String(v).trim() === '';
}

async function importRows(store: Store, source: RowSource, options: ImportOptions): Promise<ImportResult> {
  const missing = missingColumns(source);
  if (missing.length > 0) throw invalid(missing, missing.length);
  const ctx = await loadImportContext(store, options.planId, options.now);
  if (options.submitFor?.departmentId != null) await getDepartment(store, options.submitFor.departmentId);
  const columnOf = (f: ObservationField) => columnName(source.header, source.mapping, f);
  const report = (phase: ImportProgress['phase'], rows: number) =>
    options.onProgress?.({
      phase,
      rows,
      bytes: source.bytesRead?.() ?? null,
      totalBytes: source.totalBytes ?? null,
    });

  return withStage(store, async (stage) => {
    const errors: RowError[] = [];
    let errorTotal = 0;
    let rows = 0;
    let skippedEmpty = 0;
    let batch: ValidObservation[] = [];
    const addErrors = (list: RowError[], count = list.length) => {
      errorTotal += count;
      for (const e of list) if (errors.length < MAX_LISTED_ERRORS) errors.push(e);
    };
    try {
      for await (const { row, fields } of source.rows) {
        if (options.skipEmptyValues && isEmptyValue(fields.value)) {
          skippedEmpty++;
          continue;
        }
        rows++;
        const result = validateObservation(row, fields, ctx, columnOf, {
          defaultSource: options.defaultSource,
        });
        if ('errors' in result) {
          addErrors(result.errors);
          continue;
        }
        batch.push(result.ok);
        if (batch.length >= STAGE_BATCH) {
          await stageBatch(stage, batch);
          batch = [];
          report('validating', rows);
        }
      }
    } catch (error) {
      // A file that stops being readable halfway: its errors so far and where it broke.
      const details = error instanceof AppError ? (error.details as { errors?: RowError[] } | null) : null;
      if (!(error instanceof AppError) || error.code !== 'IMPORT_INVALID' || !details?.errors) throw error;
      addErrors(details.errors);
    }
    await stageBatch(stage, batch);
    report('validating', rows);

    const duplicates = await findDuplicateRows(stage, MAX_LISTED_ERRORS, columnOf('period'));
    if (errorTotal + duplicates.total > 0) {
      const listed = [...errors, ...duplicates.errors]
        .sort((a, b) => a.row - b.row)
        .slice(0, MAX_LISTED_ERRORS);
      throw invalid(listed, errorTotal + duplicates.total);
    }
    report('writing', rows);
    const result = await retryWhenBusy(() =>
      stage.write(async (trx, table) => {
        await lockPlanWrites(trx, stage.kind, options.planId);
        return writeRows(trx, table, ctx, { rows, skippedEmpty, filename: source.filename }, options);
      }),
    );
    report('done', rows);
    return result;
  });
}

/** The one transaction of an import: its record, the department's submission, the new revisions. */
async function writeRows(
  trx: Transaction<Database>,
  table: RawBuilder<unknown>,
  ctx: ImportContext,
  counts: { rows: number; skippedEmpty: number; filename: string | null },
  options: ImportOptions,
): Promise<ImportResult> {
  const { rows, skippedEmpty } = counts;
  const recordedAt = new Date().toISOString();
  const by = options.by ?? null;
  const imp = await trx
    .insertInto('imports')
    .values({
      plan_id: options.planId,
      kind: 'observations',
      filename: counts.filename,
      rows,
      status: 'done',
      error_count: 0,
      created_at: recordedAt,
      created_by: by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let submissionId = options.submissionId ?? null;
  if (options.submitFor) {
    const submission = await trx
      .insertInto('submissions')
      .values({
        plan_id: options.planId,
        department_id: options.submitFor.departmentId,
        period: options.submitFor.period ?? null,
        status: 'submitted',
        comment: null,
        created_at: recordedAt,
        created_by: by,
        submitted_at: recordedAt,
        reviewed_at: null,
        reviewed_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    submissionId = submission.id;
  }
  const inserted = await writeStaged(trx, table, {
    status: options.submitFor ? 'submitted' : (options.status ?? 'confirmed'),
    recordedAt,
    recordedBy: by,
    importId: imp.id,
    submissionId,
  });
  const revisedRow = await trx
    .selectFrom('observations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('import_id', '=', imp.id)
    .where('revision', '>', 1)
    .executeTakeFirst();
  // The plan's region, once known, is what assessment filters on: district rows stay out of city figures.
  if (!ctx.plan.region_code && ctx.defaultRegion)
    await trx
      .updateTable('plans')
      .set({ region_code: ctx.defaultRegion })
      .where('id', '=', ctx.plan.id)
      .execute();
  return {
    importId: imp.id,
    rows,
    inserted,
    unchanged: rows - inserted,
    revised: Number(revisedRow?.n ?? 0),
    skippedEmpty,
    submissionId,
  };
}

function invalid(errors: RowError[], total: number): AppError {
  const first = errors[0];
  const where = first ? `第 ${first.row} 行 ${first.column}: ${first.reason}` : '';
  return new AppError(
    'IMPORT_INVALID',
    `导入被拒绝，未写入任何数据：${total} 处错误 (import rejected, nothing written: ${total} errors)${where ? `；${where}` : ''}`,
    { errors, total },
  );
}
