/**
 * What the plan services return (plans, their items, the source). The HTTP contract for these is
 * src/http/routes/plans.schema.ts: a drift between the two is a compile error in the route.
 */

import type { ObservationKind, ThresholdOverrides } from '../../domain/assess/index.ts';
import type {
  IndicatorAttribute,
  ParseWarning,
  PlanDocument,
  PlanKind,
  PortfolioFact,
  ProjectStage,
  Span,
} from '../../domain/plan-document.types.ts';
import type { Comparator, Direction, Target } from '../../domain/target/target.types.ts';

export type PlanStatus = 'draft' | 'published';

export interface PlanSummary {
  id: number;
  title: string;
  region: string | null;
  year: number | null;
  kind: PlanKind;
  status: PlanStatus;
  createdAt: string;
  publishedAt: string | null;
  /** True for plans carrying synthetic demo data (示例数据). */
  demo: boolean;
  counts: { indicators: number; sections: number; measures: number; commitments: number; projects: number };
}

export interface PlansResponse {
  plans: PlanSummary[];
}

export interface IndicatorDto {
  id: number;
  key: string;
  name: string;
  attribute: IndicatorAttribute;
  category: string | null;
  period: string;
  target: Target;
  direction: Direction | null;
  /** Catalog code when the name matched the built-in catalog (gdp, cpi, …). */
  code: string | null;
  unit: string | null;
  span: Span | null;
  /**
   * How the series is published and so what the target is judged on (ytd_value, level, …):
   * the catalog's default, editable. null: inferred from the target when assessed.
   */
  observationKind: ObservationKind | null;
  frequency: 'monthly' | 'quarterly' | 'yearly' | null;
  /** An annual-total flow (新增…), judged against pace; false for stocks and rates. */
  flow: boolean;
  /** This indicator's own threshold overrides, merged over the plan's; null inherits them. */
  thresholds: ThresholdOverrides | null;
}

export interface MeasureDto {
  id: number;
  key: string;
  text: string;
  span: Span | null;
}
export interface TaskDto {
  id: number;
  key: string;
  title: string;
  span: Span | null;
  measures: MeasureDto[];
}
export interface SectionDto {
  id: number;
  key: string;
  number: number;
  title: string;
  span: Span | null;
  tasks: TaskDto[];
}

export interface CommitmentDto {
  id: number;
  key: string;
  text: string;
  subject: string;
  value: number;
  unit: string;
  comparator: Comparator;
  normalized: { value: number; unit: string };
  section: number | null;
  indicatorId: number | null;
  span: Span | null;
}

export interface ProjectDto {
  id: number;
  key: string;
  name: string;
  stage: ProjectStage;
  section: number | null;
  span: Span | null;
}

export interface PlanDetailResponse extends PlanSummary {
  /** The plan-level threshold overrides, merged over the defaults; null: the defaults. */
  thresholds: ThresholdOverrides | null;
  indicators: IndicatorDto[];
  sections: SectionDto[];
  commitments: CommitmentDto[];
  projects: ProjectDto[];
  portfolio: PortfolioFact[];
  challenges: PlanDocument['challenges'];
  outcomes: PlanDocument['outcomes'];
  warnings: ParseWarning[];
}

/** GET /api/plans/:id/source — the decoded document text the spans point into. */
export interface PlanSourceResponse {
  text: string;
  filename: string | null;
  encoding: string;
}

/** POST /api/plans — upload a document. */
export interface ImportPlanResponse {
  planId: number;
  status: PlanStatus;
  document: PlanDocument;
}

export type { ItemType } from '../../domain/assess/assess.types.ts';
