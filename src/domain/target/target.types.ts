/**
 * A parsed target expression (全年目标). The JSON contract of `planwatch target` and of
 * `indicators[].target` in a PlanDocument; see DESIGN.md "Target expressions".
 */
export type TargetKind =
  | 'growth'
  | 'level'
  | 'quantity'
  | 'index'
  | 'relative'
  | 'external'
  | 'qualitative'
  | 'cagr'
  | 'cumulative_change';

/** approx 左右 · gte 以上/不低于 · lte 以内/不超过 · range 至/- · eq bare number · null no number. */
export type Comparator = 'approx' | 'gte' | 'lte' | 'eq' | 'range';

/** up = higher is better, down = lower is better, band = judged on both sides. */
export type Direction = 'up' | 'down' | 'band';

export interface NormalizedQuantity {
  /** The value in the base unit (1200万人 → 12000000). */
  value: number;
  /** The base unit (万人 → 人, 亿元 → 元, % stays %). */
  unit: string;
}

export interface Target {
  /** The raw text as written in the plan. */
  text: string;
  kind: TargetKind;
  comparator: Comparator | null;
  /** The number as written, signed for decreases (下降3% → −3). null when there is none or for ranges. */
  value: number | null;
  min: number | null;
  max: number | null;
  /** The unit as written (万人, %, 件, 套(间)); null when none. */
  unit: string | null;
  /** Non-null whenever there is a number. */
  normalized: NormalizedQuantity | null;
  direction: Direction | null;
  /** For relative targets: the indicator compared with (与经济增长同步 → 地区生产总值). */
  reference: string | null;
  /** For index targets (102左右, last year = 100): the implied growth (2). */
  impliedGrowth?: number | null;
  /** For five-year targets: the year the target is to be reached by (到2030年), when written. */
  byYear?: number | null;
  /** The year a change is measured from (比2025年下降13.5% → 2025), when written. */
  baseYear?: number | null;
  /**
   * The 力争 (strive for) value when the plan states one beside the main target
   * (增长5%左右、力争6% → 6), in the main target's unit. The main target is what is assessed.
   */
  stretch?: number | null;
  /** Why a part of the text could not be read (the target is then qualitative). */
  warnings?: string[];
}
