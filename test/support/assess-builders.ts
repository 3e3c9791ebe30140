/** Small builders for tests: plain data with defaults, overridden per case. */

import type {
  AssessmentStatus,
  IndicatorAssessmentInput,
  IndicatorItem,
  Observation,
} from '../../src/domain/assess/assess.types.ts';
import { assessIndicator } from '../../src/domain/assess/assess-indicator.ts';
import type { Target } from '../../src/domain/target/target.types.ts';

export function buildTarget(overrides: Partial<Target> = {}): Target {
  const value = overrides.value !== undefined ? overrides.value : 5;
  const unit = overrides.unit !== undefined ? overrides.unit : '%';
  return {
    text: '增长5%左右',
    kind: 'growth',
    comparator: 'approx',
    value,
    min: null,
    max: null,
    unit,
    normalized: value === null ? null : { value, unit: unit ?? '' },
    direction: 'up',
    reference: null,
    impliedGrowth: null,
    ...overrides,
  };
}

export function buildObservation(
  period: string,
  kind: Observation['kind'],
  value: number,
  overrides: Partial<Observation> = {},
): Observation {
  return {
    period,
    kind,
    value,
    revision: 1,
    recordedAt: '2020-01-01T00:00:00Z',
    source: 'test',
    ...overrides,
  };
}

export function buildIndicatorInput(
  item: Partial<IndicatorItem> = {},
  rest: Partial<Omit<IndicatorAssessmentInput, 'item'>> = {},
): IndicatorAssessmentInput {
  return {
    item: { id: 'ind-1', name: '地区生产总值', planYear: 2026, target: buildTarget(), ...item },
    observations: [],
    asOf: '2026-07-31',
    knownAt: '2030-01-01T00:00:00Z',
    ...rest,
  };
}

/** The status of an indicator with these observations (the default asOf is 2026-07-31). */
export function statusOf(
  item: Partial<IndicatorItem>,
  observations: Observation[],
  asOf = '2026-07-31',
): AssessmentStatus {
  return assessIndicator(buildIndicatorInput(item, { observations, asOf })).status;
}

export const growthTarget = (
  text: string,
  comparator: Target['comparator'],
  value: number,
  direction: Target['direction'] = 'up',
) => buildTarget({ text, kind: 'growth', comparator, value, direction });
export const levelTarget = (
  text: string,
  comparator: Target['comparator'],
  value: number,
  direction: Target['direction'],
) => buildTarget({ text, kind: 'level', comparator, value, direction });
export const jobsTarget = buildTarget({
  text: '60万人以上',
  kind: 'quantity',
  comparator: 'gte',
  value: 60,
  unit: '万人',
  normalized: { value: 600000, unit: '人' },
});
