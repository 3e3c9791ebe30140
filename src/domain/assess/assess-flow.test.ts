import { describe, expect, it } from 'vitest';
import type { AssessmentStatus } from './assess.types.ts';
import { assessIndicator } from './assess-indicator.ts';
import {
  buildIndicatorInput,
  buildTarget,
  jobsTarget,
  buildObservation as obs,
  statusOf,
} from './test-builders.ts';

describe('flows with an annual total (flow_pace)', () => {
  const item = { name: '城镇新增就业', target: jobsTarget, observationKind: 'ytd_value' as const };
  it.each<[number, AssessmentStatus]>([
    [285000, 'on_track'], // ratio exactly 0.95
    [284000, 'at_risk'],
    [255000, 'at_risk'], // ratio exactly 0.85
    [254000, 'off_track'],
    [0, 'off_track'],
    [-1000, 'off_track'],
    [600000, 'achieved'],
  ])('1—6月 %d of 600000', (value, expected) => {
    expect(statusOf(item, [obs('2026-06', 'ytd_value', value)])).toBe(expected);
  });

  it('says it as a plan office does', () => {
    const a = assessIndicator(
      buildIndicatorInput(item, { observations: [obs('2026-06', 'ytd_value', 285000)] }),
    );
    expect(a.explanation.summaryZh).toBe(
      '1—6月城镇新增就业28.5万人，完成全年目标的47.5%，低于序时进度2.5个百分点',
    );
    expect(a.expected).toEqual({ value: 300000, unit: '人', share: 0.5 });
    expect(a.gap).toBe(-15000);
    expect(a.projection).toMatchObject({ value: 570000, sentence: '完成难度较大' });
    expect(a.explanation.pace).toMatchObject({ method: 'elapsed', yearsUsed: [] });
  });

  it('converts observations entered as written (万人) to the base unit', () => {
    expect(statusOf(item, [obs('2026-06', 'ytd_value', 30, { unit: '万人' })])).toBe('on_track');
    expect(statusOf(item, [obs('2026-06', 'ytd_value', 30, { unit: '平方公里' })])).toBe('no_data');
  });

  it('paces a Jan–Feb combined release (2026-02 as the first point) at 2/12', () => {
    const a = assessIndicator(
      buildIndicatorInput(item, { observations: [obs('2026-02', 'ytd_value', 95000)], asOf: '2026-03-20' }),
    );
    expect(a.expected?.share).toBeCloseTo(2 / 12, 10);
    expect(a.status).toBe('on_track');
    expect(a.explanation.summaryZh.startsWith('1—2月')).toBe(true);
  });

  it('learns seasonal pace from two earlier years and falls back with one', () => {
    const year = (y: number) => [obs(`${y}-06`, 'ytd_value', 400000), obs(`${y}-12`, 'ytd_value', 1000000)];
    const now = obs('2026-06', 'ytd_value', 240000);
    const seasonal = assessIndicator(
      buildIndicatorInput(item, { observations: [...year(2024), ...year(2025), now] }),
    );
    expect(seasonal.explanation.pace).toMatchObject({
      method: 'seasonal',
      yearsUsed: [2024, 2025],
      share: 0.4,
    });
    expect(seasonal.status).toBe('on_track'); // 240000 / (600000 × 0.4) = 1
    const elapsed = assessIndicator(buildIndicatorInput(item, { observations: [...year(2025), now] }));
    expect(elapsed.explanation.pace?.method).toBe('elapsed');
    expect(elapsed.status).toBe('off_track'); // 240000 / 300000 = 0.8
  });

  it('accumulates monthly period values and reports missing months', () => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...item, observationKind: 'period_value' },
        {
          observations: [
            obs('2026-01', 'period_value', 50000),
            obs('2026-02', 'period_value', 50000),
            obs('2026-04', 'period_value', 50000),
          ],
          asOf: '2026-05-20',
        },
      ),
    );
    expect(a.actual).toMatchObject({ value: 150000, period: '2026-04' });
    expect(a.explanation.comparison.missingPeriods).toBe('2026-03');
  });

  it('counts 左右 quantities as achieved within 4%', () => {
    const target = buildTarget({
      text: '68件左右',
      kind: 'quantity',
      comparator: 'approx',
      value: 68,
      unit: '件',
    });
    expect(statusOf({ target }, [obs('2026-10', 'ytd_value', 65.3)], '2026-11-30')).toBe('achieved');
    expect(statusOf({ target }, [obs('2026-10', 'ytd_value', 65)], '2026-11-30')).toBe('on_track');
  });

  it('judges a cap (控制在…以内) the other way round', () => {
    const target = buildTarget({
      text: '控制在100万吨以内',
      kind: 'quantity',
      comparator: 'lte',
      value: 100,
      unit: '吨',
      direction: 'down',
    });
    expect(statusOf({ target }, [obs('2026-06', 'ytd_value', 50)])).toBe('on_track');
    expect(statusOf({ target }, [obs('2026-06', 'ytd_value', 55)])).toBe('at_risk');
    expect(statusOf({ target }, [obs('2026-06', 'ytd_value', 60)])).toBe('off_track');
    expect(statusOf({ target }, [obs('2026-06', 'ytd_value', 101)])).toBe('off_track');
  });

  it.each<[number, AssessmentStatus]>([
    [0.45, 'on_track'], // 5 points behind
    [0.4, 'at_risk'], // exactly 10 behind
    [0.2, 'at_risk'], // exactly 30 behind
    [0.19, 'off_track'],
  ])('points_behind mode: completion %d at 50%% pace', (completion, expected) => {
    const a = assessIndicator(
      buildIndicatorInput(
        { ...item, thresholds: { flowMode: 'points_behind' } },
        { observations: [obs('2026-06', 'ytd_value', 600000 * completion)] },
      ),
    );
    expect(a.status).toBe(expected);
  });

  it('merges plan-level then indicator-level thresholds', () => {
    const observations = [obs('2026-06', 'ytd_value', 270000)]; // ratio 0.9
    const plan = { flowGreenRatio: 0.9 };
    expect(assessIndicator(buildIndicatorInput(item, { observations })).status).toBe('at_risk');
    expect(assessIndicator(buildIndicatorInput(item, { observations, thresholds: plan })).status).toBe(
      'on_track',
    );
    expect(
      assessIndicator(
        buildIndicatorInput(
          { ...item, thresholds: { flowGreenRatio: 0.92 } },
          { observations, thresholds: plan },
        ),
      ).status,
    ).toBe('at_risk');
  });
});
