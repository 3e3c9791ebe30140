import { fiveYearPeriod, type HeaderResult } from './read-plan-header.ts';

/**
 * The period a set of targets is for, from the words that introduce it: "2026" for the year,
 * "2026-2030" for five-year targets (十五五, 今后五年, 到2030年, a 2030年 column). Remembers
 * the five-year range it met, for the plan header.
 */
export function periodReader(header: HeaderResult) {
  const planYear = header.year;
  let start = header.periodStart;
  let end = header.periodEnd;
  const periodOf = (intro: string, targetYear: number | null = null): string => {
    const five =
      fiveYearPeriod(intro) ??
      (/今后五年|未来五年|五年规划/.test(intro) && planYear ? { start: planYear, end: planYear + 4 } : null);
    if (five) {
      start ??= five.start;
      end ??= five.end;
      return `${five.start}-${five.end}`;
    }
    const by = /到\s*(\d{4})\s*年/.exec(intro)?.[1];
    const endYear = targetYear && planYear && targetYear > planYear ? targetYear : by ? Number(by) : null;
    if (endYear && planYear && endYear > planYear) {
      start ??= planYear;
      end ??= endYear;
      return `${planYear}-${endYear}`;
    }
    const single = /(\d{4})\s*年/.exec(intro)?.[1];
    if (single && !/五年/.test(intro)) return single;
    if (header.kind === 'five_year' && header.periodStart && header.periodEnd) {
      return `${header.periodStart}-${header.periodEnd}`;
    }
    return planYear ? String(planYear) : '';
  };
  return { periodOf, range: () => ({ start, end }) };
}
