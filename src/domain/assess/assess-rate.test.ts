import { describe, expect, it } from 'vitest';
import {
  buildIndicatorInput,
  buildTarget,
  growthTarget,
  levelTarget,
  buildObservation as obs,
  statusOf,
} from '../../../test/support/assess-builders.ts';
import type { Target } from '../target/target.types.ts';
import type { AssessmentStatus, Observation, ObservationKind } from './assess.types.ts';
import { assessIndicator } from './assess-indicator.ts';

describe('rates and levels against a target (rate_vs_level) — every DESIGN row', () => {
  it.each<[string, Target, Observation['kind'], number, AssessmentStatus]>([
    // 增长5%左右, up: t = max(0.2, 4% × 5) = 0.2 → ≥ 4.8 green, ≥ 4.6 yellow.
    ['5%左右 above', growthTarget('增长5%左右', 'approx', 5), 'ytd_growth', 6, 'on_track'],
    ['5%左右 at 5', growthTarget('增长5%左右', 'approx', 5), 'ytd_growth', 5, 'on_track'],
    ['5%左右 exactly 4.8', growthTarget('增长5%左右', 'approx', 5), 'ytd_growth', 4.8, 'on_track'],
    ['5%左右 4.79', growthTarget('增长5%左右', 'approx', 5), 'ytd_growth', 4.79, 'at_risk'],
    ['5%左右 exactly 4.6', growthTarget('增长5%左右', 'approx', 5), 'ytd_growth', 4.6, 'at_risk'],
    ['5%左右 4.59', growthTarget('增长5%左右', 'approx', 5), 'ytd_growth', 4.59, 'off_track'],
    ['5%左右 zero growth', growthTarget('增长5%左右', 'approx', 5), 'ytd_growth', 0, 'off_track'],
    ['5%左右 negative growth', growthTarget('增长5%左右', 'approx', 5), 'ytd_growth', -2.5, 'off_track'],
    // 增长2% (bare number, no 左右): ≥ 2 green, ≥ 1.8 yellow.
    ['增长2% at 2', growthTarget('增长2%', 'eq', 2), 'ytd_growth', 2, 'on_track'],
    ['增长2% 1.8', growthTarget('增长2%', 'eq', 2), 'ytd_growth', 1.8, 'at_risk'],
    ['增长2% 1.79', growthTarget('增长2%', 'eq', 2), 'ytd_growth', 1.79, 'off_track'],
    // 增长7%以上: t = max(0.2, 0.28) = 0.28.
    ['7%以上 7', growthTarget('增长7%以上', 'gte', 7), 'ytd_growth', 7, 'on_track'],
    ['7%以上 6.72', growthTarget('增长7%以上', 'gte', 7), 'ytd_growth', 6.72, 'at_risk'],
    ['7%以上 6.7', growthTarget('增长7%以上', 'gte', 7), 'ytd_growth', 6.7, 'off_track'],
    // 45%以上 (no last-year value: direct comparison), t = 1.8.
    ['45%以上 45', levelTarget('45%以上', 'gte', 45, 'up'), 'level', 45, 'on_track'],
    ['45%以上 43.2', levelTarget('45%以上', 'gte', 45, 'up'), 'level', 43.2, 'at_risk'],
    ['45%以上 43.1', levelTarget('45%以上', 'gte', 45, 'up'), 'level', 43.1, 'off_track'],
    // 5%以内 (ceiling), t = 0.2.
    ['5%以内 4.5', levelTarget('5%以内', 'lte', 5, 'down'), 'level', 4.5, 'on_track'],
    ['5%以内 5', levelTarget('5%以内', 'lte', 5, 'down'), 'level', 5, 'on_track'],
    ['5%以内 5.2', levelTarget('5%以内', 'lte', 5, 'down'), 'level', 5.2, 'at_risk'],
    ['5%以内 5.3', levelTarget('5%以内', 'lte', 5, 'down'), 'level', 5.3, 'off_track'],
    // CPI 涨幅2%左右: ceiling-like; far below is not a miss.
    ['CPI 2%左右 0.5', growthTarget('涨幅2%左右', 'approx', 2, 'down'), 'ytd_growth', 0.5, 'on_track'],
    ['CPI 2%左右 -1', growthTarget('涨幅2%左右', 'approx', 2, 'down'), 'ytd_growth', -1, 'on_track'],
    ['CPI 2%左右 2.2', growthTarget('涨幅2%左右', 'approx', 2, 'down'), 'ytd_growth', 2.2, 'on_track'],
    ['CPI 2%左右 2.3', growthTarget('涨幅2%左右', 'approx', 2, 'down'), 'ytd_growth', 2.3, 'at_risk'],
    ['CPI 2%左右 2.41', growthTarget('涨幅2%左右', 'approx', 2, 'down'), 'ytd_growth', 2.41, 'off_track'],
    // Ranges: inside green; an up indicator above the range is on the good side.
    [
      '4.5%至5% 4.7',
      buildTarget({
        comparator: 'range',
        value: null,
        min: 4.5,
        max: 5,
        normalized: { value: 4.5, unit: '%' },
      }),
      'ytd_growth',
      4.7,
      'on_track',
    ],
    [
      '4.5%至5% 5.5 (up)',
      buildTarget({
        comparator: 'range',
        value: null,
        min: 4.5,
        max: 5,
        normalized: { value: 4.5, unit: '%' },
      }),
      'ytd_growth',
      5.5,
      'on_track',
    ],
    [
      '4.5%至5% 4.3',
      buildTarget({
        comparator: 'range',
        value: null,
        min: 4.5,
        max: 5,
        normalized: { value: 4.5, unit: '%' },
      }),
      'ytd_growth',
      4.3,
      'at_risk',
    ],
    [
      '4.5%至5% 4.2',
      buildTarget({
        comparator: 'range',
        value: null,
        min: 4.5,
        max: 5,
        normalized: { value: 4.5, unit: '%' },
      }),
      'ytd_growth',
      4.2,
      'off_track',
    ],
    // Band indicators are judged on both sides.
    [
      'band 4.5%至5% 5.1',
      buildTarget({
        comparator: 'range',
        value: null,
        min: 4.5,
        max: 5,
        direction: 'band',
        normalized: { value: 4.5, unit: '%' },
      }),
      'ytd_growth',
      5.1,
      'at_risk',
    ],
    [
      'band 4.5%至5% 5.5',
      buildTarget({
        comparator: 'range',
        value: null,
        min: 4.5,
        max: 5,
        direction: 'band',
        normalized: { value: 4.5, unit: '%' },
      }),
      'ytd_growth',
      5.5,
      'off_track',
    ],
    ['band 3%左右 3.3', buildTarget({ value: 3, direction: 'band' }), 'ytd_growth', 3.3, 'at_risk'],
    ['band 3%左右 2.8', buildTarget({ value: 3, direction: 'band' }), 'ytd_growth', 2.8, 'on_track'],
  ])('%s', (_name, target, kind, value, expected) => {
    expect(statusOf({ target, observationKind: kind }, [obs('2026-06', kind, value)])).toBe(expected);
  });

  it('judges an index target (102左右, last year = 100) by its implied growth', () => {
    const target = buildTarget({
      text: '102左右',
      kind: 'index',
      value: 102,
      impliedGrowth: 2,
      direction: 'down',
      unit: null,
      normalized: { value: 102, unit: '' },
    });
    expect(statusOf({ target }, [obs('2026-06', 'ytd_growth', 1.5)])).toBe('on_track');
    expect(statusOf({ target, observationKind: 'level' }, [obs('2026-06', 'level', 102.3)])).toBe('at_risk');
  });

  it.each<[ObservationKind, number, string]>([
    ['level', 101.5, '上涨1.5%'],
    ['level', 99.2, '下降0.8%'],
    ['ytd_growth', 1.5, '上涨1.5%'],
  ])('reads an index published as %s (%d) as its rise', (kind, value, reads) => {
    const target = buildTarget({
      text: '102左右',
      kind: 'index',
      value: 102,
      impliedGrowth: 2,
      direction: 'down',
      unit: null,
      normalized: { value: 102, unit: '' },
    });
    const a = assessIndicator(
      buildIndicatorInput(
        { name: '居民消费价格指数', target, observationKind: kind },
        { observations: [obs('2026-06', kind, value)] },
      ),
    );
    expect(a.explanation.summaryZh).toContain(`居民消费价格指数${reads}`);
    expect(a.explanation.summaryZh).not.toContain('为');
    expect(a.actual?.unit).toBe('%');
  });

  it.each<[string, string, number, number]>([
    ['万亿元', '亿元', 1, 10490],
    ['亿元', '万亿元', 10000, 1.049],
    ['亿元', '亿元', 10000, 10490],
  ])('derives growth from amounts in %s last year and %s this year', (lastUnit, unit, last, now) => {
    const a = assessIndicator(
      buildIndicatorInput(
        { target: growthTarget('增长5%左右', 'approx', 5), observationKind: 'ytd_growth' },
        {
          observations: [
            obs('2025-06', 'ytd_value', last, { unit: lastUnit }),
            obs('2026-06', 'ytd_value', now, { unit }),
          ],
        },
      ),
    );
    expect(a.actual?.value).toBeCloseTo(4.9, 8);
    expect(a.explanation.comparison.derivedFrom).toBe('ytd_value');
    expect(a.explanation.inputs.map((r) => r.role)).toEqual(['derived_from', 'derived_from']);
  });

  it('writes the sentence a report would use', () => {
    const a = assessIndicator(
      buildIndicatorInput(
        { target: growthTarget('增长5%左右', 'approx', 5) },
        { observations: [obs('2026Q2', 'ytd_growth', 4.7)] },
      ),
    );
    expect(a.explanation.summaryZh).toBe('上半年地区生产总值增长4.7%，低于全年目标（增长5%左右）0.1个百分点');
    expect(a).toMatchObject({
      color: 'yellow',
      expected: { value: 5, unit: '%' },
      actual: { value: 4.7, period: '2026Q2' },
    });
    expect(a.projection?.sentence).toBe('完成难度较大');
  });
});

describe('year-end levels (year_end_level)', () => {
  const share = levelTarget('达到45%以上', 'gte', 45, 'up');
  const lastYear = obs('2025', 'level', 42);
  it.each<[number, AssessmentStatus]>([
    // June point on the line 42 → 45: 43.5; t = 1.8.
    [43.5, 'on_track'],
    [44, 'on_track'],
    [41.7, 'at_risk'],
    [41.6, 'off_track'],
  ])('June %d against the trajectory', (value, expected) => {
    const a = assessIndicator(
      buildIndicatorInput({ target: share }, { observations: [lastYear, obs('2026-06', 'level', value)] }),
    );
    expect(a.explanation.rule).toBe('year_end_level');
    expect(a.explanation.comparison.trajectoryPoint).toBeCloseTo(43.5, 10);
    expect(a.status).toBe(expected);
  });

  it('takes the baseline from the plan when no observation of last year exists', () => {
    const a = assessIndicator(
      buildIndicatorInput(
        { target: share, baseline: { value: 42, period: '2025' } },
        { observations: [obs('2026-06', 'level', 43.5)] },
      ),
    );
    expect(a.explanation.rule).toBe('year_end_level');
    expect(a.explanation.inputs[0]).toMatchObject({ kind: 'baseline', value: 42 });
  });

  it('explains a stored baseline with its revision, recording time and source', () => {
    const a = assessIndicator(
      buildIndicatorInput(
        { target: share, baseline: { value: 41, period: '2025' } },
        {
          observations: [
            obs('2025', 'level', 42, { revision: 3, recordedAt: '2026-02-01T00:00:00Z', source: '市统计局' }),
            obs('2026-06', 'level', 43.5),
          ],
        },
      ),
    );
    expect(a.explanation.comparison.trajectoryPoint).toBeCloseTo(43.5, 10);
    expect(a.explanation.inputs[0]).toMatchObject({
      role: 'baseline',
      kind: 'baseline',
      period: '2025',
      value: 42,
      revision: 3,
      recordedAt: '2026-02-01T00:00:00Z',
      source: '市统计局',
    });
    expect(a.explanation.inputs[1]).toMatchObject({ role: 'actual', period: '2026-06' });
  });

  it('holds a level already met to the target itself', () => {
    const a = assessIndicator(
      buildIndicatorInput(
        { target: share },
        { observations: [obs('2025', 'level', 46), obs('2026-06', 'level', 44)] },
      ),
    );
    expect(a.explanation.rule).toBe('rate_vs_level');
    expect(a.status).toBe('at_risk');
  });
});

describe('which series a target is judged on', () => {
  it('derives ytd growth from cumulative amounts when no newer rate is published', () => {
    const target = growthTarget('增长5%左右', 'approx', 5);
    const published = assessIndicator(
      buildIndicatorInput(
        { target, observationKind: 'ytd_value' },
        {
          observations: [
            obs('2025-03', 'ytd_value', 1000),
            obs('2026-03', 'ytd_value', 1047),
            obs('2026-03', 'ytd_growth', 6),
          ],
        },
      ),
    );
    expect(published.actual).toMatchObject({ period: '2026-03', value: 6 });
    const derived = assessIndicator(
      buildIndicatorInput(
        {
          name: '固定资产投资',
          target: growthTarget('增长5%左右', 'approx', 5),
          observationKind: 'ytd_value',
        },
        { observations: [obs('2025-06', 'ytd_value', 1000), obs('2026-06', 'ytd_value', 1047)] },
      ),
    );
    expect(derived.actual?.value).toBeCloseTo(4.7, 10);
    expect(derived.status).toBe('at_risk');
    expect(derived.explanation.comparison.derivedFrom).toBe('ytd_value');
    expect(derived.explanation.inputs.map((i) => i.period)).toEqual(['2025-06', '2026-06']);
  });

  it('treats a quantity as a flow even when the series is published as growth', () => {
    const target = buildTarget({
      text: '200亿美元',
      kind: 'quantity',
      comparator: 'eq',
      value: 200,
      unit: '亿美元',
      normalized: { value: 2e10, unit: '美元' },
    });
    const a = assessIndicator(
      buildIndicatorInput(
        { target, observationKind: 'ytd_growth', flow: false },
        { observations: [obs('2026-06', 'ytd_value', 1e10)] },
      ),
    );
    expect([a.explanation.rule, a.status]).toEqual(['flow_pace', 'on_track']);
  });

  it('treats a quantity observed as a level as a stock', () => {
    const target = buildTarget({
      text: '1.2万张以上',
      kind: 'quantity',
      comparator: 'gte',
      value: 1.2,
      unit: '万张',
      normalized: { value: 12000, unit: '张' },
    });
    const a = assessIndicator(
      buildIndicatorInput(
        { target, observationKind: 'level' },
        { observations: [obs('2026-06', 'level', 12100)] },
      ),
    );
    expect([a.explanation.rule, a.status]).toEqual(['rate_vs_level', 'on_track']);
  });
});
