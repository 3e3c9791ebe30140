import { fiveYearPeriod, type HeaderResult } from './read-plan-header.ts';
import { statedYear, withoutYearRole } from './year-words.ts';

/**
 * The period a set of targets is for, from the words that introduce it: "2026" for the year,
 * "2026-2030" for five-year targets (十五五, 今后五年, 到2030年, a 2030年 column). Remembers
 * the five-year range it met, for the plan header. 到YYYY年 is always an end year.
 */
export function periodReader(header: HeaderResult) {
  const planYear = header.year;
  let start = header.periodStart;
  let end = header.periodEnd;
  const remember = (s: number, e: number): string => {
    start ??= s;
    end ??= e;
    return `${s}-${e}`;
  };
  /** The period the words state, or null when they state none. */
  const statedPeriod = (written: string, targetYear: number | null = null): string | null => {
    // A "2026年目标" column of an annual report holds the year's targets, whatever the caption
    // ("十五五"及2026年主要指标) says about the table's other columns.
    if (targetYear !== null && targetYear === planYear && header.kind === 'annual') return String(planYear);
    const intro = withoutYearRole(written);
    const by = /(?:到|至)\s*(\d{4})\s*年/.exec(intro)?.[1];
    const byYear = by ? Number(by) : null;
    const fiveWords = /今后五年|未来五年|五年规划|五年内/.test(intro);
    const five =
      fiveYearPeriod(intro) ??
      (fiveWords && planYear ? { start: planYear, end: planYear + 4 } : null) ??
      (fiveWords && byYear ? { start: byYear - 4, end: byYear } : null);
    if (five) return remember(five.start, five.end);
    const endYear = targetYear && planYear && targetYear > planYear ? targetYear : byYear;
    if (endYear && planYear && endYear > planYear) return remember(planYear, endYear);
    if (endYear && planYear && endYear === planYear) return String(planYear);
    const single = statedYear(intro);
    if (single && !/五年/.test(intro)) return String(single);
    if (/今年|年内|本年度/.test(intro) && planYear) return String(planYear);
    return null;
  };
  const periodOf = (intro: string, targetYear: number | null = null): string => {
    const stated = statedPeriod(intro, targetYear);
    if (stated !== null) return stated;
    if (header.kind === 'five_year' && header.periodStart && header.periodEnd) {
      return `${header.periodStart}-${header.periodEnd}`;
    }
    return planYear ? String(planYear) : '';
  };
  return { periodOf, statedPeriod, range: () => ({ start, end }) };
}
