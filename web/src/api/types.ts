/**
 * The API's response types. Everything comes from the server's own type files (type-only imports),
 * so a change of a response shape is a compile error here.
 */
import type {
  Assessment,
  AssessmentStatus,
  ItemType,
  StatusColor,
} from '../../../src/domain/assess/assess.types.ts';
import type { AssessedItem, PlanAssessment } from '../../../src/services/assessment/assessment.types.ts';
import type { ImportResult } from '../../../src/services/collection/observations/import-observations.ts';
import type { RowError } from '../../../src/services/collection/observations/validate-observation.ts';

export type {
  IndicatorAttribute,
  PortfolioFact,
  ProjectStage,
  Span,
} from '../../../src/domain/plan-document.types.ts';
export type { Comparator, Target } from '../../../src/domain/target/target.types.ts';
export type { ApiErrorBody as ApiError } from '../../../src/http/routes/common.schema.ts';
export type { HealthResponse } from '../../../src/http/routes/health.schema.ts';
export type {
  CommitmentDto,
  ImportPlanResponse,
  IndicatorDto,
  MeasureDto,
  PlanDetailResponse,
  PlanSourceResponse,
  PlanStatus,
  PlanSummary,
  PlansResponse,
  ProjectDto,
  SectionDto,
  TaskDto,
} from '../../../src/services/plans/plan.types.ts';
export type { Assessment, AssessmentStatus, ItemType, StatusColor };

/** One assessed item of GET /api/plans/:id/assessment. */
export type AssessmentItemDto = AssessedItem;

/** GET /api/plans/:id/assessment?asOf=YYYY-MM-DD[&knownAt=ISO]. */
export type AssessmentResponse = PlanAssessment;

/** POST /api/plans/:id/observations → 201. */
export type ObservationImportResponse = ImportResult;

/** details of a 422 IMPORT_INVALID error. */
export interface ImportErrorDetails {
  errors: Array<Pick<RowError, 'row' | 'column' | 'value' | 'reason'>>;
  total: number;
}

// Data collection (issue 5): departments, assignments, progress, submissions, deadlines.
export type {
  AssignmentView,
  Suggestion,
} from '../../../src/services/collection/departments/assign-items.ts';
export type { DepartmentView } from '../../../src/services/collection/departments/manage-departments.ts';
export type { PlanItem } from '../../../src/services/collection/departments/plan-items.ts';
export type { AttachmentView } from '../../../src/services/collection/progress/attachments.ts';
export type {
  DepartmentDueList,
  DueItem,
  DueState,
} from '../../../src/services/collection/progress/list-due-items.ts';
export type { MilestoneInput, MilestoneView } from '../../../src/services/collection/progress/milestones.ts';
export type { ProgressView } from '../../../src/services/collection/progress/record-progress.ts';
export type {
  SubmissionStatus,
  SubmissionView,
} from '../../../src/services/collection/progress/submissions.ts';

export type MeasureStatus = 'in_progress' | 'done' | 'delayed';
export type ProjectProgressStage = 'not_started' | 'started' | 'under_construction' | 'completed' | 'in_use';
export type CollectedItemType = 'measure' | 'commitment' | 'project';

/** POST /api/plans/:id/progress/:type/:itemId body. */
export interface ProgressBody {
  period?: string | null;
  text?: string | null;
  note?: string | null;
  status?: MeasureStatus;
  delayReason?: string | null;
  remedy?: string | null;
  completedQuantity?: number;
  stage?: ProjectProgressStage;
  investmentPlanned?: number | null;
  investmentCompleted?: number | null;
  submissionId?: number | null;
}

/** POST/PATCH /api/departments body. */
export interface DepartmentBody {
  name: string;
  shortName?: string | null;
  kind?: string;
  keywords?: string[];
}
