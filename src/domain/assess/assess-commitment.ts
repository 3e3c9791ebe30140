import { formatQuantity } from '../numbers/format-chinese.ts';
import { formatPeriodZh } from '../period/format-period.ts';
import { parsePeriod } from '../period/parse-period.ts';
import type { Comparator } from '../target/target.types.ts';
import type { Assessment } from './assess.types.ts';
import {
  daysBetween,
  elapsedShareOfDate,
  finalityOf,
  finishAssessment,
  undetermined,
} from './build-assessment.ts';
import { formatNumber, formatPercent } from './convert-unit.ts';
import { judgeFlow } from './judge-flow.ts';
import { mergeThresholds, type ThresholdOverrides } from './thresholds.ts';

export interface CommitmentProgress {
  /** Cumulative amount done in the plan year, in the commitment's unit. */
  completed: number;
  /** ISO datetime the report was recorded. */
  at: string;
  /** The period the amount is as of (2026-06); else the date of `at`. */
  period?: string | null;
  by?: string | null;
  note?: string | null;
}

export interface CommitmentItem {
  type?: 'commitment';
  id: string | number;
  /** The phrase (新增公园100座). */
  name: string;
  /** The committed quantity, in the unit progress is reported in. */
  value: number;
  unit?: string | null;
  comparator?: Comparator | null;
  /** down for caps (控制在…以内); default up. */
  direction?: 'up' | 'down' | null;
  planYear: number;
  attribute?: 'expected' | 'binding';
  thresholds?: ThresholdOverrides | null;
}

export interface CommitmentAssessmentInput {
  item: CommitmentItem;
  progress: CommitmentProgress[];
  asOf: string;
  knownAt: string;
  thresholds?: ThresholdOverrides | null;
}

const RULE_ZH = '量化任务按时间进度评估完成量';

/**
 * A quantitative commitment (新增公园100座, rule `commitment_progress`): the latest cumulative
 * amount reported by `asOf` against the committed quantity at elapsed-time pace (the period's
 * end month / 12 when the report names a period, else the share of the year passed at its date),
 * with the flow thresholds.
 */
export function assessCommitment(input: CommitmentAssessmentInput): Assessment {
  const { item } = input;
  const binding = item.attribute === 'binding';
  const thresholds = mergeThresholds(input.thresholds, item.thresholds);
  const knownAt = Date.parse(input.knownAt);
  const rows = (input.progress ?? []).flatMap((p) => {
    if (!Number.isFinite(p.completed) || !(Date.parse(p.at) <= knownAt)) return [];
    const period = p.period ? parsePeriod(p.period) : null;
    const asOfDate = period ? period.end : p.at.slice(0, 10);
    if (asOfDate > input.asOf || Number(asOfDate.slice(0, 4)) !== item.planYear) return [];
    return [{ ...p, period, asOfDate }];
  });
  rows.sort((a, b) => a.asOfDate.localeCompare(b.asOfDate) || Date.parse(a.at) - Date.parse(b.at));
  const latest = rows.at(-1);
  if (!latest) {
    return finishAssessment(
      undetermined('no_data', 'commitment_progress', RULE_ZH, `${item.name}暂无${item.planYear}年进展数据`),
      binding,
    );
  }
  const share = latest.period
    ? latest.period.endMonth / 12
    : elapsedShareOfDate(latest.asOfDate, item.planYear);
  const direction = item.direction === 'down' || item.comparator === 'lte' ? 'down' : 'up';
  // Progress is reported monthly: the year's last report is overdue like a monthly figure.
  const endMonth = latest.asOfDate >= `${item.planYear}-12-31` ? 12 : Number(latest.asOfDate.slice(5, 7));
  const { final, partial } = finalityOf(input.asOf, item.planYear, endMonth, 'month', thresholds);
  const j = judgeFlow({
    actual: latest.completed,
    total: item.value,
    share,
    approx: item.comparator === 'approx',
    direction,
    final,
    thresholds,
  });
  const unit = item.unit ?? null;
  const when = latest.period
    ? formatPeriodZh(latest.period, { ytd: true, withYear: false })
    : `截至${latest.asOfDate}`;
  const diff = Number(j.pointsVsPace.toFixed(1));
  const vsPace =
    diff >= 0
      ? `超过时间进度${formatNumber(diff, 1)}个百分点`
      : `低于时间进度${formatNumber(-diff, 1)}个百分点`;
  return finishAssessment(
    {
      status: j.status,
      expected: { value: j.expected, unit, share },
      actual: {
        value: latest.completed,
        unit,
        period: latest.period?.key ?? latest.asOfDate,
        kind: 'progress',
      },
      gap: latest.completed - j.expected,
      projection:
        j.projected === null || partial
          ? null
          : { value: j.projected, unit, sentence: j.projectionOk ? '预计全年可完成' : '完成难度较大' },
      explanation: {
        rule: 'commitment_progress',
        ruleZh: RULE_ZH,
        inputs: [
          {
            role: 'actual',
            period: latest.period?.key ?? latest.asOfDate,
            kind: 'progress',
            value: latest.completed,
            unit,
            revision: null,
            recordedAt: latest.at,
            source: latest.note ?? null,
            ...(latest.by ? { recordedBy: latest.by } : {}),
          },
        ],
        comparison: {
          actual: latest.completed,
          total: item.value,
          expected: j.expected,
          share,
          ratio: Number.isFinite(j.ratio) ? j.ratio : null,
          completion: j.completion,
          mode: thresholds.flowMode,
          direction,
          final,
          finalOnPartialData: partial,
        },
        pace: { share, method: 'elapsed', yearsUsed: [] },
        summaryZh:
          (j.status === 'achieved' && direction === 'up'
            ? `${when}${item.name}已完成${amount(latest.completed, unit)}，完成全年任务`
            : final
              ? `${when}${item.name}完成${amount(latest.completed, unit)}，完成全年任务的${formatPercent(j.completion)}`
              : `${when}${item.name}完成${amount(latest.completed, unit)}，完成全年任务的${formatPercent(j.completion)}，${vsPace}`) +
          (partial ? '（全年进展逾期未报，按最近一次报告作年终评估）' : ''),
        late: partial || daysBetween(latest.asOfDate, input.asOf) > thresholds.lateDays.month,
      },
    },
    binding,
  );
}

/** 114132478833 元 → 1141.32亿元, as a report writes an amount (the value is in the base unit). */
function amount(value: number, unit: string | null): string {
  return unit ? formatQuantity(value, unit) : formatNumber(value);
}
