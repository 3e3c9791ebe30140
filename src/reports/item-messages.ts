import { STATUS_LABELS } from '../domain/assess/index.ts';
import { parsePeriod } from '../domain/period/index.ts';
import type { Period } from '../domain/period/period.types.ts';
import type { Relation } from '../i18n/catalog/report.ts';
import { formatPeriod, type Lang, type Message, render } from '../i18n/index.ts';
import type { AssessedItem } from '../services/assessment/assessment.types.ts';

/**
 * Report sentences of single items, as messages (codes and parameters) built from the numbers of
 * the assessment — the same numbers the API returns, so every sentence can be traced to them.
 */

export interface SentenceContext {
  lang: Lang;
  /** The period the report covers (2026H1): an item's data of that same span needs no “1—6月”. */
  period: Period;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const round1 = (v: number) => Math.round(v * 10) / 10;

/** “1—5月” when an item's data covers another span than the report's; '' when the same. */
export function whenOf(item: AssessedItem, ctx: SentenceContext): string {
  const actual = item.actual;
  if (!actual?.period) return '';
  const p = parsePeriod(actual.period);
  if (!p) return '';
  const ytd = actual.kind !== 'level';
  if (p.end === ctx.period.end) return '';
  return formatPeriod(p, ctx.lang, { ytd, withYear: p.year !== ctx.period.year });
}

/** How a rate is read: 增长 for growth, 上涨 for a price index, 为 for a level. */
export function changeOf(item: AssessedItem): 'growth' | 'rise' | 'level' {
  if (item.actual?.kind !== 'ytd_growth') return 'level';
  return /价格|物价|CPI/i.test(item.name) || /^1\d\d(\.\d+)?(左右)?$/.test(item.target ?? '')
    ? 'rise'
    : 'growth';
}

function relationTo(actual: number, target: number, sides: unknown): { relation: Relation; diff: number } {
  const d = round1(actual - target);
  if (sides === 'upper')
    return actual <= target ? { relation: 'within', diff: 0 } : { relation: 'over', diff: d };
  if (d === 0) return { relation: 'equal', diff: 0 };
  return d > 0 ? { relation: 'above', diff: d } : { relation: 'below', diff: -d };
}

function referenceName(item: AssessedItem, lang: Lang): string {
  const row = item.explanation.inputs.find((i) => i.role === 'reference');
  return row?.series ?? (lang === 'zh' ? '经济' : 'economic growth');
}

/** The sentence of one main indicator: 全市生产总值增长5.3%，高于全年目标0.3个百分点. */
export function indicatorMessage(item: AssessedItem, ctx: SentenceContext, year: number): Message {
  const c = item.explanation.comparison;
  const name = item.name;
  const status = STATUS_LABELS[item.status][ctx.lang];
  const rule = item.explanation.rule;
  if (rule === 'external' && item.status === 'pending')
    return { code: 'REPORT_IND_EXTERNAL', params: { name } };
  if (rule === 'qualitative')
    return {
      code: 'REPORT_IND_QUALITATIVE',
      params: { name, status: item.status === 'pending' ? '' : status },
    };
  if (item.status === 'no_data' || !item.actual)
    return { code: 'REPORT_IND_NO_DATA', params: { name, year } };
  const when = whenOf(item, ctx);
  const unit = item.actual.unit;
  // Rates and levels are written to one decimal, as bureaus publish them; differences follow the
  // figures as written (5.35 → 增长5.4%，高于全年目标0.4个百分点).
  const written = (v: number) => (rule === 'flow_pace' ? v : round1(v));
  const actual = written(item.actual.value);
  const target = item.target ?? '';
  if (rule === 'flow_pace') {
    const completion = num(c.completion) ?? 0;
    const points = round1(num(c.pointsVsPace) ?? 0);
    const relation: Relation =
      item.status === 'achieved' && c.direction !== 'down'
        ? 'done'
        : points === 0
          ? 'equal'
          : points > 0
            ? 'above'
            : 'below';
    return {
      code: 'REPORT_IND_FLOW',
      params: {
        when,
        name,
        actual,
        unit,
        completion,
        points: Math.abs(points),
        relation,
        target,
        final: c.final === true,
      },
    };
  }
  if (rule === 'rate_vs_level' && num(c.target) != null) {
    const { relation, diff } = relationTo(actual, num(c.target)!, c.sides);
    return {
      code: 'REPORT_IND_RATE',
      params: { when, name, change: changeOf(item), value: actual, unit, relation, diff, target },
    };
  }
  if (rule === 'rate_vs_level' && num(c.min) != null && num(c.max) != null) {
    const [min, max] = [num(c.min)!, num(c.max)!];
    const relation: Relation = actual < min ? 'below' : actual > max ? 'above' : 'near';
    const diff = round1(actual < min ? min - actual : actual > max ? actual - max : 0);
    return {
      code: 'REPORT_IND_RATE',
      params: { when, name, change: changeOf(item), value: actual, unit, relation, diff, target },
    };
  }
  if (rule === 'year_end_level' && num(c.trajectoryPoint) != null) {
    const point = round1(num(c.trajectoryPoint)!);
    const upper = c.sides === 'upper';
    const d = round1(actual - point);
    const good = upper ? d <= 0 : d >= 0;
    const relation: Relation = good
      ? d === 0 || upper
        ? 'near'
        : 'above'
      : item.color === 'green'
        ? 'near'
        : upper
          ? 'over'
          : 'below';
    return {
      code: 'REPORT_IND_TRAJECTORY',
      params: {
        when,
        name,
        change: 'level',
        value: actual,
        unit,
        relation,
        diff: Math.abs(d),
        target,
        point,
      },
    };
  }
  if (rule === 'relative' && num(c.difference) != null) {
    return {
      code: 'REPORT_IND_RELATIVE',
      params: {
        when,
        name,
        value: actual,
        reference: referenceName(item, ctx.lang),
        diff: round1(actual - round1(num(c.reference) ?? actual - num(c.difference)!)),
        synced: item.color === 'green',
      },
    };
  }
  return {
    code: 'REPORT_IND_GENERIC',
    params: { name, status, value: valueText(item, ctx.lang) },
  };
}

/** The figure of an item as a table cell shows it: 增长5%, 31.2万人, 4.3%. */
export function valueMessage(item: AssessedItem): Message | null {
  if (!item.actual) return null;
  return {
    code: 'REPORT_VALUE',
    params: {
      change: changeOf(item),
      value: item.explanation.rule === 'flow_pace' ? item.actual.value : round1(item.actual.value),
      unit: item.actual.unit,
    },
  };
}

function valueText(item: AssessedItem, lang: Lang): string {
  const m = valueMessage(item);
  return m ? render(m, lang) : '';
}

/** A quantified task: “新增公园100座”完成62座，完成全年任务的62%，高于序时进度12个百分点. */
export function commitmentMessage(item: AssessedItem): Message {
  const c = item.explanation.comparison;
  if (!item.actual || num(c.completion) == null)
    return { code: 'REPORT_COMMITMENT_NONE', params: { text: item.name } };
  const completion = num(c.completion)!;
  const share = num(c.share);
  const points = share == null ? null : round1((completion - share) * 100);
  const relation: Relation =
    item.status === 'achieved'
      ? 'done'
      : points == null || points === 0
        ? 'equal'
        : points > 0
          ? 'above'
          : 'below';
  return {
    code: 'REPORT_COMMITMENT',
    params: {
      text: item.name,
      actual: item.actual.value,
      unit: item.actual.unit,
      completion,
      points: points == null ? null : Math.abs(points),
      relation,
    },
  };
}

export interface ProjectFacts {
  planned: string;
  reported: string | null;
  investmentDone: number | null;
  investmentPlanned: number | null;
}

/** The stages and investment the assessment of a named project compared. */
export function projectFacts(item: AssessedItem): ProjectFacts {
  const c = item.explanation.comparison;
  return {
    planned: typeof c.plannedStage === 'string' ? c.plannedStage : (item.target ?? ''),
    reported: typeof c.reportedStage === 'string' ? c.reportedStage : null,
    investmentDone: num(c.investmentYtd),
    investmentPlanned: num(c.plannedInvestment),
  };
}

/** 上海大歌剧院（计划建成）目前在建，完成投资35.4亿元，占年度计划的30%. */
export function projectMessage(item: AssessedItem, lang: Lang): Message {
  const f = projectFacts(item);
  const stage = (s: string | null) => (s ? render({ code: 'REPORT_STAGE', params: { stage: s } }, lang) : '');
  return {
    code: 'REPORT_PROJECT',
    params: {
      name: item.name,
      planned: stage(f.planned),
      reported: stage(f.reported),
      invDone: f.investmentDone,
      invShare:
        f.investmentDone != null && f.investmentPlanned ? f.investmentDone / f.investmentPlanned : null,
    },
  };
}
