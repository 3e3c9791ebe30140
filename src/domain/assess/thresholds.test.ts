import { describe, expect, it } from 'vitest';
import { checkThresholds, mergeThresholds, type ThresholdOverrides } from './thresholds.ts';

describe('checkThresholds', () => {
  it.each<[string, ThresholdOverrides, string[]]>([
    ['the defaults', {}, []],
    ['a stricter pair', { flowGreenRatio: 0.98, flowYellowRatio: 0.9 }, []],
    ['green equal to yellow', { flowGreenRatio: 0.9, flowYellowRatio: 0.9 }, []],
    [
      'green below yellow',
      { flowGreenRatio: 0.8, flowYellowRatio: 0.9 },
      ['flowGreenRatio', 'flowYellowRatio'],
    ],
    ['green below the inherited yellow', { flowGreenRatio: 0.8 }, ['flowGreenRatio']],
    ['a ratio of 0', { flowYellowRatio: 0 }, ['flowYellowRatio']],
    ['a ratio above 2', { multiYearOnTrack: 2.5 }, ['multiYearOnTrack']],
    ['on track below at risk', { multiYearOnTrack: 0.5 }, ['multiYearOnTrack']],
    [
      'a negative tolerance',
      { rateToleranceMinPoints: -0.1, quantityToleranceShare: -0.04 },
      ['quantityToleranceShare', 'rateToleranceMinPoints'],
    ],
    ['a tolerance above the target', { rateToleranceShare: 1.5 }, ['rateToleranceShare']],
    [
      'red points inside yellow',
      { flowYellowPoints: 20, flowRedPoints: 10 },
      ['flowYellowPoints', 'flowRedPoints'],
    ],
    ['relative yellow inside green', { relativeYellowPoints: 0.3 }, ['relativeYellowPoints']],
    ['negative late days', { lateDays: { month: -1 } }, ['lateDays.month']],
  ])('%s', (_label, overrides, fields) => {
    expect(
      checkThresholds(overrides)
        .map((i) => i.path)
        .sort(),
    ).toEqual([...fields].sort());
  });

  it('judges an indicator override against the plan it inherits from', () => {
    const plan = mergeThresholds({ flowGreenRatio: 0.8, flowYellowRatio: 0.7 });
    expect(checkThresholds({ flowYellowRatio: 0.75 }, plan)).toEqual([]);
    expect(checkThresholds({ flowYellowRatio: 0.85 }, plan)[0]).toMatchObject({ path: 'flowYellowRatio' });
  });
});
