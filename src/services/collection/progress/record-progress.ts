import type { Selectable } from 'kysely';
import { AppError } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import type { ProgressReportsTable } from '../../../store/schema.ts';
import { getPlanItem } from '../departments/plan-items.ts';

export const MEASURE_STATUSES = ['in_progress', 'done', 'delayed'] as const;
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
  by?: string | null;
}

export type ProgressInput =
  | (Common & {
      itemType: 'measure';
      status: (typeof MEASURE_STATUSES)[number];
      /** 滞后原因 and 整改措施: required when delayed. */
      delayReason?: string | null;
      remedy?: string | null;
    })
  | (Common & {
      itemType: 'commitment';
      /** Completed quantity to date, in the commitment's base unit (normalized_unit). */
      completedQuantity: number;
      status?: (typeof MEASURE_STATUSES)[number];
      delayReason?: string | null;
      remedy?: string | null;
    })
  | (Common & {
      itemType: 'project';
      stage: (typeof PROJECT_STAGES)[number];
      /** Investment planned for the year and completed year to date, in 亿元. */
      investmentPlanned?: number | null;
      investmentCompleted?: number | null;
      status?: (typeof MEASURE_STATUSES)[number];
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
  completedQuantity: number | null;
  stage: string | null;
  investmentPlanned: number | null;
  investmentCompleted: number | null;
  note: string | null;
  departmentId: number | null;
  submissionId: number | null;
  reviewStatus: string;
  recordedAt: string;
  recordedBy: string | null;
}

export function presentProgress(r: Selectable<ProgressReportsTable>): ProgressView {
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
    stage: r.stage,
    investmentPlanned: r.investment_planned,
    investmentCompleted: r.investment_completed,
    note: r.note,
    departmentId: r.department_id,
    submissionId: r.submission_id,
    reviewStatus: r.review_status,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  };
}

function invalid(field: string, reason: string): AppError {
  return new AppError('VALIDATION_FAILED', `${field}: ${reason}`, { field, reason });
}

/** Checks what a report must say: a delayed item names its reason and its remedy. */
function validate(input: ProgressInput): void {
  const status = input.status;
  if (status !== undefined && !(MEASURE_STATUSES as readonly string[]).includes(status))
    throw invalid('status', `应为 ${MEASURE_STATUSES.join(' / ')}`);
  if (status === 'delayed') {
    if (!input.delayReason?.trim())
      throw invalid('delayReason', '滞后时必须填写滞后原因 (required when delayed)');
    if (!input.remedy?.trim()) throw invalid('remedy', '滞后时必须填写整改措施 (required when delayed)');
  }
  if (
    input.itemType === 'commitment' &&
    !(Number.isFinite(input.completedQuantity) && input.completedQuantity >= 0)
  )
    throw invalid('completedQuantity', '应为非负数 (must be a non-negative number)');
  if (input.itemType === 'project') {
    if (!(PROJECT_STAGES as readonly string[]).includes(input.stage))
      throw invalid('stage', `应为 ${PROJECT_STAGES.join(' → ')}`);
    for (const [k, v] of [
      ['investmentPlanned', input.investmentPlanned],
      ['investmentCompleted', input.investmentCompleted],
    ] as const)
      if (v != null && !(Number.isFinite(v) && v >= 0))
        throw invalid(k, '应为非负数 (must be a non-negative number)');
  }
}

/** Records one progress report; earlier reports stay as history. */
export async function recordProgress(store: Store, input: ProgressInput): Promise<ProgressView> {
  validate(input);
  await getPlanItem(store, input.planId, input.itemType, input.itemId);
  let reviewStatus = 'confirmed';
  if (input.submissionId != null) {
    const submission = await store.db
      .selectFrom('submissions')
      .select(['status', 'plan_id'])
      .where('id', '=', input.submissionId)
      .executeTakeFirst();
    if (!submission || submission.plan_id !== input.planId)
      throw new AppError('NOT_FOUND', `报送 (submission) ${input.submissionId} 不存在`);
    if (submission.status === 'submitted' || submission.status === 'confirmed')
      throw new AppError(
        'CONFLICT',
        `报送已${submission.status === 'confirmed' ? '确认' : '提交'}，不能再修改 (submission is ${submission.status})`,
      );
    reviewStatus = 'draft';
  }
  const now = new Date().toISOString();
  const row = await store.db
    .insertInto('progress_reports')
    .values({
      plan_id: input.planId,
      item_type: input.itemType,
      item_id: input.itemId,
      period: input.period ?? null,
      status:
        input.status ??
        (input.itemType === 'project' && (input.stage === 'completed' || input.stage === 'in_use')
          ? 'done'
          : null),
      text: input.text ?? null,
      delay_reason: input.status === 'delayed' ? (input.delayReason ?? null) : null,
      remedy: input.status === 'delayed' ? (input.remedy ?? null) : null,
      completed_quantity: input.itemType === 'commitment' ? input.completedQuantity : null,
      stage: input.itemType === 'project' ? input.stage : null,
      investment_planned: input.itemType === 'project' ? (input.investmentPlanned ?? null) : null,
      investment_completed: input.itemType === 'project' ? (input.investmentCompleted ?? null) : null,
      note: input.note ?? null,
      department_id: input.departmentId ?? null,
      submission_id: input.submissionId ?? null,
      review_status: reviewStatus,
      recorded_at: now,
      recorded_by: input.by ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return presentProgress(row);
}

/** Progress history of a plan or one item, oldest first; unconfirmed reports only when asked. */
export async function listProgress(
  store: Store,
  input: { planId: number; itemType?: string; itemId?: number; includeUnconfirmed?: boolean },
): Promise<ProgressView[]> {
  let q = store.db.selectFrom('progress_reports').selectAll().where('plan_id', '=', input.planId);
  if (input.itemType) q = q.where('item_type', '=', input.itemType);
  if (input.itemId !== undefined) q = q.where('item_id', '=', input.itemId);
  if (!input.includeUnconfirmed) q = q.where('review_status', '=', 'confirmed');
  return (await q.orderBy('recorded_at').orderBy('id').execute()).map(presentProgress);
}
