import { formatNumber, formatQuantity, formatShare } from '../format/number.ts';
import { formatDate, formatPeriod } from '../format/period.ts';
import type { Locale, MessageKey, Translate } from '../i18n/index.tsx';
import { zh } from '../i18n/zh.ts';

type ComparisonValue = number | string | boolean | null;

/** A dictionary key, when the dictionary has it (the API may add comparison keys before the web). */
function known(key: string): MessageKey | null {
  return key in zh ? (key as MessageKey) : null;
}

/** Numbers in the indicator's own unit (5%, 60万人). */
const QUANTITIES = new Set([
  'actual',
  'target',
  'min',
  'max',
  'trajectoryPoint',
  'greenLower',
  'greenUpper',
  'total',
  'expected',
  'reference',
  'baseValue',
]);
/** Differences: percentage points for a % indicator, else in its unit. */
const DIFFERENCES = new Set(['tolerance', 'shortfall']);
/** Always percentage points. */
const POINTS = new Set(['pointsVsPace', 'greenPoints', 'yellowPoints', 'redPoints', 'difference']);
/** Shares of 1 (0.769 → 76.9%). */
const SHARES = new Set(['share', 'ratio', 'completion', 'greenRatio', 'yellowRatio', 'investmentShare']);
/** Annual rates already in percent. */
const PERCENTS = new Set(['observedAnnualRate', 'requiredAnnualRate']);
/** Coded strings and the dictionary prefix that names them. */
const CODES: Record<string, string> = {
  sides: 'cmpValue',
  band: 'cmpValue',
  mode: 'cmpValue',
  direction: 'cmpValue',
  derivedFrom: 'inputKind',
  plannedStage: 'stage',
  reportedStage: 'projectStage',
  investmentStatus: 'status',
  reported: 'progress.status',
};

/** The label of a comparison key: 实际值 for `actual`, the key itself when unknown. */
export function comparisonLabel(key: string, t: Translate): string {
  const k = known(`cmp.${key}`);
  return k ? t(k) : key;
}

/**
 * A compared number or code the way a reader wants it: quantities with the indicator's unit,
 * shares as percentages, codes translated, periods and dates written out.
 *
 * @example formatComparison('share', 0.769, '人', 'zh-CN', t) // '76.9%'
 */
export function formatComparison(
  key: string,
  value: ComparisonValue,
  unit: string | null,
  locale: Locale,
  t: Translate,
): string {
  if (value === null) return t('common.none');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') {
    if (QUANTITIES.has(key)) return formatQuantity(value, unit, locale);
    if (SHARES.has(key)) return formatShare(value);
    if (PERCENTS.has(key)) return formatQuantity(value, '%', locale);
    if (POINTS.has(key) || (DIFFERENCES.has(key) && unit === '%'))
      return t('unit.points', { n: formatNumber(value, locale) });
    if (DIFFERENCES.has(key)) return formatQuantity(value, unit, locale);
    return formatNumber(value, locale);
  }
  if (key === 'referencePeriod') return formatPeriod(value, locale);
  if (key === 'missingPeriods' || key === 'leftOutAfterGap')
    return value
      .split(',')
      .map((p) => formatPeriod(p, locale))
      .join('、');
  if (key === 'judgedAt' || key === 'deadline') return formatDate(value, locale);
  const prefix = CODES[key];
  const k = prefix ? known(`${prefix}.${value}`) : null;
  return k ? t(k) : value;
}

/** What an input row is to the rule (实际值, 基期值, 参照：地区生产总值). */
export function inputRoleLabel(role: string | undefined, series: string | null | undefined, t: Translate) {
  const k = role ? known(`inputRole.${role}`) : null;
  const label = k ? t(k) : (role ?? t('common.none'));
  return series ? `${label}${t('report.colon')}${series}` : label;
}

/** An observation kind or row kind in words (ytd_growth → 累计增速). */
export function inputKindLabel(kind: string, t: Translate): string {
  const k = known(`inputKind.${kind}`);
  return k ? t(k) : kind;
}

/** The rule applied: the server's own Chinese name, or its English one. */
export function ruleLabel(rule: string, ruleZh: string, locale: Locale, t: Translate): string {
  const k = known(`rule.${rule}`);
  if (locale !== 'en' || !k) return ruleZh;
  return t(k);
}

/** The server's projection sentences, which English readers get in English. */
const PROJECTIONS: Record<string, MessageKey> = {
  预计全年可完成: 'projection.met',
  完成难度较大: 'projection.hard',
  预计全年可控制在目标以内: 'projection.within',
  预计全年将超出目标: 'projection.exceed',
};

/** A projection sentence in the reader's language (longer, computed sentences stay as written). */
export function projectionLabel(sentence: string, locale: Locale, t: Translate): string {
  const k = PROJECTIONS[sentence];
  return locale === 'en' && k ? t(k) : sentence;
}
