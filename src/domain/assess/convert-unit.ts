import { convertUnit as convertKnownUnit } from '../numbers/units.ts';

/**
 * Multipliers for units the shared unit table does not know (微克/立方米, 标箱): observations are
 * normally stored in base units already and this only rescues the odd row entered as written.
 */
const PREFIXES: Array<[string, number]> = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** '万人' → { base: '人', factor: 1e4 }; '%' → { base: '%', factor: 1 }. */
export function splitUnit(unit: string): { base: string; factor: number } {
  const u = unit.trim();
  for (const [prefix, factor] of PREFIXES) {
    if (u.startsWith(prefix) && u.length > prefix.length) return { base: u.slice(prefix.length), factor };
  }
  return { base: u, factor: 1 };
}

/**
 * Converts between units of one dimension (万人 → 人, 平方公里 → 公顷) with the shared unit table,
 * else by multiplier alone; null when the dimensions differ (平方公里 → 人). A missing unit on either side is taken to be the other one.
 */
export function convertUnit(
  value: number,
  from: string | null | undefined,
  to: string | null | undefined,
): number | null {
  if (!from || !to || from === to) return value;
  const known = convertKnownUnit(value, from, to);
  if (known !== null) return known;
  const a = splitUnit(from);
  const b = splitUnit(to);
  // 套(间) and 套 are the same count; compare the part before any parenthesis.
  const baseA = a.base.replace(/[（(].*$/, '');
  const baseB = b.base.replace(/[（(].*$/, '');
  if (baseA !== baseB) return null;
  return (value * a.factor) / b.factor;
}

/** A number as a report prints it: at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A share as a percentage: 0.475 → '47.5%'. */
export function formatPercent(share: number, digits = 1): string {
  return `${formatNumber(share * 100, digits)}%`;
}
