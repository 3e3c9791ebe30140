import type { Target } from '../target/target.types.ts';
import type { Observation } from './assess.types.ts';

// 单位地区生产总值能耗降低 · 二氧化碳排放下降率 · 用水量降低(%): the series is the size of a fall.
const REDUCTION_NAME = /(?:下降|降低|减少)(?:率|幅度)?(?:\([^()]*\))?$/;

/**
 * Whether an indicator's figures are published as the size of a fall. A statistics bureau writes
 * "单位地区生产总值能耗降低 3.2" for a 3.2% fall, while the target read from such a row is a
 * signed change (−3): both must be read on one scale before a rule compares them.
 *
 * @example
 * reportsReduction('单位地区生产总值能耗降低', parseTarget('3%左右', { indicatorName: '单位地区生产总值能耗降低' })) // true
 * reportsReduction('单位地区生产总值能耗', parseTarget('下降3%')) // false: figures are growth rates (−3.2)
 */
export function reportsReduction(name: string, target: Target): boolean {
  if (!REDUCTION_NAME.test(name.trim())) return false;
  if (target.kind !== 'growth' && target.kind !== 'level' && target.kind !== 'cumulative_change')
    return false;
  const signed = target.value ?? target.max ?? target.min;
  return signed !== null && signed !== undefined && signed < 0;
}

/** Rates of a reduction-named series as signed changes: 3.2 (down 3.2%) → −3.2. */
export function asSignedChanges(observations: readonly Observation[]): Observation[] {
  return observations.map((o) =>
    o.kind === 'ytd_growth' || (o.kind === 'level' && (o.unit ?? '%') === '%')
      ? { ...o, value: -o.value }
      : o,
  );
}

export const REDUCTION_NOTE =
  '该指标按降低率填报：正值表示下降（如3.2表示下降3.2%），评估时按变化率（−3.2%）与目标比较';
