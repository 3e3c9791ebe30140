import { describe, expect, it } from 'vitest';
import type { Assessment, AssessmentStatus } from './assess.types.ts';
import { finishAssessment, undetermined } from './build-assessment.ts';
import { type AssessedEntry, summarizeAssessments } from './summarize-assessments.ts';

function entry(status: AssessmentStatus, extra: Partial<AssessedEntry> = {}): AssessedEntry {
  const base = undetermined('pending', 'no_target', '', '');
  const assessment: Assessment = finishAssessment({ ...base, status }, extra.attribute === 'binding');
  return { assessment, type: 'indicator', ...extra };
}

describe('summarizeAssessments', () => {
  const entries = [
    entry('on_track', { department: '市发展改革委', category: '经济' }),
    entry('at_risk', { department: '市发展改革委', attribute: 'binding', category: '经济' }),
    entry('off_track', { department: '市人社局', attribute: 'binding', type: 'commitment' }),
    entry('pending', { attribute: 'binding' }),
    entry('achieved', { type: 'measure', department: '市人社局' }),
  ];

  it('counts the plan by status and colour', () => {
    const s = summarizeAssessments(entries);
    expect(s.total).toBe(5);
    expect(s.byStatus).toMatchObject({
      on_track: 1,
      at_risk: 1,
      off_track: 1,
      pending: 1,
      achieved: 1,
      missed: 0,
    });
    expect(s.byColor).toEqual({ green: 2, yellow: 1, red: 1, grey: 1 });
    expect(s.bindingAtRisk).toBe(2);
  });

  it('groups by department and type', () => {
    const s = summarizeAssessments(entries, ['department', 'type']);
    expect(s.groups.department?.map((g) => [g.key, g.total])).toEqual([
      ['', 1],
      ['市发展改革委', 2],
      ['市人社局', 2],
    ]);
    expect(s.groups.type?.find((g) => g.key === 'indicator')?.byColor).toEqual({
      green: 1,
      yellow: 1,
      red: 0,
      grey: 1,
    });
  });

  it('is all zeros for nothing', () => {
    expect(summarizeAssessments([], 'region')).toMatchObject({
      total: 0,
      bindingAtRisk: 0,
      groups: { region: [] },
    });
  });
});
