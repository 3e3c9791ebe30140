import type { AssignmentView, ItemType, PlanDetailResponse } from '../api/types.ts';

/** One trackable item of a plan, whatever its type, for pickers and the 任务分工 table. */
export interface PlanItemRow {
  key: string;
  type: ItemType;
  id: number;
  label: string;
  /** Where it sits: the section (and task) title of a measure, the section of others. */
  context: string | null;
  /** A commitment's target in its base unit (completed quantities are reported in it). */
  target?: { value: number; unit: string };
}

export function itemKey(type: string, id: number): string {
  return `${type}:${id}`;
}

/** Every indicator, measure, commitment and project of a plan, in document order. */
export function flattenPlanItems(plan: PlanDetailResponse): PlanItemRow[] {
  const sectionTitle = new Map(plan.sections.map((s) => [s.number, s.title]));
  const rows: PlanItemRow[] = plan.indicators.map((i) => ({
    key: itemKey('indicator', i.id),
    type: 'indicator',
    id: i.id,
    label: i.name,
    context: i.category,
  }));
  for (const s of plan.sections)
    for (const task of s.tasks)
      for (const m of task.measures)
        rows.push({
          key: itemKey('measure', m.id),
          type: 'measure',
          id: m.id,
          label: m.text,
          context: `${s.title} · ${task.title}`,
        });
  for (const c of plan.commitments)
    rows.push({
      key: itemKey('commitment', c.id),
      type: 'commitment',
      id: c.id,
      label: c.text,
      context: c.section === null ? null : (sectionTitle.get(c.section) ?? null),
      target: c.normalized,
    });
  for (const p of plan.projects)
    rows.push({
      key: itemKey('project', p.id),
      type: 'project',
      id: p.id,
      label: p.name,
      context: p.section === null ? null : (sectionTitle.get(p.section) ?? null),
    });
  return rows;
}

export interface ItemAssignees {
  lead: AssignmentView | undefined;
  support: AssignmentView[];
}

/** Lead and supporting departments of each item, keyed `type:id`. */
export function assigneesByItem(assignments: AssignmentView[]): Map<string, ItemAssignees> {
  const map = new Map<string, ItemAssignees>();
  for (const a of assignments) {
    const key = itemKey(a.itemType, a.itemId);
    const entry = map.get(key) ?? { lead: undefined, support: [] };
    if (a.role === 'lead') entry.lead = a;
    else entry.support.push(a);
    map.set(key, entry);
  }
  return map;
}
