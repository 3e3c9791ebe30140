import { describe, expect, it } from 'vitest';
import {
  buildIndicatorInput,
  buildTarget,
  growthTarget,
  jobsTarget,
  levelTarget,
  buildObservation as obs,
  statusOf,
} from '../../../test/support/assess-builders.ts';
import type { AssessmentStatus, IndicatorItem, Observation } from './assess.types.ts';
import { assessIndicator } from './assess-indicator.ts';

describe('after the year closes', () => {
  const jobsItem = { target: jobsTarget, observationKind: 'ytd_value' as const };
  it.each<[Partial<IndicatorItem>, Observation, AssessmentStatus]>([
    [jobsItem, obs('2026-12', 'ytd_value', 610000), 'achieved'],
    [jobsItem, obs('2026-12', 'ytd_value', 570000), 'basically_achieved'], // exactly 0.95 of T
    [jobsItem, obs('2026-12', 'ytd_value', 569000), 'missed'],
    [{ target: growthTarget('增长5%左右', 'approx', 5) }, obs('2026Q4', 'ytd_growth', 4.9), 'achieved'],
    [
      { target: growthTarget('增长5%左右', 'approx', 5) },
      obs('2026', 'ytd_growth', 4.7),
      'basically_achieved',
    ],
    [{ target: growthTarget('增长5%左右', 'approx', 5) }, obs('2026', 'ytd_growth', 4.5), 'missed'],
    [
      { target: levelTarget('5%以内', 'lte', 5, 'down'), observationKind: 'level' },
      obs('2026-12', 'level', 4.8),
      'achieved',
    ],
  ])('%#: %j', (item, o, expected) => {
    expect(statusOf(item, [o], '2027-01-25')).toBe(expected);
  });

  it('keeps in-year statuses until full-year data arrives', () => {
    expect(statusOf(jobsItem, [obs('2026-11', 'ytd_value', 530000)], '2027-01-10')).toBe('on_track');
  });
});

describe('external and qualitative targets', () => {
  const external = buildTarget({
    text: '完成国家下达目标',
    kind: 'external',
    comparator: null,
    value: null,
    normalized: null,
    direction: 'down',
    unit: null,
  });
  const pm = { target: external, observationKind: 'level' as const, unit: '微克/立方米' };
  it('is pending until a value is assigned, then judged with it', () => {
    const observations = [obs('2026-06', 'level', 28)];
    expect(assessIndicator(buildIndicatorInput(pm, { observations })).status).toBe('pending');
    const assignedValues = [{ value: 30, by: '市生态环境局', at: '2026-03-01T00:00:00Z' }];
    const a = assessIndicator(buildIndicatorInput(pm, { observations, assignedValues }));
    expect(a.status).toBe('on_track');
    expect(a.explanation.rule).toBe('external');
    expect(a.explanation.inputs[0]).toMatchObject({
      kind: 'assigned',
      value: 30,
      recordedBy: '市生态环境局',
    });
    const late = assessIndicator(
      buildIndicatorInput(pm, { observations, assignedValues, knownAt: '2026-02-01T00:00:00Z' }),
    );
    expect(late.status).toBe('pending');
  });

  it.each<[string, Observation[], string, number]>([
    // On the straight line 31 → 28 the June point is 29.5: the gap is against 29.5, and says so.
    [
      'a trajectory',
      [obs('2025', 'level', 31), obs('2026-06', 'level', 29.8)],
      '序时目标值（29.5微克/立方米）0.3微克/立方米',
      29.5,
    ],
    // Without last year's value the gap is against the assigned number itself.
    [
      'the assigned level',
      [obs('2026-06', 'level', 29.8)],
      '全年目标（下达目标28微克/立方米）1.8微克/立方米',
      28,
    ],
  ])('names the number it computed the gap against (%s)', (_label, observations, says, against) => {
    const assignedValues = [
      { value: 28, unit: '微克/立方米', by: '市生态环境局', at: '2026-03-01T00:00:00Z' },
    ];
    const a = assessIndicator(buildIndicatorInput(pm, { observations, assignedValues }));
    expect(a.explanation.summaryZh).toContain(says);
    expect(a.explanation.summaryZh).toContain('下达目标28微克/立方米');
    expect(a.expected?.value).toBeCloseTo(against, 10);
    expect(a.gap).toBeCloseTo(29.8 - against, 10);
  });

  const qualitative = buildTarget({
    text: '持续改善',
    kind: 'qualitative',
    comparator: null,
    value: null,
    normalized: null,
  });
  it('takes the latest judgement recorded by knownAt, else pending', () => {
    const judgements = [
      { status: 'on_track' as const, note: '稳中向好', by: 'a', at: '2026-07-01T00:00:00Z' },
      { status: 'at_risk' as const, note: null, by: 'b', at: '2026-08-01T00:00:00Z' },
    ];
    const at = (knownAt: string) =>
      assessIndicator(buildIndicatorInput({ target: qualitative }, { judgements, knownAt }));
    expect(at('2026-06-01T00:00:00Z').status).toBe('pending');
    expect(at('2026-07-15T00:00:00Z')).toMatchObject({
      status: 'on_track',
      explanation: { rule: 'qualitative', summaryZh: '地区生产总值：稳中向好，研判为符合序时进度' },
    });
    expect(at('2026-09-01T00:00:00Z').status).toBe('at_risk');
  });

  it('is pending without a target at all', () => {
    expect(assessIndicator(buildIndicatorInput({ target: null })).explanation.rule).toBe('no_target');
  });
});

describe('selection, lateness, severity', () => {
  const target = growthTarget('增长5%左右', 'approx', 5);
  const revised = [
    obs('2026-06', 'ytd_growth', 4.5, { revision: 1, recordedAt: '2026-07-15T00:00:00Z' }),
    obs('2026-06', 'ytd_growth', 5.2, { revision: 2, recordedAt: '2026-08-10T00:00:00Z' }),
  ];
  it('ignores revisions recorded after knownAt', () => {
    const at = (knownAt: string) =>
      assessIndicator(buildIndicatorInput({ target }, { observations: revised, knownAt }));
    expect(at('2026-07-20T00:00:00Z').actual?.value).toBe(4.5);
    expect(at('2026-08-20T00:00:00Z').actual?.value).toBe(5.2);
    expect(at('2026-08-20T00:00:00Z').explanation.inputs[0]).toMatchObject({
      revision: 2,
      recordedAt: '2026-08-10T00:00:00Z',
    });
  });

  it('ignores periods ending after asOf', () => {
    const observations = [obs('2026-06', 'ytd_growth', 5), obs('2026-09', 'ytd_growth', 3)];
    expect(
      assessIndicator(buildIndicatorInput({ target }, { observations, asOf: '2026-09-29' })).actual?.period,
    ).toBe('2026-06');
    expect(
      assessIndicator(buildIndicatorInput({ target }, { observations, asOf: '2026-09-30' })).actual?.period,
    ).toBe('2026-09');
  });

  it('has no data with only earlier years, pending wins for external targets', () => {
    expect(statusOf({ target }, [obs('2025', 'ytd_growth', 5)])).toBe('no_data');
    const external = buildTarget({ kind: 'external', comparator: null, value: null, normalized: null });
    expect(statusOf({ target: external }, [])).toBe('pending');
  });

  it.each<[string, boolean]>([
    ['2026-07-20', false],
    ['2026-08-14', false], // exactly 45 days after 30 June
    ['2026-08-15', true],
  ])('flags monthly data as late at %s', (asOf, late) => {
    const a = assessIndicator(
      buildIndicatorInput({ target }, { observations: [obs('2026-06', 'ytd_growth', 5)], asOf }),
    );
    expect(a.explanation.late).toBe(late);
  });

  it.each<[IndicatorItem['attribute'], number, string]>([
    ['binding', 4.7, 'high'],
    ['binding', 5, 'normal'],
    ['expected', 4.7, 'normal'],
    ['binding', Number.NaN, 'high'], // no data on a binding target
  ])('%s at %d → severity %s', (attribute, value, severity) => {
    const a = assessIndicator(
      buildIndicatorInput({ target, attribute }, { observations: [obs('2026-06', 'ytd_growth', value)] }),
    );
    expect(a.severity).toBe(severity);
  });

  it('uses only the item region when one is set', () => {
    const observations = [
      obs('2026-06', 'ytd_growth', 3, { region: '甲区' }),
      obs('2026-06', 'ytd_growth', 5.5, { region: '乙区' }),
    ];
    expect(assessIndicator(buildIndicatorInput({ target, region: '乙区' }, { observations })).status).toBe(
      'on_track',
    );
    expect(assessIndicator(buildIndicatorInput({ target, region: '甲区' }, { observations })).status).toBe(
      'off_track',
    );
  });
});

describe('a series named for a reduction (能耗降低)', () => {
  // The table row "单位地区生产总值能耗降低 | 3%左右" reads as a signed change of −3 (down).
  const target = buildTarget({
    text: '3%左右',
    kind: 'growth',
    comparator: 'approx',
    value: -3,
    unit: '%',
    normalized: { value: -3, unit: '%' },
    direction: 'down',
  });
  const item = { name: '单位地区生产总值能耗降低', target, observationKind: 'ytd_growth' as const };

  it.each<[number, AssessmentStatus]>([
    [3.2, 'on_track'], // fell 3.2%: better than the target
    [2.8, 'on_track'], // within the 左右 tolerance
    [2.7, 'at_risk'],
    [1, 'off_track'],
    [-0.5, 'off_track'], // rose 0.5%
  ])('a published fall of %d%% is %s', (value, expected) => {
    expect(statusOf(item, [obs('2026H1', 'ytd_growth', value)], '2026-07-20')).toBe(expected);
  });

  it('says how the figures were read', () => {
    const a = assessIndicator(
      buildIndicatorInput(item, { observations: [obs('2026H1', 'ytd_growth', 3.2)], asOf: '2026-07-20' }),
    );
    expect(a.actual?.value).toBe(-3.2);
    expect(a.explanation.seriesNote).toContain('降低率');
  });

  it('reads a growth-named series as growth rates', () => {
    const growthItem = { ...item, name: '单位地区生产总值能耗', target: { ...target, text: '下降3%左右' } };
    expect(statusOf(growthItem, [obs('2026H1', 'ytd_growth', -3.2)], '2026-07-20')).toBe('on_track');
    expect(statusOf(growthItem, [obs('2026H1', 'ytd_growth', 3.2)], '2026-07-20')).toBe('off_track');
  });
});
