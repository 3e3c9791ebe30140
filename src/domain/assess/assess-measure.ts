import type { Assessment, AssessmentStatus } from './assess.types.ts';
import { finishAssessment, undetermined } from './build-assessment.ts';
import { STATUS_LABELS } from './status-labels.ts';

export type MeasureStatus = 'in_progress' | 'done' | 'delayed';

export interface MeasureProgress {
  /** 推进中 in_progress, 已完成 done, 滞后 delayed (the Chinese labels are accepted too). */
  status: MeasureStatus | '推进中' | '已完成' | '滞后';
  at: string;
  note?: string | null;
  by?: string | null;
}

export interface MeasureItem {
  type?: 'measure';
  id: string | number;
  name: string;
  /** YYYY-MM-DD the measure is due, when set. */
  deadline?: string | null;
  attribute?: 'expected' | 'binding';
}

export interface MeasureAssessmentInput {
  item: MeasureItem;
  progress: MeasureProgress[];
  asOf: string;
  knownAt: string;
}

const CODES: Record<string, MeasureStatus> = { 推进中: 'in_progress', 已完成: 'done', 滞后: 'delayed' };
const STATUS_OF: Record<MeasureStatus, AssessmentStatus> = {
  done: 'achieved',
  delayed: 'off_track',
  in_progress: 'on_track',
};
const RULE_ZH = '工作措施按最新进展状态评估';

/**
 * A measure (rule `measure_progress`) takes its last reported status: 已完成 → achieved,
 * 滞后 → off_track, 推进中 → on_track; nothing reported → no_data. Past its deadline and not
 * done it is off_track (逾期) whatever the last report said.
 */
export function assessMeasure(input: MeasureAssessmentInput): Assessment {
  const { item } = input;
  const binding = item.attribute === 'binding';
  const knownAt = Date.parse(input.knownAt);
  const latest = (input.progress ?? [])
    .map((p) => ({ ...p, code: CODES[p.status] ?? (p.status as MeasureStatus) }))
    .filter(
      (p) =>
        STATUS_OF[p.code] !== undefined && Date.parse(p.at) <= knownAt && p.at.slice(0, 10) <= input.asOf,
    )
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .at(-1);
  if (!latest) {
    return finishAssessment(undetermined('no_data', 'measure_progress', RULE_ZH, '暂无进展报告'), binding);
  }
  const overdue = latest.code !== 'done' && item.deadline != null && input.asOf > item.deadline;
  const status = overdue ? 'off_track' : STATUS_OF[latest.code];
  const summaryZh =
    (latest.note ? `${latest.note}；` : '') +
    (overdue ? `已超过完成时限（${item.deadline}），` : '') +
    STATUS_LABELS[status].zh;
  return finishAssessment(
    {
      status,
      expected: null,
      actual: null,
      gap: null,
      projection: null,
      explanation: {
        rule: 'measure_progress',
        ruleZh: RULE_ZH,
        inputs: [
          {
            period: latest.at.slice(0, 10),
            kind: 'progress',
            value: null,
            unit: null,
            revision: null,
            recordedAt: latest.at,
            source: latest.code,
            ...(latest.by ? { recordedBy: latest.by } : {}),
          },
        ],
        comparison: { reported: latest.code, deadline: item.deadline ?? null, overdue },
        summaryZh,
      },
    },
    binding,
  );
}
