import type { Assessment, AssessmentStatus, ItemType, StatusColor } from './assess.types.ts';

/** An assessment with what it may be grouped by. */
export interface AssessedEntry {
  assessment: Assessment;
  type: ItemType;
  attribute?: 'expected' | 'binding' | null;
  category?: string | null;
  section?: string | number | null;
  department?: string | null;
  region?: string | null;
}

export type GroupKey = 'type' | 'category' | 'section' | 'department' | 'region';

export interface StatusCounts {
  total: number;
  byStatus: Record<AssessmentStatus, number>;
  byColor: Record<StatusColor, number>;
}

export interface AssessmentSummary extends StatusCounts {
  /** Binding items coloured yellow or red: what the leader's screen shows first. */
  bindingAtRisk: number;
  /** Per requested grouping, one row per value (null values under '' — ungrouped). */
  groups: Partial<Record<GroupKey, Array<{ key: string } & StatusCounts>>>;
}

function emptyCounts(): StatusCounts {
  return {
    total: 0,
    byStatus: {
      achieved: 0,
      on_track: 0,
      at_risk: 0,
      off_track: 0,
      pending: 0,
      no_data: 0,
      basically_achieved: 0,
      missed: 0,
    },
    byColor: { green: 0, yellow: 0, red: 0, grey: 0 },
  };
}

function add(c: StatusCounts, a: Assessment): void {
  c.total++;
  c.byStatus[a.status]++;
  c.byColor[a.color]++;
}

/**
 * Counts by status and colour for the whole plan and per grouping.
 *
 * @example
 * summarizeAssessments(entries, ['department']).groups.department
 * // [{ key: '市人社局', total: 3, byStatus: {…}, byColor: {…} }, …]
 */
export function summarizeAssessments(
  entries: AssessedEntry[],
  groupBy: GroupKey | GroupKey[] = [],
): AssessmentSummary {
  const keys = Array.isArray(groupBy) ? groupBy : [groupBy];
  const overall = emptyCounts();
  let bindingAtRisk = 0;
  const groups: AssessmentSummary['groups'] = {};
  const maps = new Map<GroupKey, Map<string, StatusCounts>>(keys.map((k) => [k, new Map()]));
  for (const e of entries) {
    add(overall, e.assessment);
    if (e.attribute === 'binding' && (e.assessment.color === 'yellow' || e.assessment.color === 'red'))
      bindingAtRisk++;
    for (const [k, map] of maps) {
      const value = e[k];
      const key = value == null ? '' : String(value);
      const counts = map.get(key) ?? emptyCounts();
      add(counts, e.assessment);
      map.set(key, counts);
    }
  }
  for (const [k, map] of maps) {
    groups[k] = [...map.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'zh'))
      .map(([key, counts]) => ({ key, ...counts }));
  }
  return { ...overall, bindingAtRisk, groups };
}
