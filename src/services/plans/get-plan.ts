import type { ThresholdOverrides } from '../../domain/assess/index.ts';
import { notFound } from '../../errors/app-error.ts';
import type { Store } from '../../store/open-database.ts';
import { loadLiveItems } from './load-live-items.ts';
import type { PlanDetailResponse, PlanSourceResponse, SectionDto } from './plan.types.ts';
import {
  parseJsonColumn,
  parseStoredDocument,
  presentCommitment,
  presentIndicator,
  presentMeasure,
  presentPlanSummary,
  presentProject,
  spanOf,
} from './plan-presenters.ts';

export async function getPlanRow(store: Store, planId: number) {
  const plan = await store.db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('规划 (plan)', planId);
  return plan;
}

/** The structured plan as it stands now: parsed items with every later edit applied. */
export async function getPlanDetail(store: Store, planId: number): Promise<PlanDetailResponse> {
  const plan = await getPlanRow(store, planId);
  const [{ indicators, sections, tasks, measures, commitments, projects }, facts] = await Promise.all([
    loadLiveItems(store, planId),
    store.db.selectFrom('portfolio_facts').selectAll().where('plan_id', '=', planId).orderBy('id').execute(),
  ]);

  const sectionDtos: SectionDto[] = sections.map((s) => ({
    id: s.id,
    key: s.key,
    number: s.number,
    title: s.title,
    span: spanOf(s),
    tasks: tasks
      .filter((t) => t.section_id === s.id)
      .map((t) => ({
        id: t.id,
        key: t.key,
        title: t.title,
        span: spanOf(t),
        measures: measures.filter((m) => m.task_id === t.id).map(presentMeasure),
      })),
  }));

  const document = parseStoredDocument(plan.document_json);
  return {
    ...presentPlanSummary(plan, {
      indicators: indicators.length,
      sections: sections.length,
      measures: measures.length,
      commitments: commitments.length,
      projects: projects.length,
    }),
    thresholds: parseJsonColumn<ThresholdOverrides>(plan.thresholds_json),
    indicators: indicators.map(presentIndicator),
    sections: sectionDtos,
    commitments: commitments.map(presentCommitment),
    projects: projects.map(presentProject),
    portfolio: facts.map((f) => ({
      label: f.label,
      value: f.value,
      unit: f.unit,
      normalized: { value: f.normalized_value, unit: f.normalized_unit },
      span: spanOf(f) ?? [0, 0],
    })),
    challenges: document?.challenges ?? [],
    outcomes: document?.outcomes ?? [],
    warnings: document?.warnings ?? [],
  };
}

export async function getPlanSource(store: Store, planId: number): Promise<PlanSourceResponse> {
  const plan = await getPlanRow(store, planId);
  return { text: plan.source_text, filename: plan.source_filename, encoding: plan.source_encoding };
}
