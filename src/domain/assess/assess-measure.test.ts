import { describe, expect, it } from 'vitest';
import type { AssessmentStatus } from './assess.types.ts';
import { assessMeasure, type MeasureProgress } from './assess-measure.ts';

describe('assessMeasure', () => {
  it.each<[MeasureProgress['status'] | null, string | null, AssessmentStatus]>([
    ['done', null, 'achieved'],
    ['已完成', null, 'achieved'],
    ['delayed', null, 'off_track'],
    ['滞后', null, 'off_track'],
    ['in_progress', null, 'on_track'],
    ['推进中', null, 'on_track'],
    ['in_progress', '2026-06-30', 'off_track'], // overdue
    ['done', '2026-06-30', 'achieved'],
    [null, null, 'no_data'],
  ])('%s (deadline %s) → %s', (status, deadline, expected) => {
    const a = assessMeasure({
      item: { id: 'm-1', name: '措施', deadline },
      progress: status ? [{ status, at: '2026-07-01T00:00:00Z', note: '按计划推进' }] : [],
      asOf: '2026-07-31',
      knownAt: '2030-01-01T00:00:00Z',
    });
    expect(a.status).toBe(expected);
  });

  it('takes the latest report known at knownAt', () => {
    const progress: MeasureProgress[] = [
      { status: 'in_progress', at: '2026-05-01T00:00:00Z' },
      { status: 'delayed', at: '2026-07-01T00:00:00Z', note: '征收进度慢' },
    ];
    const at = (knownAt: string) =>
      assessMeasure({
        item: { id: 'm', name: 'x', attribute: 'binding' },
        progress,
        asOf: '2026-07-31',
        knownAt,
      });
    expect(at('2026-06-01T00:00:00Z')).toMatchObject({ status: 'on_track', severity: 'normal' });
    expect(at('2026-07-02T00:00:00Z')).toMatchObject({
      status: 'off_track',
      severity: 'high',
      explanation: { summaryZh: '征收进度慢；明显滞后' },
    });
  });
});
