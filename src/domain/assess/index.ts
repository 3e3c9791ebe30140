export type * from './assess.types.ts';
export type { CommitmentAssessmentInput, CommitmentItem, CommitmentProgress } from './assess-commitment.ts';
export { assessCommitment } from './assess-commitment.ts';
export { assessIndicator } from './assess-indicator.ts';
export type {
  MeasureAssessmentInput,
  MeasureItem,
  MeasureProgress,
  MeasureStatus,
} from './assess-measure.ts';
export { assessMeasure } from './assess-measure.ts';
export type {
  ProjectAssessmentInput,
  ProjectItem,
  ProjectProgress,
  ReportedStage,
} from './assess-project.ts';
export { assessProject } from './assess-project.ts';
export { readsAsAnnualFlow } from './infer-flow.ts';
export { judgeAgainstTarget, toleranceOf } from './judge-against-target.ts';
export { judgeFlow } from './judge-flow.ts';
export type { SelectedObservation, SelectOptions } from './select-observations.ts';
export { selectObservations } from './select-observations.ts';
export { colorOf, STATUS_LABELS } from './status-labels.ts';
export type { AssessedEntry, AssessmentSummary, GroupKey, StatusCounts } from './summarize-assessments.ts';
export { summarizeAssessments } from './summarize-assessments.ts';
export type { ThresholdIssue, ThresholdOverrides, Thresholds } from './thresholds.ts';
export { checkThresholds, DEFAULT_THRESHOLDS, mergeThresholds } from './thresholds.ts';
