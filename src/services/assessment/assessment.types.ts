import type { Assessment, AssessmentSummary, ItemType } from '../../domain/assess/index.ts';

/** One assessed item as the API, the CLI and reports present it. `name` is as written in the plan. */
export interface AssessedItem extends Assessment {
  type: ItemType;
  id: number;
  name: string;
  attribute: 'expected' | 'binding' | null;
  category: string | null;
  section: number | null;
  department: string | null;
  target: string | null;
}

export interface PlanAssessment {
  planId: number;
  asOf: string;
  knownAt: string;
  summary: AssessmentSummary;
  items: AssessedItem[];
}
