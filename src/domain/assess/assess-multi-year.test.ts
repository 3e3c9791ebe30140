import { describe, expect, it } from 'vitest';
import type { AssessmentStatus } from './assess.types.ts';
import { assessIndicator } from './assess-indicator.ts';
import { buildIndicatorInput, buildTarget, buildObservation as obs, statusOf } from './test-builders.ts';

describe('multi-year targets (multi_year_cagr)', () => {
  const fiveYear = { periodStart: 2026, periodEnd: 2030 };
  const cagr = buildTarget({ text: '年均增长7%以上', kind: 'cagr', comparator: 'gte', value: 7 });
  it.each<[number, AssessmentStatus, string]>([
    [7.5, 'on_track', 'on_track'],
    [6.7, 'on_track', 'on_track'], // R 0.957
    [6.6, 'at_risk', 'needs_acceleration'],
    [4.2, 'at_risk', 'needs_acceleration'], // R exactly 0.6
    [4, 'off_track', 'limited_progress'],
    [0, 'off_track', 'limited_progress'],
    [-1, 'off_track', 'wrong_direction'],
  ])('年均增长7%以上 with %d in the first year', (g, expected, band) => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target: cagr },
        { observations: [obs('2026', 'ytd_growth', g)], asOf: '2027-03-01' },
      ),
    );
    expect(a.status).toBe(expected);
    expect(a.explanation.comparison.band).toBe(band);
  });

  it('累计降低17% from levels: (94/100)^(1/2) vs 0.83^(1/5)', () => {
    const target = buildTarget({
      text: '累计降低17%',
      kind: 'cumulative_change',
      comparator: 'eq',
      value: -17,
      direction: 'down',
    });
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target },
        { observations: [obs('2025', 'level', 100), obs('2027', 'level', 94)], asOf: '2028-03-01' },
      ),
    );
    expect(a.explanation.comparison.ratio).toBeCloseTo((Math.sqrt(0.94) - 1) / (0.83 ** 0.2 - 1), 10);
    expect(a.status).toBe('at_risk');
    expect(a.explanation.summaryZh).toContain('需加快');
  });

  it('提高到80岁 from 78.5', () => {
    const target = buildTarget({
      text: '提高到80岁',
      kind: 'level',
      comparator: 'eq',
      value: 80,
      unit: '岁',
    });
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target },
        { observations: [obs('2025', 'level', 78.5), obs('2027', 'level', 79.2)], asOf: '2028-03-01' },
      ),
    );
    expect(a.explanation.rule).toBe('multi_year_cagr');
    expect(a.status).toBe('on_track');
  });

  it('is final in the target year', () => {
    const growths = [7.2, 7.1, 7, 6.9, 6.5].map((g, i) => obs(String(2026 + i), 'ytd_growth', g));
    const a = assessIndicator(
      buildIndicatorInput({ ...fiveYear, target: cagr }, { observations: growths, asOf: '2031-03-01' }),
    );
    expect(a.status).toBe('basically_achieved');
  });

  it('has no data without a base year value', () => {
    const target = buildTarget({
      text: '提高到80岁',
      kind: 'level',
      comparator: 'eq',
      value: 80,
      unit: '岁',
    });
    expect(statusOf({ ...fiveYear, target }, [obs('2027', 'level', 79)], '2028-03-01')).toBe('no_data');
  });
});
