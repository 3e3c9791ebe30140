import type { AssessmentStatus } from '../domain/assess/index.ts';
import { type Lang, type Message, render } from '../i18n/index.ts';
import type { AssessedItem } from '../services/assessment/assessment.types.ts';

/** Renders report codes in one language: `t('REPORT_H_NEXT')`. */
export type Say = (code: string, params?: Message['params']) => string;

export function sayIn(lang: Lang): Say {
  return (code, params = {}) => render({ code, params }, lang);
}

/** Clauses joined as one sentence of the report: 甲；乙。 / A; B. */
export function sentence(say: Say, clauses: string[]): string {
  const parts = clauses.filter(Boolean);
  if (parts.length === 0) return '';
  return parts.join(say('REPORT_CLAUSE_JOIN')) + say('REPORT_SENTENCE_END');
}

export interface StatusCountParams {
  [key: string]: number;
  total: number;
  achieved: number;
  onTrack: number;
  atRisk: number;
  offTrack: number;
  basicallyAchieved: number;
  missed: number;
  pending: number;
  noData: number;
}

/** Counts by status, in the parameter names of the report catalog. */
export function countStatuses(items: readonly { status: AssessmentStatus }[]): StatusCountParams {
  const n = (s: AssessmentStatus) => items.filter((i) => i.status === s).length;
  return {
    total: items.length,
    achieved: n('achieved'),
    onTrack: n('on_track'),
    atRisk: n('at_risk'),
    offTrack: n('off_track'),
    basicallyAchieved: n('basically_achieved'),
    missed: n('missed'),
    pending: n('pending'),
    noData: n('no_data'),
  };
}

/** Worst first: red before yellow, then the larger shortfall against pace. */
export function bySeverity(a: AssessedItem, b: AssessedItem): number {
  const rank = { red: 0, yellow: 1, grey: 2, green: 3 } as const;
  return rank[a.color] - rank[b.color] || ratioOf(a) - ratioOf(b);
}

function ratioOf(item: AssessedItem): number {
  const c = item.explanation.comparison;
  const v = c.ratio ?? c.completion ?? c.investmentRatio;
  return typeof v === 'number' ? v : 1;
}

export const refOf = (item: { type: string; id: number }) => `${item.type}:${item.id}`;

/** A long measure shortened for a sentence: its first clause, at most 24 characters. */
export function shorten(text: string, max = 24): string {
  const first = text.split(/[,，;；。]/)[0] ?? text;
  return first.length > max ? `${first.slice(0, max)}…` : first;
}

/**
 * A long title broken where its sense allows (after 计划/规划/纲要), never inside a word: GB/T 9704
 * asks that a title's lines keep words whole.
 */
export function titleLines(title: string): string[] {
  if (title.length <= 22) return [title];
  const at = title.search(/(计划|规划|纲要)(?=.{4,})/);
  if (at < 0) return [title];
  const cut = at + 2;
  return [title.slice(0, cut), title.slice(cut)];
}
