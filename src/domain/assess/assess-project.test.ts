import { describe, expect, it } from 'vitest';
import type { ProjectStage } from '../plan-document.types.ts';
import type { AssessmentStatus } from './assess.types.ts';
import { assessProject, type ProjectAssessmentInput, type ReportedStage } from './assess-project.ts';

function build(
  plannedStage: ProjectStage,
  stage: ReportedStage | null,
  asOf: string,
  extra: Partial<ProjectAssessmentInput> = {},
) {
  return assessProject({
    item: { id: 'p-1', name: '某某医院新建工程', plannedStage, planYear: 2026 },
    progress: stage ? [{ stage, at: `${asOf}T00:00:00Z` }] : [],
    asOf,
    knownAt: '2030-01-01T00:00:00Z',
    ...extra,
  });
}

describe('assessProject', () => {
  it.each<[ProjectStage, ReportedStage | null, string, AssessmentStatus]>([
    ['start', 'not_started', '2026-05-31', 'on_track'],
    ['start', 'not_started', '2026-06-30', 'on_track'],
    ['start', 'not_started', '2026-07-15', 'at_risk'],
    ['start', 'not_started', '2026-10-15', 'off_track'],
    ['start', 'not_started', '2026-12-31', 'missed'],
    ['start', 'started', '2026-07-15', 'achieved'],
    ['start', 'under_construction', '2026-10-15', 'achieved'],
    ['complete', 'under_construction', '2026-05-31', 'on_track'],
    ['complete', 'under_construction', '2026-07-15', 'at_risk'],
    ['complete', 'under_construction', '2026-10-15', 'at_risk'],
    ['complete', 'started', '2026-10-15', 'off_track'],
    ['complete', 'completed', '2026-10-15', 'achieved'],
    ['complete', 'in_use', '2026-12-31', 'achieved'],
    ['complete', 'under_construction', '2027-01-10', 'missed'],
    ['construct', 'under_construction', '2026-07-15', 'on_track'],
    ['construct', 'under_construction', '2027-01-10', 'achieved'],
    ['construct', 'started', '2026-10-15', 'at_risk'],
    ['reserve', 'not_started', '2026-10-15', 'on_track'],
    ['reserve', 'started', '2026-10-15', 'achieved'],
    ['start', null, '2026-10-15', 'no_data'],
  ])('planned %s, reported %s, as of %s → %s', (planned, stage, asOf, expected) => {
    expect(build(planned, stage, asOf).status).toBe(expected);
  });

  it('keeps the worse of stage and investment pace', () => {
    const item = {
      id: 'p-2',
      name: '某某线',
      plannedStage: 'complete' as const,
      planYear: 2026,
      plannedInvestment: 100,
      investmentUnit: '亿元',
    };
    const at = (investmentYtd: number, date: string) =>
      assessProject({
        item,
        progress: [{ stage: 'under_construction', investmentYtd, at: `${date}T00:00:00Z` }],
        asOf: date,
        knownAt: '2030-01-01T00:00:00Z',
      });
    expect(at(50, '2026-06-30').status).toBe('on_track');
    expect(at(30, '2026-06-30').status).toBe('off_track');
    const a = at(45, '2026-06-30');
    expect(a.status).toBe('at_risk');
    expect(a.explanation.summaryZh).toBe(
      '某某线计划建成，目前在建，完成年度计划投资的45%（45亿元），略低于序时进度',
    );
  });

  it('ignores reports after asOf or knownAt', () => {
    const progress = [
      { stage: 'not_started' as const, at: '2026-03-01T00:00:00Z' },
      { stage: 'started' as const, at: '2026-09-01T00:00:00Z' },
    ];
    const item = { id: 'p-3', name: 'x', plannedStage: 'start' as const, planYear: 2026 };
    expect(
      assessProject({ item, progress, asOf: '2026-08-01', knownAt: '2030-01-01T00:00:00Z' }).status,
    ).toBe('at_risk');
    expect(
      assessProject({ item, progress, asOf: '2026-10-01', knownAt: '2026-08-01T00:00:00Z' }).status,
    ).toBe('off_track');
    expect(
      assessProject({ item, progress, asOf: '2026-10-01', knownAt: '2030-01-01T00:00:00Z' }).status,
    ).toBe('achieved');
  });
});
