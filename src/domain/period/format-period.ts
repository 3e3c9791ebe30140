import type { Period } from './period.types.ts';

const QUARTER_ZH = ['', '一', '二', '三', '四'];
/** How bureaus name a cumulative quarter: 一季度, 上半年, 前三季度, 全年. */
const YTD_QUARTER_ZH = ['', '一季度', '上半年', '前三季度', '全年'];

export interface FormatPeriodOptions {
  /** Name the cumulative span from January (1—6月) rather than the period alone (6月). */
  ytd?: boolean;
  /** Prefix the year (2026年); default true. */
  withYear?: boolean;
}

/**
 * The period as a Chinese report writes it.
 *
 * @example
 * formatPeriodZh(parsePeriod('2026-06')!, { ytd: true })  // '2026年1—6月'
 * formatPeriodZh(parsePeriod('2026-06')!)                 // '2026年6月'
 * formatPeriodZh(parsePeriod('2026Q2')!)                  // '2026年二季度'
 * formatPeriodZh(parsePeriod('2026Q3')!, { ytd: true, withYear: false }) // '前三季度'
 */
export function formatPeriodZh(p: Period, options: FormatPeriodOptions = {}): string {
  const prefix = options.withYear === false ? '' : `${p.year}年`;
  const ytd = options.ytd === true;
  switch (p.granularity) {
    case 'year':
      return options.withYear === false ? '全年' : prefix;
    case 'half':
      if (ytd && p.endMonth === 12) return `${prefix}全年`;
      return `${prefix}${p.endMonth === 6 ? '上' : '下'}半年`;
    case 'quarter': {
      const q = p.endMonth / 3;
      return ytd ? `${prefix}${YTD_QUARTER_ZH[q]}` : `${prefix}${QUARTER_ZH[q]}季度`;
    }
    case 'month':
      return ytd && p.endMonth > 1 ? `${prefix}1—${p.endMonth}月` : `${prefix}${p.endMonth}月`;
  }
}

const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The cumulative quarters in English, parallel to YTD_QUARTER_ZH. */
const YTD_QUARTER_EN = ['', 'Q1', 'H1', 'Q1–Q3', 'full year'];

/**
 * The period in English, with the same options and the same spans as formatPeriodZh.
 *
 * @example
 * formatPeriodEn(parsePeriod('2026-06')!, { ytd: true })  // 'Jan–Jun 2026'
 * formatPeriodEn(parsePeriod('2026Q2')!)                  // 'Q2 2026'
 * formatPeriodEn(parsePeriod('2026Q3')!, { ytd: true })   // 'Q1–Q3 2026'
 */
export function formatPeriodEn(p: Period, options: FormatPeriodOptions = {}): string {
  const withYear = options.withYear !== false;
  const suffix = withYear ? ` ${p.year}` : '';
  const ytd = options.ytd === true;
  switch (p.granularity) {
    case 'year':
      return withYear ? String(p.year) : 'full year';
    case 'half':
      if (ytd && p.endMonth === 12) return `full year${suffix}`;
      return `${p.endMonth === 6 ? 'H1' : 'H2'}${suffix}`;
    case 'quarter': {
      const q = p.endMonth / 3;
      return ytd ? `${YTD_QUARTER_EN[q]}${suffix}` : `Q${q}${suffix}`;
    }
    case 'month': {
      const month = MONTH_EN[p.endMonth - 1];
      return ytd && p.endMonth > 1 ? `Jan–${month}${suffix}` : `${month}${suffix}`;
    }
  }
}
