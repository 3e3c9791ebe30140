import type { Direction, Target } from '../target/target.types.ts';
import type { IndicatorAssessmentInput, IndicatorItem } from './assess.types.ts';
import { convertUnit } from './convert-unit.ts';
import type { SelectedObservation } from './select-observations.ts';
import type { Thresholds } from './thresholds.ts';

/** What every indicator rule receives: the input with observations already selected. */
export interface RuleContext {
  input: IndicatorAssessmentInput;
  item: IndicatorItem;
  target: Target;
  /** The item's direction when set, else the target's. */
  direction: Direction | null;
  thresholds: Thresholds;
  selected: SelectedObservation[];
  asOf: string;
}

/** The unit values are judged in: the target's base unit, else the item's. */
export function baseUnitOf(ctx: RuleContext): string | null {
  return ctx.target.normalized?.unit ?? ctx.item.unit ?? ctx.target.unit ?? null;
}

/**
 * The target's number in its base unit. For a range, the end that must be reached: the lower
 * end, or the upper end of a cap (direction down) — `normalized` holds the midpoint then.
 */
export function targetNumber(target: Target, direction: Direction | null = target.direction): number | null {
  if (target.comparator === 'range' && target.min != null && target.max != null) {
    const end = direction === 'down' ? Math.max(target.min, target.max) : Math.min(target.min, target.max);
    return convertUnit(end, target.unit, target.normalized?.unit ?? target.unit) ?? end;
  }
  return target.normalized?.value ?? target.value ?? target.min ?? target.max ?? null;
}
