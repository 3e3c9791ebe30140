export type { FormatPeriodOptions } from './format-period.ts';
export { formatPeriodEn, formatPeriodZh } from './format-period.ts';
export { buildPeriod, parsePeriod } from './parse-period.ts';
export type { Granularity, Period } from './period.types.ts';
