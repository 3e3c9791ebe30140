import { describe, expect, it } from 'vitest';
import {
  buildIndicatorInput,
  buildTarget,
  buildObservation as obs,
  statusOf,
} from '../../../test/support/assess-builders.ts';
import type { AssessmentStatus } from './assess.types.ts';
import { assessIndicator } from './assess-indicator.ts';

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

  const lifeExpectancy = buildTarget({
    text: '提高到80岁',
    kind: 'level',
    comparator: 'eq',
    value: 80,
    unit: '岁',
  });
  it.each<[number, AssessmentStatus, string]>([
    [81.5, 'on_track', 'holding'], // already past 80 and rising: never "the wrong way"
    [80.5, 'on_track', 'holding'], // falling, but still at the target: held
    [80, 'on_track', 'holding'],
    [78, 'at_risk', 'slipping'], // within 4% of 80 below it
    [76, 'off_track', 'slipping'],
  ])('提高到80岁 from a base of 81 (already reached), 2027 at %d', (v, status, band) => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target: lifeExpectancy },
        { observations: [obs('2025', 'level', 81), obs('2027', 'level', v)], asOf: '2028-03-01' },
      ),
    );
    expect(a.status).toBe(status);
    expect(a.explanation.comparison).toMatchObject({ band, holding: true });
  });

  it('a base already reached is achieved when held through the target year', () => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target: lifeExpectancy },
        { observations: [obs('2025', 'level', 81), obs('2030', 'level', 81.2)], asOf: '2031-03-01' },
      ),
    );
    expect(a.status).toBe('achieved');
  });

  it.each<[string, { value: number; period?: string }, number]>([
    ['with the base year', { value: 78, period: '2025' }, 2],
    ['without a period', { value: 78 }, 2],
    ['of an earlier year', { value: 77.5, period: '2024' }, 3],
  ])('takes the plan baseline %s', (_label, baseline, years) => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target: lifeExpectancy, baseline },
        { observations: [obs('2027', 'level', 79)], asOf: '2028-03-01' },
      ),
    );
    expect(a.status).toBe('on_track');
    expect(a.explanation.comparison).toMatchObject({ baseValue: baseline.value, years });
    expect(a.explanation.inputs[0]).toMatchObject({
      role: 'baseline',
      source: 'plan',
      value: baseline.value,
    });
  });

  it('carries the stored base observation into the inputs, with its revision and source', () => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target: lifeExpectancy },
        {
          observations: [
            obs('2025', 'level', 78, { revision: 2, recordedAt: '2026-03-01T00:00:00Z', source: '市卫健委' }),
            obs('2027', 'level', 79),
          ],
          asOf: '2028-03-01',
        },
      ),
    );
    expect(a.explanation.inputs[0]).toMatchObject({
      role: 'baseline',
      period: '2025',
      revision: 2,
      recordedAt: '2026-03-01T00:00:00Z',
      source: '市卫健委',
    });
  });

  const cut17 = buildTarget({
    text: '累计降低17%',
    kind: 'cumulative_change',
    comparator: 'eq',
    value: -17,
    direction: 'down',
  });
  it('counts mid-year data as the fraction of a year it covers', () => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target: cut17 },
        { observations: [obs('2025', 'level', 100), obs('2027-06', 'level', 95)], asOf: '2027-08-31' },
      ),
    );
    expect(a.explanation.comparison.years).toBe(1.5);
    expect(a.explanation.comparison.observedAnnualRate).toBeCloseTo((0.95 ** (1 / 1.5) - 1) * 100, 8);
    expect(a.explanation.summaryZh).toContain('按1.5年折算');
  });

  it('uses only full-year growth rates and says so', () => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target: cagr },
        {
          observations: [obs('2026', 'ytd_growth', 7), obs('2027-06', 'ytd_growth', 2)],
          asOf: '2027-08-31',
        },
      ),
    );
    expect(a.explanation.comparison).toMatchObject({
      years: 1,
      observedAnnualRate: 7,
      measuredFrom: 'growth',
    });
    expect(a.explanation.summaryZh).toContain('2027-06累计增速未计入');
  });

  it.each<[string, string, boolean, boolean]>([
    ['2030-07-31', '2030-06', false, false], // the target year is not over
    ['2031-01-31', '2030-06', false, false], // over, but its annual figure is not due yet
    ['2031-06-30', '2030-06', true, true], // annual figure overdue: final on the latest data, late
    ['2031-03-01', '2030', true, false], // the annual figure is in
  ])('累计降低17% as of %s with %s data: final %s', (asOf, period, final, partial) => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target: cut17 },
        { observations: [obs('2025', 'level', 100), obs(period, 'level', 90)], asOf },
      ),
    );
    expect(a.explanation.comparison).toMatchObject({ final, finalOnPartialData: partial });
    expect(['achieved', 'basically_achieved', 'missed'].includes(a.status)).toBe(final);
    if (partial) expect(a.explanation.late).toBe(true);
  });

  it.each<[string, number, string]>([
    ['2027', 94, '累计降低14.33%，完成难度较大'],
    ['2027', 92, '累计降低18.82%，预计可完成目标'],
  ])('projects the observed rate to the target year (%s at %d)', (period, v, sentence) => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target: cut17 },
        { observations: [obs('2025', 'level', 100), obs(period, 'level', v)], asOf: '2028-03-01' },
      ),
    );
    expect(a.projection?.unit).toBe('%');
    expect(a.projection?.sentence).toContain(sentence);
    expect(a.projection?.sentence).toMatch(/^按2026年以来年均下降[\d.]+%推算，2030年/);
  });

  it('projects a level target in its unit', () => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...fiveYear, target: lifeExpectancy },
        { observations: [obs('2025', 'level', 78), obs('2027', 'level', 79)], asOf: '2028-03-01' },
      ),
    );
    expect(a.projection?.value).toBeCloseTo(78 * (79 / 78) ** 2.5, 8);
    expect(a.projection?.sentence).toContain('预计可完成目标');
  });
});
