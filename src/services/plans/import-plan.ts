import type { PlanDocument, Span } from '../../domain/plan-document.types.ts';
import { AppError } from '../../errors/app-error.ts';
import type { Store } from '../../store/open-database.ts';
import { retryWhenBusy } from '../../store/write-safely.ts';
import { findRegion } from '../collection/regions/find-region.ts';
import { parseDocumentSafely } from '../documents/parse-pool.ts';
import { indicatorColumns } from './indicator-columns.ts';
import type { PlanStatus } from './plan.types.ts';

export interface ImportPlanInput {
  bytes: Uint8Array;
  filename?: string | null;
  publish?: boolean;
  demo?: boolean;
  by?: string | null;
}

export interface ImportPlanResult {
  planId: number;
  status: PlanStatus;
  document: PlanDocument;
}

const spanColumns = (span: Span | null | undefined) => ({
  span_start: span ? span[0] : null,
  span_end: span ? span[1] : null,
});

/**
 * Parses a plan document and stores it as a draft (or published) plan in one transaction:
 * either the whole plan is there afterwards, or nothing is.
 */
export async function importPlan(store: Store, input: ImportPlanInput): Promise<ImportPlanResult> {
  if (input.bytes.byteLength === 0)
    throw new AppError('UNREADABLE_DOCUMENT', '文件为空 (the document is empty)');
  const parsed = await parseDocumentSafely(input.bytes, input.filename ?? undefined);
  // PostgreSQL text cannot hold NUL; U+FFFD has the same length, so every span stays valid.
  const { document, text, encoding } = replaceNul(parsed);
  const region = document.plan.region ? await findRegion(store, document.plan.region) : null;
  const now = new Date().toISOString();
  const status: PlanStatus = input.publish ? 'published' : 'draft';

  const planId = await retryWhenBusy(() =>
    store.db.transaction().execute(async (trx) => {
      const plan = await trx
        .insertInto('plans')
        .values({
          title: planTitle(document.plan.title, input.filename),
          region: document.plan.region,
          region_code: region?.code ?? null,
          year: document.plan.year,
          kind: document.plan.kind,
          period_start: document.plan.periodStart ?? null,
          period_end: document.plan.periodEnd ?? null,
          status,
          demo: input.demo ? 1 : 0,
          source_text: text,
          source_filename: input.filename ?? null,
          source_encoding: encoding,
          document_json: JSON.stringify(document),
          created_at: now,
          updated_at: now,
          published_at: input.publish ? now : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();

      const indicatorIds = new Map<string, number>();
      for (const [i, ind] of document.indicators.entries()) {
        const row = await trx
          .insertInto('indicators')
          .values({
            plan_id: plan.id,
            key: ind.key,
            name: ind.name,
            attribute: ind.attribute,
            category: ind.category,
            period: ind.period,
            ...indicatorColumns(ind.name, ind.target),
            thresholds_json: null,
            sort_order: i,
            ...spanColumns(ind.span),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        indicatorIds.set(ind.key, row.id);
      }

      for (const section of document.sections) {
        const s = await trx
          .insertInto('sections')
          .values({
            plan_id: plan.id,
            key: section.key,
            number: section.number,
            title: section.title,
            ...spanColumns(section.span),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (const [ti, task] of section.tasks.entries()) {
          const t = await trx
            .insertInto('tasks')
            .values({
              plan_id: plan.id,
              section_id: s.id,
              key: task.key,
              title: task.title,
              sort_order: ti,
              ...spanColumns(task.span),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          if (task.measures.length > 0) {
            await trx
              .insertInto('measures')
              .values(
                task.measures.map((m, mi) => ({
                  plan_id: plan.id,
                  task_id: t.id,
                  section_id: s.id,
                  key: m.key,
                  text: m.text,
                  sort_order: mi,
                  ...spanColumns(m.span),
                })),
              )
              .execute();
          }
        }
      }

      if (document.commitments.length > 0) {
        await trx
          .insertInto('commitments')
          .values(
            document.commitments.map((c, i) => ({
              plan_id: plan.id,
              key: c.key,
              text: c.text,
              subject: c.subject,
              value: c.value,
              unit: c.unit,
              comparator: c.comparator,
              normalized_value: c.normalized.value,
              normalized_unit: c.normalized.unit,
              section_number: c.section,
              task_key: c.task,
              indicator_id: c.indicator ? (indicatorIds.get(c.indicator) ?? null) : null,
              sort_order: i,
              ...spanColumns(c.span),
            })),
          )
          .execute();
      }
      if (document.projects.length > 0) {
        await trx
          .insertInto('projects')
          .values(
            document.projects.map((p, i) => ({
              plan_id: plan.id,
              key: p.key,
              name: p.name,
              planned_stage: p.stage,
              section_number: p.section,
              sort_order: i,
              ...spanColumns(p.span),
            })),
          )
          .execute();
      }
      if (document.portfolio.facts.length > 0) {
        await trx
          .insertInto('portfolio_facts')
          .values(
            document.portfolio.facts.map((f) => ({
              plan_id: plan.id,
              label: f.label,
              value: f.value,
              unit: f.unit,
              normalized_value: f.normalized.value,
              normalized_unit: f.normalized.unit,
              ...spanColumns(f.span),
            })),
          )
          .execute();
      }
      return plan.id;
    }),
  );

  return { planId, status, document };
}

/** Longest plan title kept: a title comes from the document or, failing that, the file's name. */
export const MAX_TITLE_LENGTH = 200;

/**
 * The title a plan is stored under: the document's, else the file name without its extension;
 * either cut at MAX_TITLE_LENGTH characters (never inside a surrogate pair) with an ellipsis.
 */
export function planTitle(title: string | null | undefined, filename: string | null | undefined): string {
  const raw = (title || filename?.replace(/\.(docx|txt|md|html?)$/i, '') || '').trim() || '未命名规划';
  const chars = Array.from(raw.replace(/[\u0000-\u001f]/g, ' '));
  return chars.length <= MAX_TITLE_LENGTH
    ? chars.join('')
    : `${chars.slice(0, MAX_TITLE_LENGTH - 1).join('')}…`;
}

function replaceNul<T>(value: T): T {
  if (typeof value === 'string')
    return (value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value) as T;
  if (Array.isArray(value)) return value.map(replaceNul) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceNul(v)])) as T;
  }
  return value;
}
