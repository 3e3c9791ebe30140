/**
 * The API's types, all derived from the generated contract (schema.gen.ts, written from
 * /api/openapi.json by scripts/api-client.ts): nothing here restates a server shape, so a change
 * of a route's schema is a compile error in the web app after `npm run build`.
 */
import type { components, paths } from './schema.gen.ts';

type Schemas = components['schemas'];

/** The JSON body a route answers with for a status. */
export type ResponseOf<
  P extends keyof paths,
  M extends keyof paths[P],
  S extends number = 200,
> = paths[P][M] extends { responses: infer R }
  ? R extends Record<S, { content: { 'application/json': infer B } }>
    ? B
    : never
  : never;

export type ApiError = Schemas['ApiError'];
export type HealthResponse = Schemas['Health'];

export type ItemType = Schemas['ItemType'];
export type Span = Schemas['Span'];
export type Target = Schemas['Target'];
export type Comparator = Schemas['Commitment']['comparator'];
export type IndicatorAttribute = Schemas['Indicator']['attribute'];
export type ProjectStage = Schemas['Project']['stage'];

export type PlanSummary = Schemas['PlanSummary'];
export type PlanStatus = PlanSummary['status'];
export type PlansResponse = ResponseOf<'/api/plans', 'get'>;
export type PlanDetailResponse = Schemas['PlanDetail'];
export type PlanSourceResponse = ResponseOf<'/api/plans/{id}/source', 'get'>;
export type ImportPlanResponse = ResponseOf<'/api/plans', 'post', 201>;
export type IndicatorDto = Schemas['Indicator'];
export type CommitmentDto = Schemas['Commitment'];
export type ProjectDto = Schemas['Project'];
export type MeasureDto = Schemas['Measure'];
export type TaskDto = Schemas['Task'];
export type SectionDto = Schemas['Section'];
export type PortfolioFact = PlanDetailResponse['portfolio'][number];

export type AssessmentStatus = Schemas['AssessmentStatus'];
export type StatusColor = Schemas['StatusColor'];
/** One assessed item of GET /api/plans/:id/assessment. */
export type AssessmentItemDto = Schemas['AssessedItem'];
export type Assessment = AssessmentItemDto;
/** GET /api/plans/:id/assessment?asOf=YYYY-MM-DD[&knownAt=ISO]. */
export type AssessmentResponse = Schemas['PlanAssessment'];

/** POST /api/plans/:id/observations → 201. */
export type ObservationImportResponse = Schemas['ImportResult'];
/** details of a 422 IMPORT_INVALID error. */
export type ImportErrorDetails = Schemas['ImportErrorDetails'];

// Data collection: departments, assignments, progress, submissions, deadlines.
export type AssignmentView = Schemas['Assignment'];
export type Suggestion = Schemas['Suggestion'];
export type DepartmentView = Schemas['Department'];
export type PlanItem = Schemas['PlanItem'];
export type AttachmentView = Schemas['Attachment'];
export type DepartmentDueList = Schemas['DepartmentDueList'];
export type DueItem = Schemas['DueItem'];
export type DueState = Schemas['DueState'];
export type MilestoneView = Schemas['Milestone'];
export type MilestoneInput = Omit<MilestoneView, 'id' | 'projectId'>;
export type ProgressView = Schemas['ProgressReport'];
export type SubmissionView = Schemas['Submission'];
export type SubmissionStatus = SubmissionView['status'];

type ProjectBody = Schemas['ProjectProgressBodyInput'];
export type MeasureStatus = 'in_progress' | 'done' | 'delayed';
export type ProjectProgressStage = ProjectBody['stage'];
export type CollectedItemType = 'measure' | 'commitment' | 'project';

/** POST /api/plans/:id/progress/:type/:itemId body: one form fills the fields of its item type. */
export type ProgressBody = Partial<
  Schemas['MeasureProgressBodyInput'] & Schemas['CommitmentProgressBodyInput'] & ProjectBody
>;

/** POST/PATCH /api/departments body. */
export type DepartmentBody = Schemas['DepartmentBodyInput'];
