import { describe, expect, it } from 'vitest';
import { judgeAgainstTarget, type TargetSpec } from './judge-against-target.ts';
import { DEFAULT_THRESHOLDS, mergeThresholds } from './thresholds.ts';

describe('judgeAgainstTarget', () => {
  it.each<[string, TargetSpec, number, string, number]>([
    ['5%左右 up', { comparator: 'approx', value: 5, direction: 'up' }, 4.8, 'green', 0.2],
    ['50%左右 up: t = 4% of 50', { comparator: 'approx', value: 50, direction: 'up' }, 48, 'green', 2],
    ['50%左右 up', { comparator: 'approx', value: 50, direction: 'up' }, 46, 'yellow', 2],
    ['以上 ignores a down direction', { comparator: 'gte', value: 5, direction: 'down' }, 6, 'green', 0.2],
    ['以内 ignores an up direction', { comparator: 'lte', value: 5, direction: 'up' }, 6, 'red', 0.2],
    ['null direction defaults to up', { comparator: 'approx', value: 5, direction: null }, 9, 'green', 0.2],
    ['negative target (下降3%) up', { comparator: 'eq', value: -3, direction: 'up' }, -3.1, 'yellow', 0.2],
  ])('%s', (_name, spec, actual, band, tolerance) => {
    const j = judgeAgainstTarget(actual, spec, true, DEFAULT_THRESHOLDS);
    expect(j.band).toBe(band);
    expect(j.tolerance).toBeCloseTo(tolerance, 10);
  });

  it('uses the quantity tolerance for non-rates', () => {
    expect(
      judgeAgainstTarget(96, { comparator: 'approx', value: 100, direction: 'up' }, false, DEFAULT_THRESHOLDS)
        .band,
    ).toBe('green');
    expect(
      judgeAgainstTarget(
        95.9,
        { comparator: 'approx', value: 100, direction: 'up' },
        false,
        DEFAULT_THRESHOLDS,
      ).band,
    ).toBe('yellow');
  });

  it('takes configured tolerances', () => {
    const t = mergeThresholds({ rateToleranceMinPoints: 0.5 }, { lateDays: { month: 30 } });
    expect(t.lateDays).toEqual({ ...DEFAULT_THRESHOLDS.lateDays, month: 30 });
    expect(judgeAgainstTarget(4.5, { comparator: 'approx', value: 5, direction: 'up' }, true, t).band).toBe(
      'green',
    );
  });
});
