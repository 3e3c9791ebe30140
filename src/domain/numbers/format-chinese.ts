import { roundNoise } from './parse-number.ts';
import { isScalableUnit, splitUnit } from './units.ts';

export interface FormatChineseOptions {
  /** Most fraction digits kept after scaling to 万/亿 (default 2); trailing zeros are dropped. */
  maxFractionDigits?: number;
  /** Scale to 万/亿 at and above 1万 (default true); false keeps the plain number. */
  scale?: boolean;
}

/**
 * Formats a number as Chinese reports write it: 亿 and 万 for large numbers, plain digits with
 * thousands separators below 1万.
 *
 * @example formatChineseNumber(123456789) // '1.23亿'
 * @example formatChineseNumber(60000) // '6万'
 */
export function formatChineseNumber(value: number, opts: FormatChineseOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = opts.maxFractionDigits ?? 2;
  const abs = Math.abs(value);
  if (opts.scale !== false) {
    if (abs >= 1e12) return trimFixed(value / 1e12, digits) + '万亿';
    if (abs >= 1e8) return trimFixed(value / 1e8, digits) + '亿';
    if (abs >= 1e4) return trimFixed(value / 1e4, digits) + '万';
  }
  const fixed = trimFixed(value, digits);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/**
 * Formats a quantity with its unit, moving the multiplier into the unit the way reports do.
 *
 * @example formatQuantity(600000, '人') // '60万人'
 * @example formatQuantity(2550, '亿元') // '2550亿元'
 * @example formatQuantity(5, '%') // '5%'
 */
export function formatQuantity(value: number, unit: string): string {
  if (!isScalableUnit(unit)) return formatChineseNumber(value, { scale: false }) + unit;
  const { multiplier, base } = splitUnit(unit);
  return formatChineseNumber(roundNoise(value * multiplier)) + base;
}

function trimFixed(value: number, digits: number): string {
  const s = roundNoise(value).toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
