import type { Selectable } from 'kysely';
import type { PlanDocument, Span } from '../../domain/plan-document.types.ts';
import type { Target } from '../../domain/target/target.types.ts';
import type { Database } from '../../store/schema.ts';
import type {
  CommitmentDto,
  IndicatorDto,
  MeasureDto,
  PlanStatus,
  PlanSummary,
  ProjectDto,
} from './plan.types.ts';

type Row<T extends keyof Database> = Selectable<Database[T]>;

export function spanOf(row: { span_start: number | null; span_end: number | null }): Span | null {
  return row.span_start == null || row.span_end == null ? null : [row.span_start, row.span_end];
}

export function presentPlanSummary(row: Row<'plans'>, counts: PlanSummary['counts']): PlanSummary {
  return {
    id: row.id,
    title: row.title,
    region: row.region,
    year: row.year,
    kind: row.kind as PlanSummary['kind'],
    status: row.status as PlanStatus,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    demo: row.demo === 1,
    counts,
  };
}

export function presentIndicator(row: Row<'indicators'>): IndicatorDto {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    attribute: row.attribute as IndicatorDto['attribute'],
    category: row.category,
    period: row.period,
    target: JSON.parse(row.target_json) as Target,
    direction: row.direction as IndicatorDto['direction'],
    code: row.code,
    unit: row.unit,
    span: spanOf(row),
    observationKind: (row.observation_kind as IndicatorDto['observationKind']) ?? null,
    frequency: (row.frequency as IndicatorDto['frequency']) ?? null,
    flow: row.flow === 1,
    thresholds: parseJsonColumn<NonNullable<IndicatorDto['thresholds']>>(row.thresholds_json),
  };
}

export function presentMeasure(row: Row<'measures'>): MeasureDto {
  return { id: row.id, key: row.key, text: row.text, span: spanOf(row) };
}

export function presentCommitment(row: Row<'commitments'>): CommitmentDto {
  return {
    id: row.id,
    key: row.key,
    text: row.text,
    subject: row.subject,
    value: row.value,
    unit: row.unit,
    comparator: row.comparator as CommitmentDto['comparator'],
    normalized: { value: row.normalized_value, unit: row.normalized_unit },
    section: row.section_number,
    indicatorId: row.indicator_id,
    span: spanOf(row),
  };
}

export function presentProject(row: Row<'projects'>): ProjectDto {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    stage: row.planned_stage as ProjectDto['stage'],
    section: row.section_number,
    span: spanOf(row),
  };
}

/** A JSON text column, or null when empty or unreadable (a hand-edited row must not break reads). */
export function parseJsonColumn<T>(json: string | null): T | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}

export const parseStoredDocument = (json: string) => parseJsonColumn<PlanDocument>(json);
