import type { CatalogEntry } from '../catalog/catalog.types.ts';
import type { Comparator, Direction, TargetKind } from './target.types.ts';

export interface DirectionClues {
  kind: TargetKind;
  comparator: Comparator | null;
  /** The text says the value goes down (下降, 降低, 累计减少). */
  decreasing: boolean;
  /** 涨幅 (a price rise) or 控制在…: a ceiling, lower is fine. */
  ceiling: boolean;
  entry: CatalogEntry | null;
}

/**
 * The indicator's direction (DESIGN.md "Target expressions"): from the comparator (以上 up,
 * 以内 down), else from the catalog, else from the verb (下降 down), else up for number-bearing
 * targets. An approximate target on a band indicator stays a band.
 */
export function inferDirection(clues: DirectionClues): Direction | null {
  const { comparator, entry } = clues;
  if (comparator === 'gte') return 'up';
  if (comparator === 'lte') return 'down';
  if (clues.ceiling) return 'down';
  if (entry) return entry.direction;
  if (clues.decreasing) return 'down';
  if (clues.kind === 'qualitative') return null;
  return 'up';
}

const QUALITATIVE_NOT_DOWN = /不减少|不降低|不下降|只增不减/;
const QUALITATIVE_UP =
  /稳中有升|稳中有增|稳中提质|提质增效|只增不减|不断提高|持续提高|稳步提高|稳步提升|提升|提高|增长|上升|增加|扩大|增强|领先/;
const QUALITATIVE_DOWN = /稳中有降|下降|降低|减少|缩小|回落/;
const QUALITATIVE_BETTER = /改善|好转|优化|向好|更好/;
const QUALITATIVE_STABLE = /稳定|平稳|持平|平衡|合理区间/;
const QUALITATIVE_PROGRESS = /进展|成效|突破|提质|向好/;

/**
 * The direction a qualitative target states: 稳步提升 up, 持续下降 down, 保持稳定 band, and
 * 持续改善 "better", which is the indicator's own direction (改善 for PM2.5 means down).
 * null when the text names none (undefined when no phrase is recognised at all).
 */
export function qualitativeDirection(text: string, entry: CatalogEntry | null): Direction | null | undefined {
  if (/稳中有升|稳中有增/.test(text) || QUALITATIVE_NOT_DOWN.test(text)) return 'up';
  if (/稳中有降/.test(text)) return 'down';
  if (QUALITATIVE_BETTER.test(text)) return entry?.direction ?? 'up';
  if (QUALITATIVE_UP.test(text)) return 'up';
  if (QUALITATIVE_DOWN.test(text)) return 'down';
  if (QUALITATIVE_STABLE.test(text)) return 'band';
  if (QUALITATIVE_PROGRESS.test(text)) return 'up';
  return undefined;
}
