import { notFound } from '../../errors/app-error.ts';
import type { ItemNote, OverdueItem, ReportInput } from '../../reports/report.types.ts';
import type { Store } from '../../store/open-database.ts';
import {
  findReportPlan,
  hasSyntheticInputs,
  listProgressNotes,
  listReportStructure,
} from '../../store/reports/report-queries.ts';
import { assessPlan } from '../assessment/assess-plan.ts';
import type { AssessedItem } from '../assessment/assessment.types.ts';
import { listDueItems } from '../collection/progress/list-due-items.ts';

export interface LoadReportOptions {
  asOf: string;
  /** As for the assessment: an ISO datetime or a date (end of that day, China time); default now. */
  knownAt?: string;
}

/**
 * Everything the report is written from: the same assessment the API returns, the departments'
 * reasons and remedies for delays, the items overdue by the as-of date, the plan's sections and
 * portfolio facts, and whether any input is synthetic.
 */
export async function loadReportData(
  store: Store,
  planId: number,
  options: LoadReportOptions,
): Promise<ReportInput> {
  const plan = await findReportPlan(store, planId);
  if (!plan) throw notFound('规划 (plan)', planId);
  const assessment = await assessPlan(store, planId, { asOf: options.asOf, knownAt: options.knownAt });
  const [structure, progress, due, synthetic] = await Promise.all([
    listReportStructure(store, planId),
    listProgressNotes(store, planId, assessment.knownAt),
    listDueItems(store, { planId, asOf: options.asOf, onlyOutstanding: true }),
    hasSyntheticInputs(store, planId),
  ]);
  const notes = new Map<string, ItemNote>();
  for (const p of progress) {
    if (!p.delay_reason && !p.remedy) continue;
    notes.set(`${p.item_type}:${p.item_id}`, {
      type: p.item_type as AssessedItem['type'],
      id: p.item_id,
      delayReason: p.delay_reason,
      remedy: p.remedy,
    });
  }
  const overdue: OverdueItem[] = due.flatMap((d) =>
    d.items
      .filter((i) => i.state === 'overdue' || i.state === 'escalated')
      .map((i) => ({
        type: i.itemType,
        id: i.itemId,
        label: i.label,
        department: d.departmentName,
        periods: i.unreportedPeriods,
        escalated: i.state === 'escalated',
      })),
  );
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      region: plan.region,
      year: plan.year,
      kind: plan.kind === 'five_year' ? 'five_year' : 'annual',
      periodStart: plan.period_start,
      periodEnd: plan.period_end,
      demo: plan.demo === 1,
    },
    assessment,
    sections: structure.sections,
    portfolio: structure.portfolio.map((f) => ({
      label: f.label,
      value: f.value,
      unit: f.unit,
      normalizedValue: f.normalized_value,
      normalizedUnit: f.normalized_unit,
    })),
    notes: [...notes.values()],
    overdue,
    synthetic,
  };
}
