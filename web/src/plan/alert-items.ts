import type { AssessmentItemDto } from '../api/types.ts';

const COLOR_RANK = { red: 0, yellow: 1, green: 2, grey: 3 } as const;
const TYPE_RANK = { indicator: 0, commitment: 1, project: 2, measure: 3 } as const;

/** The yellow and red items: binding first, then indicators before other items, red before yellow. */
export function alertItems(items: AssessmentItemDto[]): AssessmentItemDto[] {
  return items
    .filter((i) => i.color === 'yellow' || i.color === 'red')
    .sort(
      (a, b) =>
        Number(b.attribute === 'binding') - Number(a.attribute === 'binding') ||
        TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
        COLOR_RANK[a.color] - COLOR_RANK[b.color] ||
        Number(b.severity === 'high') - Number(a.severity === 'high'),
    );
}
