import { todayInChina } from '../services/validation.ts';
import { buildAppendix } from './build-appendix.ts';
import { buildExecution } from './build-execution.ts';
import { buildProblems } from './build-problems.ts';
import type { ReportInput, ReportModel, ReportOptions } from './report.types.ts';
import {
  fiveYearOrdinal,
  formatReportDate,
  periodWording,
  regionWord,
  reportPeriod,
} from './report-period.ts';
import { sayIn } from './report-text.ts';

/**
 * The execution report (执行情况报告) as a model every renderer walks: title and period wording from
 * the plan and the as-of date, 一、执行情况 from the assessment, 二、存在的主要问题 ranked by severity,
 * 三、下一步工作 from the departments' remedies. Pure: the same input and clock give the same model.
 *
 * @example buildReportModel(input, { lang: 'zh', now }).title
 * // '关于上海市2026年国民经济和社会发展计划上半年执行情况的报告'
 */
export function buildReportModel(input: ReportInput, options: ReportOptions): ReportModel {
  const { lang } = options;
  const say = sayIn(lang);
  const { plan, assessment } = input;
  const asOfYear = Number(assessment.asOf.slice(0, 4));
  const year =
    plan.year ?? Math.min(Math.max(asOfYear, plan.periodStart ?? asOfYear), plan.periodEnd ?? asOfYear);
  const period = reportPeriod(assessment.asOf, year);
  const periodWord = periodWording(period, lang);
  const region = plan.region ?? '';
  const ordinal = fiveYearOrdinal(plan.periodStart);
  const title = !region
    ? say('REPORT_TITLE_UNTITLED', { title: plan.title, year, period: periodWord })
    : plan.kind === 'five_year'
      ? say('REPORT_TITLE_FIVE_YEAR', { region, ordinal: ordinal ?? '', year, period: periodWord })
      : say('REPORT_TITLE_ANNUAL', { region, year, period: periodWord });
  const ctx = { lang, say, year, period, periodWord, regionWord: regionWord(plan.region, lang) };
  const knownAtDate = todayInChina(new Date(assessment.knownAt));
  const today = todayInChina(options.now);
  return {
    lang,
    title,
    // “按…前掌握的数据” only for a report reproduced as of a past day: today's knowledge goes unsaid.
    subtitle:
      knownAtDate < today
        ? say('REPORT_SUBTITLE_KNOWN', {
            asOf: formatReportDate(assessment.asOf, lang),
            knownAt: formatReportDate(knownAtDate, lang),
          })
        : say('REPORT_SUBTITLE', { asOf: formatReportDate(assessment.asOf, lang) }),
    coverNote: input.synthetic || plan.demo ? say('REPORT_COVER_NOTE') : null,
    blocks: [...buildExecution(input, ctx), ...buildProblems(input, ctx)],
    dateLine: say('REPORT_DATE_LINE', { date: formatReportDate(today, lang) }),
    fileStem: `${region || plan.title.slice(0, 20)}${year}${lang === 'zh' ? '年' : '-'}${periodWord}${
      lang === 'zh' ? '计划执行情况报告' : '-implementation-report'
    }`.replace(/[\\/:*?"<>|\s]+/g, '-'),
    appendix: buildAppendix(input, ctx),
    meta: {
      planId: plan.id,
      asOf: assessment.asOf,
      knownAt: assessment.knownAt,
      generatedAt: options.now.toISOString(),
      region: plan.region,
    },
  };
}
