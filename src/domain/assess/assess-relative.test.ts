import { describe, expect, it } from 'vitest';
import {
  buildIndicatorInput,
  buildTarget,
  buildObservation as obs,
} from '../../../test/support/assess-builders.ts';
import type { AssessmentStatus } from './assess.types.ts';
import { assessIndicator } from './assess-indicator.ts';

describe('relative targets', () => {
  const target = buildTarget({
    text: '与经济增长基本同步',
    kind: 'relative',
    comparator: null,
    value: null,
    normalized: null,
    reference: '地区生产总值',
    direction: 'up',
  });
  const gdp = [obs('2026Q2', 'ytd_growth', 5)];
  it.each<[number, AssessmentStatus]>([
    [6, 'on_track'],
    [4.5, 'on_track'],
    [4.3, 'at_risk'],
    [4, 'at_risk'],
    [3.9, 'off_track'],
  ])('own %d vs GDP 5', (value, expected) => {
    const a = assessIndicator(
      buildIndicatorInput(
        { target },
        { observations: [obs('2026Q2', 'ytd_growth', value)], referenceObservations: gdp },
      ),
    );
    expect(a.status).toBe(expected);
  });

  it('is judged on both sides without a direction', () => {
    const band = { ...target, direction: null };
    const a = assessIndicator(
      buildIndicatorInput(
        { target: band },
        { observations: [obs('2026Q2', 'ytd_growth', 6)], referenceObservations: gdp },
      ),
    );
    expect(a.status).toBe('at_risk');
    expect(a.explanation.summaryZh).toBe('上半年地区生产总值增长6%，比地区生产总值高1个百分点，略有差距');
  });

  it('is pending without reference data (even without its own), no_data with only the reference', () => {
    expect(assessIndicator(buildIndicatorInput({ target }, { observations: [] })).status).toBe('pending');
    expect(assessIndicator(buildIndicatorInput({ target }, { referenceObservations: gdp })).status).toBe(
      'no_data',
    );
  });

  it('derives its own growth from amounts when no rate is published', () => {
    const observations = [obs('2025Q2', 'ytd_value', 40000), obs('2026Q2', 'ytd_value', 41800)];
    const a = assessIndicator(buildIndicatorInput({ target }, { observations, referenceObservations: gdp }));
    expect(a.actual?.value).toBeCloseTo(4.5, 10);
    expect(a.status).toBe('on_track');
  });

  it('says which input is its own and which the reference', () => {
    const a = assessIndicator(
      buildIndicatorInput(
        { name: '居民人均可支配收入', target },
        {
          observations: [obs('2026Q2', 'ytd_growth', 4.8, { source: '市统计局' })],
          referenceObservations: [obs('2026Q2', 'ytd_growth', 5, { source: '国家统计局' })],
        },
      ),
    );
    expect(a.explanation.inputs).toMatchObject([
      { role: 'actual', value: 4.8, source: '市统计局' },
      { role: 'reference', value: 5, series: '地区生产总值', source: '国家统计局' },
    ]);
  });
});
