import type { ItemType } from '../../api/types.ts';
import { type ReviewItem, TYPE_PRIORITY } from './review-items.ts';

/** A run of the document text covered by the same set of items. */
export interface Segment {
  start: number;
  end: number;
  /** Keys of the items covering the run (`indicator-3`). */
  items: string[];
  /** Types covering the run, lowest priority first (so CSS shows the innermost). */
  types: ItemType[];
  /** The item shown on top: the most specific type, then the shortest span. */
  top: string | null;
  /** Keys of the items that start in this run (scroll targets). */
  anchors: string[];
}

/**
 * Cuts `length` characters into runs at every span boundary and tags each run with the items
 * covering it. Spans outside the text are clipped; empty and inverted spans are ignored.
 *
 * @example highlightSegments(10, [{key:'a', type:'measure', span:[2,5]}]) // [0,2) [2,5){a} [5,10)
 */
export function highlightSegments(
  length: number,
  items: Array<Pick<ReviewItem, 'key' | 'type' | 'span'>>,
): Segment[] {
  const spans = items
    .filter((i) => i.span !== null)
    .map((i) => ({
      key: i.key,
      type: i.type,
      start: Math.max(0, Math.min(length, i.span![0])),
      end: Math.max(0, Math.min(length, i.span![1])),
    }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const active: typeof spans = [];
  let next = 0;
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const anchors: string[] = [];
    while (next < byStart.length && byStart[next].start === start) {
      active.push(byStart[next]);
      anchors.push(byStart[next].key);
      next++;
    }
    for (let j = active.length - 1; j >= 0; j--) if (active[j].end <= start) active.splice(j, 1);
    const covering = [...active].sort(
      (a, b) => TYPE_PRIORITY[a.type] - TYPE_PRIORITY[b.type] || b.end - b.start - (a.end - a.start),
    );
    segments.push({
      start,
      end,
      items: covering.map((c) => c.key),
      types: [...new Set(covering.map((c) => c.type))],
      top: covering.length > 0 ? covering[covering.length - 1].key : null,
      anchors,
    });
  }
  return segments;
}
