export type { FormatPeriodOptions } from './format-period.ts';
export { formatPeriodZh } from './format-period.ts';
export { buildPeriod, parsePeriod } from './parse-period.ts';
export type { Granularity, Period } from './period.types.ts';
