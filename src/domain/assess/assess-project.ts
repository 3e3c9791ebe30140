import type { ProjectStage } from '../plan-document.types.ts';
import type { Assessment, AssessmentStatus } from './assess.types.ts';
import { elapsedShareOfDate, finishAssessment, isYearClosed, undetermined } from './build-assessment.ts';
import { formatNumber, formatPercent } from './convert-unit.ts';
import { judgeFlow } from './judge-flow.ts';
import { STATUS_LABELS, worseStatus } from './status-labels.ts';
import { mergeThresholds, type ThresholdOverrides } from './thresholds.ts';

export type ReportedStage = 'not_started' | 'started' | 'under_construction' | 'completed' | 'in_use';

export interface ProjectProgress {
  stage: ReportedStage;
  /** Investment done this year, in the unit of `plannedInvestment`. */
  investmentYtd?: number | null;
  /** ISO datetime of the report. */
  at: string;
  by?: string | null;
  note?: string | null;
}

export interface ProjectItem {
  type?: 'project';
  id: string | number;
  name: string;
  /** What the plan says will happen this year: 建成 complete, 加快建设 construct, 开工 start, 预备 reserve. */
  plannedStage: ProjectStage;
  /** The year's planned investment, when given. */
  plannedInvestment?: number | null;
  investmentUnit?: string | null;
  planYear: number;
  attribute?: 'expected' | 'binding';
  thresholds?: ThresholdOverrides | null;
}

export interface ProjectAssessmentInput {
  item: ProjectItem;
  progress: ProjectProgress[];
  asOf: string;
  knownAt: string;
  thresholds?: ThresholdOverrides | null;
}

const ORDER: Record<ReportedStage, number> = {
  not_started: 0,
  started: 1,
  under_construction: 2,
  completed: 3,
  in_use: 4,
};

/** The reported stage that fulfils each planned stage; reserve projects have none. */
const REQUIRED: Record<ProjectStage, number | null> = { complete: 3, construct: 2, start: 1, reserve: null };

const STAGE_ZH: Record<ReportedStage, string> = {
  not_started: '未开工',
  started: '已开工',
  under_construction: '在建',
  completed: '已建成',
  in_use: '已投用',
};
const PLANNED_ZH: Record<ProjectStage, string> = {
  complete: '建成',
  construct: '加快建设',
  start: '开工',
  reserve: '预备',
};

const RULE_ZH = '重大项目按计划形象进度评估';

/**
 * The stage rule (`project_stage`), by the date `asOf`:
 * - reached the planned stage → achieved (加快建设 stays on_track until the year closes);
 * - up to 30 June → on_track whatever the stage (most starts and completions are due later);
 * - after 30 June, one stage short → at_risk; after 30 September, two or more stages short, or a
 *   planned start still not started → off_track;
 * - after the year closes, short of the planned stage → missed.
 * Reserve (预备) projects are never behind: started → achieved, else on_track.
 * With a planned investment, the year's investment is also judged as a flow at elapsed pace and
 * the worse of the two statuses is kept, unless the stage is already achieved.
 */
export function assessProject(input: ProjectAssessmentInput): Assessment {
  const { item } = input;
  const binding = item.attribute === 'binding';
  const thresholds = mergeThresholds(input.thresholds, item.thresholds);
  const knownAt = Date.parse(input.knownAt);
  const latest = (input.progress ?? [])
    .filter(
      (p) => ORDER[p.stage] !== undefined && Date.parse(p.at) <= knownAt && p.at.slice(0, 10) <= input.asOf,
    )
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .at(-1);
  if (!latest) {
    return finishAssessment(
      undetermined('no_data', 'project_stage', RULE_ZH, `${item.name}暂无进展报告`, {
        plannedStage: item.plannedStage,
      }),
      binding,
    );
  }
  const reported = ORDER[latest.stage];
  const required = REQUIRED[item.plannedStage];
  const closed = isYearClosed(input.asOf, item.planYear);
  const afterH1 = input.asOf > `${item.planYear}-06-30`;
  const afterQ3 = input.asOf > `${item.planYear}-09-30`;
  const short = required === null ? 0 : Math.max(0, required - reported);
  let stageStatus: AssessmentStatus;
  if (required === null) stageStatus = reported >= 1 ? 'achieved' : 'on_track';
  else if (short === 0) stageStatus = item.plannedStage === 'construct' && !closed ? 'on_track' : 'achieved';
  else if (closed) stageStatus = 'missed';
  else if (!afterH1) stageStatus = 'on_track';
  else if (afterQ3 && (short >= 2 || item.plannedStage === 'start')) stageStatus = 'off_track';
  else stageStatus = 'at_risk';

  let status: AssessmentStatus = stageStatus;
  const comparison: Record<string, number | string | boolean | null> = {
    plannedStage: item.plannedStage,
    reportedStage: latest.stage,
    stagesShort: short,
    afterH1,
    afterQ3,
    closed,
  };
  let investmentZh = '';
  const inv = latest.investmentYtd;
  if (item.plannedInvestment && item.plannedInvestment > 0 && inv != null && Number.isFinite(inv)) {
    const share = elapsedShareOfDate(latest.at.slice(0, 10), item.planYear);
    const j = judgeFlow({
      actual: inv,
      total: item.plannedInvestment,
      share,
      approx: false,
      direction: 'up',
      final: closed,
      thresholds,
    });
    Object.assign(comparison, {
      investmentYtd: inv,
      plannedInvestment: item.plannedInvestment,
      investmentShare: share,
      investmentRatio: Number.isFinite(j.ratio) ? j.ratio : null,
      investmentStatus: j.status,
    });
    if (stageStatus !== 'achieved') status = worseStatus(stageStatus, j.status);
    investmentZh = `，完成年度计划投资的${formatPercent(j.completion)}（${formatNumber(inv)}${item.investmentUnit ?? ''}）`;
  }
  return finishAssessment(
    {
      status,
      expected: null,
      actual: { value: reported, unit: null, period: latest.at.slice(0, 10), kind: 'stage' },
      gap: required === null ? null : reported - required,
      projection: null,
      explanation: {
        rule: 'project_stage',
        ruleZh: RULE_ZH,
        inputs: [
          {
            period: latest.at.slice(0, 10),
            kind: 'progress',
            value: inv ?? null,
            unit: item.investmentUnit ?? null,
            revision: null,
            recordedAt: latest.at,
            source: latest.note ?? latest.stage,
            ...(latest.by ? { recordedBy: latest.by } : {}),
          },
        ],
        comparison,
        summaryZh: `${item.name}计划${PLANNED_ZH[item.plannedStage]}，目前${STAGE_ZH[latest.stage]}${investmentZh}，${STATUS_LABELS[status].zh}`,
      },
    },
    binding,
  );
}
