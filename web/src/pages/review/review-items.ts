import type {
  CommitmentDto,
  IndicatorDto,
  ItemType,
  MeasureDto,
  PlanDetailResponse,
  ProjectDto,
  Span,
} from '../../api/types.ts';

/** One recognised item of a plan, whatever its type, for the review page. */
export type ReviewItem =
  | { type: 'indicator'; key: string; id: number; label: string; span: Span | null; dto: IndicatorDto }
  | { type: 'commitment'; key: string; id: number; label: string; span: Span | null; dto: CommitmentDto }
  | { type: 'project'; key: string; id: number; label: string; span: Span | null; dto: ProjectDto }
  | { type: 'measure'; key: string; id: number; label: string; span: Span | null; dto: MeasureDto };

export const ITEM_TYPES: ItemType[] = ['indicator', 'commitment', 'project', 'measure'];

/** Highlight colours per type (the legend; the document view uses the same in styles.css). */
export const TYPE_COLORS: Record<ItemType, string> = {
  indicator: '#bae0ff',
  commitment: '#ffd591',
  project: '#d9f7be',
  measure: '#f4f0ff',
};

/** Which type shows on top where items overlap: the smaller, more specific one. */
export const TYPE_PRIORITY: Record<ItemType, number> = {
  measure: 0,
  indicator: 1,
  project: 2,
  commitment: 3,
};

export function itemKey(type: ItemType, id: number): string {
  return `${type}-${id}`;
}

/** Flattens the plan's items (measures out of sections → tasks) in document order per type. */
export function reviewItems(plan: PlanDetailResponse): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const dto of plan.indicators)
    items.push({
      type: 'indicator',
      key: itemKey('indicator', dto.id),
      id: dto.id,
      label: `${dto.name}：${dto.target.text}`,
      span: dto.span,
      dto,
    });
  for (const dto of plan.commitments)
    items.push({
      type: 'commitment',
      key: itemKey('commitment', dto.id),
      id: dto.id,
      label: dto.text,
      span: dto.span,
      dto,
    });
  for (const dto of plan.projects)
    items.push({
      type: 'project',
      key: itemKey('project', dto.id),
      id: dto.id,
      label: dto.name,
      span: dto.span,
      dto,
    });
  for (const section of plan.sections)
    for (const task of section.tasks)
      for (const dto of task.measures)
        items.push({
          type: 'measure',
          key: itemKey('measure', dto.id),
          id: dto.id,
          label: dto.text,
          span: dto.span,
          dto,
        });
  return items;
}
