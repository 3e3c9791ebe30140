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
export type {
  ApiError,
  CommitmentDto,
  HealthResponse,
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
} from '../../../src/http/api.types.ts';
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
