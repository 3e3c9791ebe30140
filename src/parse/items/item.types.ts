import type { IndicatorAttribute } from '../../domain/plan-document.types.ts';
import type { Target } from '../../domain/target/target.types.ts';

/** Items are found on the cleaned text; `start`/`end` are cleaned offsets until the last stage. */
export interface FoundIndicator {
  kind: 'indicator';
  source: 'table' | 'paragraph';
  name: string;
  attribute: IndicatorAttribute;
  /** Whether the attribute was written (table column, 约束性 in the text) or defaulted. */
  attributeStated: boolean;
  category: string | null;
  period: string;
  target: Target;
  start: number;
  end: number;
}

/** Something a reader skipped, for a warning: cleaned offsets and a reason code. */
export interface Skipped {
  code: string;
  message: string;
  start: number;
  end: number;
}
