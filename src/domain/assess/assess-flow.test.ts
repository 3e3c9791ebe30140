import { describe, expect, it } from 'vitest';
import {
  buildIndicatorInput,
  buildTarget,
  jobsTarget,
  buildObservation as obs,
  statusOf,
} from '../../../test/support/assess-builders.ts';
import type { AssessmentStatus } from './assess.types.ts';
import { assessIndicator } from './assess-indicator.ts';

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

  it('judges monthly period values with a gap on the contiguous months only, and says so', () => {
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
    // Summing Jan + Feb + Apr would understate April's cumulative amount by March's.
    expect(a.actual).toMatchObject({ value: 100000, period: '2026-02' });
    expect(a.expected?.share).toBeCloseTo(2 / 12, 10);
    expect(a.explanation.missingPeriods).toEqual(['2026-03']);
    expect(a.explanation.comparison).toMatchObject({ missingPeriods: '2026-03', leftOutAfterGap: '2026-04' });
    expect(a.explanation.summaryZh).toContain('3月数据缺失，按1—2月连续数据评估');
    expect(a.explanation.inputs.map((r) => r.period)).toEqual(['2026-01', '2026-02']);
  });

  it.each<[string, Record<number, number>, string, AssessmentStatus | 'pending', string | null]>([
    ['Jan–Feb combined, no gap', { 2: 100000, 3: 50000, 4: 50000 }, '2026-04', 'on_track', null],
    ['April missing', { 1: 50000, 2: 50000, 3: 50000, 5: 50000, 6: 50000 }, '2026-03', 'on_track', '2026-04'],
    ['nothing from January', { 3: 50000, 4: 50000 }, '', 'pending', '2026-01,2026-02'],
  ])('period values: %s', (_label, months, period, status, missing) => {
    const observations = Object.entries(months).map(([m, v]) =>
      obs(`2026-${m.padStart(2, '0')}`, 'period_value', v),
    );
    const a = assessIndicator(
      buildIndicatorInput({ ...item, observationKind: 'period_value' }, { observations, asOf: '2026-07-20' }),
    );
    expect(a.status).toBe(status);
    if (period) expect(a.actual?.period).toBe(period);
    expect(a.explanation.comparison.missingPeriods ?? null).toBe(missing);
  });

  it('learns seasonal pace from period values published Jan–Feb combined', () => {
    // 2024 and 2025: 1—2月 6万 together, then 5.4万 a month → 27.6 of 60 by June (46%).
    const year = (y: number) => [
      obs(`${y}-02`, 'period_value', 60000),
      ...Array.from({ length: 10 }, (_, i) =>
        obs(`${y}-${String(i + 3).padStart(2, '0')}`, 'period_value', 54000),
      ),
    ];
    const now = [60000, 50000, 50000, 50000, 50000].map((v, i) =>
      obs(`2026-${String(i + 2).padStart(2, '0')}`, 'period_value', v),
    );
    const a = assessIndicator(
      buildIndicatorInput(
        { ...item, observationKind: 'period_value' },
        { observations: [...year(2024), ...year(2025), ...now] },
      ),
    );
    expect(a.explanation.pace).toMatchObject({ method: 'seasonal', yearsUsed: [2024, 2025] });
    expect(a.expected?.share).toBeCloseTo(0.46, 10);
    expect(a.actual?.value).toBe(260000);
    expect(a.explanation.comparison.missingPeriods).toBeNull();
    expect(a.explanation.missingPeriods).toBeUndefined();
    expect(a.explanation.comparison.janFebCombined).toBe(true);
  });

  it('reads a projection equal to the total within float noise as reaching it', () => {
    // 3 years with 40% by June: 240000 / 0.4 is 599999.99999999994 in floating point.
    const year = (y: number) => [obs(`${y}-06`, 'ytd_value', 240000), obs(`${y}-12`, 'ytd_value', 600000)];
    const a = assessIndicator(
      buildIndicatorInput(item, {
        observations: [...year(2023), ...year(2024), ...year(2025), obs('2026-06', 'ytd_value', 240000)],
      }),
    );
    expect(a.projection).toMatchObject({ value: 600000, sentence: '预计全年可完成' });
  });

  it.each<[string, number, string, AssessmentStatus, boolean]>([
    // December's figure is not due before mid-February: 1—11月 data keeps in-year statuses.
    ['2027-01-10', 530000, '2026-11', 'on_track', false],
    // Once it is overdue, the latest data is judged as the year's, flagged late.
    ['2027-02-20', 600000, '2026-11', 'achieved', true],
    ['2027-02-20', 580000, '2026-11', 'basically_achieved', true],
    ['2027-02-20', 550000, '2026-11', 'missed', true],
    ['2027-04-01', 300000, '2026Q3', 'missed', true],
  ])(
    'after the year closes without December data, as of %s: %d by %s',
    (asOf, value, period, status, late) => {
      const a = assessIndicator(
        buildIndicatorInput(item, { observations: [obs(period, 'ytd_value', value)], asOf }),
      );
      expect(a.status).toBe(status);
      expect(a.explanation.late).toBe(late);
      expect(a.explanation.comparison.finalOnPartialData).toBe(late);
      if (late) {
        expect(a.explanation.summaryZh).toContain('全年数据逾期未报');
        expect(a.projection).toBeNull();
      }
    },
  );

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
