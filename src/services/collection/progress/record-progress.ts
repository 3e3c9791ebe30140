import type { Selectable } from 'kysely';
import { parsePeriod } from '../../../domain/period/parse-period.ts';
import { AppError, notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import type { ProgressReportsTable } from '../../../store/schema.ts';
import { getDepartment } from '../departments/manage-departments.ts';
import { assertPlan, getPlanItem } from '../departments/plan-items.ts';
import { commitmentQuantity, INVESTMENT_UNIT, invalid, investmentIn100m } from './progress-quantities.ts';

export const MEASURE_STATUSES = ['in_progress', 'done', 'delayed'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** The statuses as plan offices write them (推进中 / 已完成 / 滞后), beside the codes. */
export const MEASURE_STATUS_ALIASES: Record<string, MeasureStatus> = {
  in_progress: 'in_progress',
  done: 'done',
  delayed: 'delayed',
  推进中: 'in_progress',
  进行中: 'in_progress',
  正在推进: 'in_progress',
  已完成: 'done',
  完成: 'done',
  滞后: 'delayed',
  进度滞后: 'delayed',
};

/** A status code or its Chinese name; undefined for anything else. */
export function readMeasureStatus(value: string | null | undefined): MeasureStatus | undefined {
  if (value == null) return undefined;
  return MEASURE_STATUS_ALIASES[value.normalize('NFKC').trim()];
}

export const PROJECT_STAGES = [
  'not_started',
  'started',
  'under_construction',
  'completed',
  'in_use',
] as const;

interface Common {
  planId: number;
  itemId: number;
  /** The period reported on (2026-06, 2026Q2); null means "to the date recorded". */
  period?: string | null;
  text?: string | null;
  note?: string | null;
  departmentId?: number | null;
  /** A department's report waits in its submission; the plan office's own entry is confirmed. */
  submissionId?: number | null;
  /**
   * A reporter's entry outside a draft submission: it goes in a submission of its own, already
   * submitted, and waits for the plan office's review like an uploaded file.
   */
  awaitReview?: boolean;
  by?: string | null;
}

export type ProgressInput =
  | (Common & {
      itemType: 'measure';
      /** A code or its Chinese name (推进中 / 已完成 / 滞后). */
      status: MeasureStatus | string;
      /** 滞后原因 and 整改措施: required when delayed. */
      delayReason?: string | null;
      remedy?: string | null;
    })
  | (Common & {
      itemType: 'commitment';
      /** Completed quantity to date, in `unit`. */
      completedQuantity: number;
      /**
       * The unit of completedQuantity; default the unit the commitment is written in (2550亿元 →
       * 亿元). Stored converted to the commitment's base unit (元).
       */
      unit?: string | null;
      status?: MeasureStatus | string;
      delayReason?: string | null;
      remedy?: string | null;
    })
  | (Common & {
      itemType: 'project';
      stage: (typeof PROJECT_STAGES)[number];
      /** Investment planned for the year and completed year to date, in `investmentUnit` (default 亿元). */
      investmentPlanned?: number | null;
      investmentCompleted?: number | null;
      /** A money unit (亿元, 万元, 元); stored converted to 亿元. */
      investmentUnit?: string | null;
      status?: MeasureStatus | string;
      delayReason?: string | null;
      remedy?: string | null;
    });

export interface ProgressView {
  id: number;
  itemType: string;
  itemId: number;
  period: string | null;
  status: string | null;
  text: string | null;
  delayReason: string | null;
  remedy: string | null;
  /** In the commitment's base unit (completedUnit). */
  completedQuantity: number | null;
  completedUnit: string | null;
  /** As reported, before conversion. */
  completedWritten: { value: number; unit: string | null } | null;
  stage: string | null;
  investmentPlanned: number | null;
  investmentCompleted: number | null;
  /** Always 亿元. */
  investmentUnit: string;
  note: string | null;
  departmentId: number | null;
  submissionId: number | null;
  reviewStatus: string;
  recordedAt: string;
  recordedBy: string | null;
  confirmedAt: string | null;
}

export function presentProgress(
  r: Selectable<ProgressReportsTable>,
  completedUnit: string | null = null,
): ProgressView {
  return {
    id: r.id,
    itemType: r.item_type,
    itemId: r.item_id,
    period: r.period,
    status: r.status,
    text: r.text,
    delayReason: r.delay_reason,
    remedy: r.remedy,
    completedQuantity: r.completed_quantity,
    completedUnit: r.completed_quantity == null ? null : completedUnit,
    completedWritten:
      r.completed_written_value == null
        ? null
        : { value: r.completed_written_value, unit: r.completed_written_unit ?? null },
    stage: r.stage,
    investmentPlanned: r.investment_planned,
    investmentCompleted: r.investment_completed,
    investmentUnit: INVESTMENT_UNIT,
    note: r.note,
    departmentId: r.department_id,
    submissionId: r.submission_id,
    reviewStatus: r.review_status,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    confirmedAt: r.confirmed_at ?? null,
  };
}

/** Checks what a report must say: a delayed item names its reason and its remedy. */
function validate(input: ProgressInput): MeasureStatus | undefined {
  const status = input.status === undefined ? undefined : readMeasureStatus(input.status);
  if (input.status !== undefined && !status)
    throw invalid('status', `应为 ${MEASURE_STATUSES.join(' / ')}（推进中 / 已完成 / 滞后）`);
  if (status === 'delayed') {
    if (!input.delayReason?.trim())
      throw invalid('delayReason', '滞后时必须填写滞后原因 (required when delayed)');
    if (!input.remedy?.trim()) throw invalid('remedy', '滞后时必须填写整改措施 (required when delayed)');
  }
  if (input.period != null && input.period !== '' && !parsePeriod(input.period))
    throw invalid('period', `无法识别的期间 (period must be like 2026-06, 2026Q2): ${input.period}`);
  if (
    input.itemType === 'commitment' &&
    !(Number.isFinite(input.completedQuantity) && input.completedQuantity >= 0)
  )
    throw invalid('completedQuantity', '应为非负数 (must be a non-negative number)');
  if (input.itemType === 'project') {
    if (!(PROJECT_STAGES as readonly string[]).includes(input.stage))
      throw invalid('stage', `应为 ${PROJECT_STAGES.join(' → ')}`);
  }
  return status;
}

/** Records one progress report; earlier reports stay as history. */
export async function recordProgress(store: Store, input: ProgressInput): Promise<ProgressView> {
  const status = validate(input);
  await getPlanItem(store, input.planId, input.itemType, input.itemId);
  if (input.departmentId != null) await getDepartment(store, input.departmentId);
  let reviewStatus = 'confirmed';
  if (input.submissionId != null) {
    const submission = await store.db
      .selectFrom('submissions')
      .select(['status', 'plan_id'])
      .where('id', '=', input.submissionId)
      .executeTakeFirst();
    if (!submission || submission.plan_id !== input.planId)
      throw notFound('报送 (submission)', input.submissionId);
    if (submission.status === 'submitted' || submission.status === 'confirmed')
      throw new AppError(
        'CONFLICT',
        `报送已${submission.status === 'confirmed' ? '确认' : '提交'}，不能再修改 (submission is ${submission.status})`,
      );
    reviewStatus = 'draft';
  }
  const quantity = input.itemType === 'commitment' ? await commitmentQuantity(store, input) : null;
  const investment = input.itemType === 'project' ? investmentIn100m(input) : null;
  const now = new Date().toISOString();
  let submissionId = input.submissionId ?? null;
  if (submissionId === null && input.awaitReview) {
    reviewStatus = 'submitted';
    const submission = await store.db
      .insertInto('submissions')
      .values({
        plan_id: input.planId,
        department_id: input.departmentId ?? null,
        period: input.period ? parsePeriod(input.period)!.key : null,
        status: 'submitted',
        comment: null,
        created_at: now,
        created_by: input.by ?? null,
        submitted_at: now,
        reviewed_at: null,
        reviewed_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    submissionId = submission.id;
  }
  const row = await store.db
    .insertInto('progress_reports')
    .values({
      plan_id: input.planId,
      item_type: input.itemType,
      item_id: input.itemId,
      period: input.period ? parsePeriod(input.period)!.key : null,
      status:
        status ??
        (input.itemType === 'project' && (input.stage === 'completed' || input.stage === 'in_use')
          ? 'done'
          : null),
      text: input.text ?? null,
      delay_reason: status === 'delayed' ? (input.delayReason ?? null) : null,
      remedy: status === 'delayed' ? (input.remedy ?? null) : null,
      completed_quantity: quantity?.value ?? null,
      completed_written_value: quantity?.written.value ?? null,
      completed_written_unit: quantity?.written.unit ?? null,
      stage: input.itemType === 'project' ? input.stage : null,
      investment_planned: investment?.planned ?? null,
      investment_completed: investment?.completed ?? null,
      note: input.note ?? null,
      department_id: input.departmentId ?? null,
      submission_id: submissionId,
      review_status: reviewStatus,
      recorded_at: now,
      recorded_by: input.by ?? null,
      confirmed_at: reviewStatus === 'confirmed' ? now : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return presentProgress(row, await commitmentUnit(store, row));
}

async function commitmentUnit(
  store: Store,
  row: { item_type: string; item_id: number },
): Promise<string | null> {
  if (row.item_type !== 'commitment') return null;
  const c = await store.db
    .selectFrom('commitments')
    .select('normalized_unit')
    .where('id', '=', row.item_id)
    .executeTakeFirst();
  return c?.normalized_unit ?? null;
}

/** Progress history of a plan or one item, oldest first; unconfirmed reports only when asked. */
export async function listProgress(
  store: Store,
  input: { planId: number; itemType?: string; itemId?: number; includeUnconfirmed?: boolean },
): Promise<ProgressView[]> {
  await assertPlan(store, input.planId);
  let q = store.db.selectFrom('progress_reports').selectAll().where('plan_id', '=', input.planId);
  if (input.itemType) q = q.where('item_type', '=', input.itemType);
  if (input.itemId !== undefined) q = q.where('item_id', '=', input.itemId);
  if (!input.includeUnconfirmed) q = q.where('review_status', '=', 'confirmed');
  const rows = await q.orderBy('recorded_at').orderBy('id').execute();
  const units = new Map(
    (
      await store.db
        .selectFrom('commitments')
        .select(['id', 'normalized_unit'])
        .where('plan_id', '=', input.planId)
        .execute()
    ).map((c) => [c.id, c.normalized_unit]),
  );
  return rows.map((r) =>
    presentProgress(r, r.item_type === 'commitment' ? (units.get(r.item_id) ?? null) : null),
  );
}
