import { roundNoise } from './parse-number.ts';
import { toHalfWidth } from './to-half-width.ts';

/**
 * What a unit measures, and the factor to its dimension's reference unit. Units of the same
 * dimension convert into each other; counting units (家, 个, 套(间)…) each form their own
 * dimension (`count:家`) so 万家 ↔ 家 converts but 家 ↔ 个 does not.
 */
const MEASURES: Record<string, { dimension: string; factor: number }> = {
  人: { dimension: 'person', factor: 1 },
  名: { dimension: 'person', factor: 1 },
  人次: { dimension: 'person_time', factor: 1 },
  元: { dimension: 'money', factor: 1 },
  美元: { dimension: 'money_usd', factor: 1 },
  平方米: { dimension: 'area', factor: 1 },
  平方千米: { dimension: 'area', factor: 1e6 },
  平方公里: { dimension: 'area', factor: 1e6 },
  公顷: { dimension: 'area', factor: 1e4 },
  亩: { dimension: 'area', factor: 10000 / 15 },
  米: { dimension: 'length', factor: 1 },
  千米: { dimension: 'length', factor: 1000 },
  公里: { dimension: 'length', factor: 1000 },
  吨: { dimension: 'mass', factor: 1000 },
  千克: { dimension: 'mass', factor: 1 },
  公斤: { dimension: 'mass', factor: 1 },
  克: { dimension: 'mass', factor: 0.001 },
  斤: { dimension: 'mass', factor: 0.5 },
  立方米: { dimension: 'volume', factor: 1 },
  千瓦时: { dimension: 'energy', factor: 1 },
  度: { dimension: 'energy', factor: 1 },
  瓦: { dimension: 'power', factor: 0.001 },
  千瓦: { dimension: 'power', factor: 1 },
  兆瓦: { dimension: 'power', factor: 1e3 },
  吉瓦: { dimension: 'power', factor: 1e6 },
  吨标准煤: { dimension: 'coal_equivalent', factor: 1 },
  标准煤: { dimension: 'coal_equivalent', factor: 1 },
  标箱: { dimension: 'teu', factor: 1 },
  标准箱: { dimension: 'teu', factor: 1 },
  标准集装箱: { dimension: 'teu', factor: 1 },
  // Capacities per day or year (污水处理能力20万吨/日).
  '吨/日': { dimension: 'mass_per_day', factor: 1000 },
  '吨/天': { dimension: 'mass_per_day', factor: 1000 },
  '立方米/日': { dimension: 'volume_per_day', factor: 1 },
  '立方米/天': { dimension: 'volume_per_day', factor: 1 },
  '吨/年': { dimension: 'mass_per_year', factor: 1000 },
  TEU: { dimension: 'teu', factor: 1 },
  '%': { dimension: 'percent', factor: 1 },
  百分比: { dimension: 'percent', factor: 1 },
  '‰': { dimension: 'permille', factor: 1 },
  千分比: { dimension: 'permille', factor: 1 },
  个百分点: { dimension: 'percentage_point', factor: 1 },
  百分点: { dimension: 'percentage_point', factor: 1 },
  岁: { dimension: 'age', factor: 1 },
  年: { dimension: 'duration', factor: 365 },
  天: { dimension: 'duration', factor: 1 },
  日: { dimension: 'duration', factor: 1 },
  微克每立方米: { dimension: 'concentration', factor: 1 },
  'μg/m3': { dimension: 'concentration', factor: 1 },
  'μg/m³': { dimension: 'concentration', factor: 1 },
  'μg/立方米': { dimension: 'concentration', factor: 1 },
  '微克/立方米': { dimension: 'concentration', factor: 1 },
  '元/人': { dimension: 'money_per_person', factor: 1 },
  微克: { dimension: 'mass', factor: 1e-9 },
};

const COUNTING_UNITS = [
  '家',
  '个',
  '座',
  '处',
  '张',
  '项',
  '件',
  '套(间)',
  '台(套)',
  '台套',
  '套',
  '间',
  '户',
  '所',
  '条',
  '台',
  '辆',
  '艘',
  '架',
  '次',
  '场',
  '头',
  '只',
  '株',
  '棵',
  '部',
  '床',
  '块',
  '栋',
  '幢',
  '根',
  '枚',
  '款',
  '组',
  '支',
  '宗',
  '笔',
  '册',
  '份',
  '篇',
  '人·次',
];

/**
 * The units real plan reports use, longest first so that a regex alternation built from them
 * matches greedily (套(间) before 套, 吨标准煤 before 吨, 个百分点 before 个).
 */
export const KNOWN_BASE_UNITS: readonly string[] = [
  ...new Set([...Object.keys(MEASURES), ...COUNTING_UNITS]),
].sort((a, b) => b.length - a.length || a.localeCompare(b));

const KNOWN = new Set(KNOWN_BASE_UNITS);

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A regex source (no capture groups, no flags) matching one unit as written after a number:
 * optional multipliers then a known base unit (万套(间), 亿元, 个百分点), or a bare multiplier
 * (就业60万). Longest alternatives first, so it matches greedily.
 */
export const UNIT_PATTERN = `(?:(?:万亿|亿|万|千|百|十)*(?:${KNOWN_BASE_UNITS.map(escapeRegex).join('|')})|万亿|亿|万)`;

const MULTIPLIERS: Array<[string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['億', 1e8],
  ['万', 1e4],
  ['萬', 1e4],
  ['千', 1e3],
  ['百', 1e2],
  ['十', 10],
];

/** Units that a multiplier never scales in reports: rates, shares, ages. */
const UNSCALED_DIMENSIONS = new Set(['percent', 'permille', 'percentage_point', 'age']);

function cleanUnit(unit: string): string {
  return toHalfWidth(unit).replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/**
 * Splits a written unit into its multiplier and base unit. A unit that is itself known (千米,
 * 千瓦, 千瓦时, 百分点, 千分比) is not split; multipliers stack (百万吨 → 1e6 吨).
 *
 * @example splitUnit('万套(间)') // { multiplier: 10000, base: '套(间)' }
 * @example splitUnit('千米') // { multiplier: 1, base: '千米' }
 */
export function splitUnit(unit: string): { multiplier: number; base: string } {
  let rest = cleanUnit(unit);
  let multiplier = 1;
  while (!KNOWN.has(rest)) {
    const prefix = MULTIPLIERS.find(([p]) => rest.startsWith(p));
    // A bare multiplier (就业60万) scales a count whose unit went unwritten.
    if (!prefix || (rest.length === prefix[0].length && multiplier === 1 && rest === '十')) break;
    multiplier *= prefix[1];
    rest = rest.slice(prefix[0].length);
  }
  return { multiplier, base: rest };
}

/**
 * A quantity in its base unit, without floating-point noise.
 *
 * @example normalizeQuantity(4.6, '万人') // { value: 46000, unit: '人' }
 */
export function normalizeQuantity(value: number, unit: string): { value: number; unit: string } {
  const { multiplier, base } = splitUnit(unit);
  return { value: roundNoise(value * multiplier), unit: base };
}

/**
 * What a unit measures ('person', 'money', 'area', 'percent', 'permille', 'count:家', …), with or
 * without a multiplier; null for an unknown or empty unit.
 */
export function unitDimension(unit: string): string | null {
  const { base } = splitUnit(unit);
  if (base === '') return null;
  const measure = MEASURES[base];
  if (measure) return measure.dimension;
  return KNOWN.has(base) ? `count:${base}` : null;
}

/** Whether a multiplier prefix may be put in front of this unit when formatting (not for %, 岁). */
export function isScalableUnit(unit: string): boolean {
  const dimension = unitDimension(unit);
  return dimension === null ? !/[%‰]/.test(unit) : !UNSCALED_DIMENSIONS.has(dimension);
}

/**
 * Converts between units of one dimension (万人 → 人, 亿元 → 万元, 平方公里 → 亩); null when the
 * dimensions differ or either unit is unknown.
 *
 * @example convertUnit(1, '平方公里', '公顷') // 100
 */
export function convertUnit(value: number, from: string, to: string): number | null {
  const a = splitUnit(from);
  const b = splitUnit(to);
  const da = unitDimension(from);
  if (da === null || da !== unitDimension(to)) return null;
  const fa = MEASURES[a.base]?.factor ?? 1;
  const fb = MEASURES[b.base]?.factor ?? 1;
  return roundNoise((value * a.multiplier * fa) / (b.multiplier * fb));
}
