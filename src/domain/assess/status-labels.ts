import type { AssessmentStatus, StatusColor } from './assess.types.ts';

export const STATUS_LABELS: Readonly<Record<AssessmentStatus, { zh: string; en: string }>> = Object.freeze({
  achieved: { zh: '已完成', en: 'Achieved' },
  on_track: { zh: '符合序时进度', en: 'On track' },
  at_risk: { zh: '略低于序时进度', en: 'At risk' },
  off_track: { zh: '明显滞后', en: 'Off track' },
  pending: { zh: '待评估', en: 'Pending' },
  no_data: { zh: '暂无数据', en: 'No data' },
  basically_achieved: { zh: '基本完成', en: 'Basically achieved' },
  missed: { zh: '未完成', en: 'Missed' },
});

const COLORS: Record<AssessmentStatus, StatusColor> = {
  achieved: 'green',
  on_track: 'green',
  at_risk: 'yellow',
  basically_achieved: 'yellow',
  off_track: 'red',
  missed: 'red',
  pending: 'grey',
  no_data: 'grey',
};

export function colorOf(status: AssessmentStatus): StatusColor {
  return COLORS[status];
}

/** Worse first, for combining two judgements of one item. */
const RANK: Record<AssessmentStatus, number> = {
  missed: 0,
  off_track: 1,
  basically_achieved: 2,
  at_risk: 3,
  on_track: 4,
  achieved: 5,
  no_data: 6,
  pending: 7,
};

/** The worse of two statuses (pending/no_data lose to any real judgement). */
export function worseStatus(a: AssessmentStatus, b: AssessmentStatus): AssessmentStatus {
  return RANK[a] <= RANK[b] ? a : b;
}
