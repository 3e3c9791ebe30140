import { parsePeriod } from '../../../domain/period/parse-period.ts';
import { AppError, notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { getDepartment } from '../departments/manage-departments.ts';
import { assertPlan } from '../departments/plan-items.ts';

export type SubmissionStatus = 'draft' | 'submitted' | 'returned' | 'confirmed';

export interface SubmissionView {
  id: number;
  planId: number;
  departmentId: number | null;
  period: string | null;
  status: SubmissionStatus;
  comment: string | null;
  createdAt: string;
  createdBy: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  progressReports: number;
  observations: number;
  /**
   * Of its observations, those a later revision of the same series replaced: confirming the
   * submission does not make them current.
   */
  superseded: number;
}

async function view(store: Store, id: number): Promise<SubmissionView> {
  const s = await store.db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s) throw notFound('报送 (submission)', id);
  const [p, o, superseded] = await Promise.all([
    store.db
      .selectFrom('progress_reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('submission_id', '=', id)
      .executeTakeFirst(),
    store.db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('submission_id', '=', id)
      .executeTakeFirst(),
    store.db
      .selectFrom('observations as o')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('o.submission_id', '=', id)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('observations as later')
            .select('later.id')
            .whereRef('later.indicator_id', '=', 'o.indicator_id')
            .whereRef('later.region_code', '=', 'o.region_code')
            .whereRef('later.period', '=', 'o.period')
            .whereRef('later.kind', '=', 'o.kind')
            .whereRef('later.revision', '>', 'o.revision')
            .where('later.status', '=', 'confirmed'),
        ),
      )
      .executeTakeFirst(),
  ]);
  return {
    id: s.id,
    planId: s.plan_id,
    departmentId: s.department_id,
    period: s.period,
    status: s.status,
    comment: s.comment,
    createdAt: s.created_at,
    createdBy: s.created_by,
    submittedAt: s.submitted_at,
    reviewedAt: s.reviewed_at,
    reviewedBy: s.reviewed_by,
    progressReports: Number(p?.n ?? 0),
    observations: Number(o?.n ?? 0),
    superseded: Number(superseded?.n ?? 0),
  };
}

export const getSubmission = view;

/** Opens a department's report for a period (a draft the department fills in). */
export async function createSubmission(
  store: Store,
  input: { planId: number; departmentId: number | null; period?: string | null; by?: string | null },
): Promise<SubmissionView> {
  await assertPlan(store, input.planId);
  if (input.departmentId != null) await getDepartment(store, input.departmentId);
  if (input.period != null && input.period !== '' && !parsePeriod(input.period))
    throw new AppError('VALIDATION_FAILED', `无法识别的期间 (bad period): ${input.period}`, {
      field: 'period',
      value: input.period,
    });
  const row = await store.db
    .insertInto('submissions')
    .values({
      plan_id: input.planId,
      department_id: input.departmentId,
      period: input.period ? parsePeriod(input.period)!.key : null,
      status: 'draft',
      comment: null,
      created_at: new Date().toISOString(),
      created_by: input.by ?? null,
      submitted_at: null,
      reviewed_at: null,
      reviewed_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return view(store, row.id);
}

const TRANSITIONS: Record<string, SubmissionStatus[]> = {
  submit: ['draft', 'returned'],
  confirm: ['submitted'],
  return: ['submitted'],
};

/**
 * Moves a submission along draft → submitted → returned (with comments) | confirmed. Its values
 * and reports move with it: only confirmed ones feed assessments and reports.
 */
export async function transitionSubmission(
  store: Store,
  id: number,
  action: 'submit' | 'confirm' | 'return',
  input: { by?: string | null; comment?: string | null } = {},
): Promise<SubmissionView> {
  const current = await view(store, id);
  if (!TRANSITIONS[action].includes(current.status as SubmissionStatus))
    throw new AppError(
      'CONFLICT',
      `报送状态为 ${current.status}，不能 ${action} (cannot ${action} a ${current.status} submission)`,
    );
  if (action === 'return' && !input.comment?.trim())
    throw new AppError('VALIDATION_FAILED', '退回时须填写意见 (a return needs a comment)', {
      field: 'comment',
    });
  const status: SubmissionStatus =
    action === 'submit' ? 'submitted' : action === 'confirm' ? 'confirmed' : 'returned';
  const now = new Date().toISOString();
  await store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('submissions')
      .set(
        action === 'submit'
          ? { status, submitted_at: now }
          : { status, reviewed_at: now, reviewed_by: input.by ?? null, comment: input.comment ?? null },
      )
      .where('id', '=', id)
      .execute();
    // A confirmed value is known from its confirmation: as-of reads before it do not see it.
    const confirmedAt = status === 'confirmed' ? now : null;
    await trx
      .updateTable('progress_reports')
      .set({ review_status: status, confirmed_at: confirmedAt })
      .where('submission_id', '=', id)
      .execute();
    await trx
      .updateTable('observations')
      .set({ status, confirmed_at: confirmedAt })
      .where('submission_id', '=', id)
      .execute();
  });
  return view(store, id);
}

export async function listSubmissions(
  store: Store,
  input: { planId: number; departmentId?: number; status?: SubmissionStatus },
): Promise<SubmissionView[]> {
  await assertPlan(store, input.planId);
  let q = store.db.selectFrom('submissions').select('id').where('plan_id', '=', input.planId);
  if (input.departmentId !== undefined) q = q.where('department_id', '=', input.departmentId);
  if (input.status) q = q.where('status', '=', input.status);
  const ids = await q.orderBy('id').execute();
  return Promise.all(ids.map((r) => view(store, r.id)));
}
