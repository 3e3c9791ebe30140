import { describe, expect, it } from 'vitest';
import type { AssessmentStatus } from './assess.types.ts';
import { assessCommitment, type CommitmentAssessmentInput } from './assess-commitment.ts';

function build(overrides: Partial<CommitmentAssessmentInput> = {}): CommitmentAssessmentInput {
  return {
    item: { id: 'c-1', name: '新增公园', value: 100, unit: '座', comparator: 'eq', planYear: 2026 },
    progress: [],
    asOf: '2026-07-31',
    knownAt: '2030-01-01T00:00:00Z',
    ...overrides,
  };
}

describe('assessCommitment', () => {
  it.each<[number, string | undefined, string, AssessmentStatus]>([
    [50, '2026-06', '2026-07-31', 'on_track'],
    [47.5, '2026-06', '2026-07-31', 'on_track'], // ratio exactly 0.95
    [45, '2026-06', '2026-07-31', 'at_risk'],
    [40, '2026-06', '2026-07-31', 'off_track'],
    [100, '2026-06', '2026-07-31', 'achieved'],
    [96, '2026-12', '2027-01-15', 'basically_achieved'],
    [90, '2026-12', '2027-01-15', 'missed'],
  ])('%d done by %s, as of %s', (completed, period, asOf, expected) => {
    const a = assessCommitment(build({ progress: [{ completed, at: `${asOf}T00:00:00Z`, period }], asOf }));
    expect(a.status).toBe(expected);
  });

  it.each<[number, string, AssessmentStatus, boolean]>([
    [90, '2027-01-10', 'on_track', false], // December's report can still arrive
    [96, '2027-02-20', 'basically_achieved', true], // overdue: the last report is the year's
    [90, '2027-02-20', 'missed', true],
    [100, '2027-02-20', 'achieved', true],
  ])('after the year closes with a November report of %d, as of %s', (completed, asOf, status, partial) => {
    const a = assessCommitment(
      build({ progress: [{ completed, at: '2026-12-05T00:00:00Z', period: '2026-11' }], asOf }),
    );
    expect(a.status).toBe(status);
    expect(a.explanation.comparison.finalOnPartialData).toBe(partial);
    expect(a.explanation.late).toBe(partial);
  });

  it('paces a report without a period by its date', () => {
    const a = assessCommitment(build({ progress: [{ completed: 50, at: '2026-07-02T08:00:00Z' }] }));
    expect(a.expected?.share).toBeCloseTo(183 / 365, 10);
    expect(a.status).toBe('on_track');
  });

  it('has no data without reports, and ignores reports after knownAt or of other years', () => {
    expect(assessCommitment(build()).status).toBe('no_data');
    const progress = [
      { completed: 80, at: '2025-12-31T00:00:00Z', period: '2025-12' },
      { completed: 60, at: '2026-07-20T00:00:00Z', period: '2026-06' },
    ];
    expect(assessCommitment(build({ progress, knownAt: '2026-07-01T00:00:00Z' })).status).toBe('no_data');
    expect(assessCommitment(build({ progress })).actual?.value).toBe(60);
  });

  it('explains itself in a report sentence', () => {
    const a = assessCommitment(
      build({
        progress: [{ completed: 45, at: '2026-07-05T00:00:00Z', period: '2026-06', by: '市绿化市容局' }],
      }),
    );
    expect(a.explanation.summaryZh).toBe('1—6月新增公园完成45座，完成全年任务的45%，低于时间进度5个百分点');
    expect(a.explanation.inputs[0]).toMatchObject({ kind: 'progress', recordedBy: '市绿化市容局' });
  });
});

describe('the sentence', () => {
  it('writes an amount in the base unit the way a report does (亿元, 万人)', () => {
    const a = assessCommitment(
      build({
        item: {
          id: 'c-2',
          name: '全年计划投资额',
          value: 255e9,
          unit: '元',
          comparator: 'eq',
          planYear: 2026,
        },
        progress: [{ completed: 114132478833, at: '2026-10-10T00:00:00Z', period: '2026Q3' }],
        asOf: '2026-10-20',
      }),
    );
    expect(a.explanation.summaryZh).toContain('1141.32亿元');
    expect(a.explanation.summaryZh).not.toContain('114132478833');
  });
});
