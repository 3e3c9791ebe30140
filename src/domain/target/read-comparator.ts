import type { Comparator } from './target.types.ts';
import {
  APPROX_AFTER,
  APPROX_BEFORE,
  GTE_AFTER,
  GTE_BEFORE,
  LTE_AFTER,
  LTE_BEFORE,
} from './target-patterns.ts';

/**
 * The comparator of a single-number target from the words around the number: after it first
 * (控制在5%左右 is approximate), then before it; a bare number is eq.
 */
export function readComparator(before: string, after: string): Comparator {
  if (APPROX_AFTER.test(after)) return 'approx';
  if (GTE_AFTER.test(after)) return 'gte';
  if (LTE_AFTER.test(after)) return 'lte';
  if (GTE_BEFORE.test(before)) return 'gte';
  if (LTE_BEFORE.test(before)) return 'lte';
  if (APPROX_BEFORE.test(before)) return 'approx';
  return 'eq';
}
