import type { CatalogEntry } from '../catalog/catalog.types.ts';
import { unitDimension } from '../numbers/units.ts';
import type { TargetKind } from './target.types.ts';
import { GROWTH_WORD } from './target-patterns.ts';

export interface KindClues {
  before: string;
  unit: string | null;
  isTo: boolean;
  decreasing: boolean;
  increasing: boolean;
  hasVerb: boolean;
  entry: CatalogEntry | null;
  writtenName: string;
  value: number;
  /** Written in brackets, 〔13.5〕: a five-year table's cumulative figure. */
  bracketed: boolean;
}

/**
 * What kind of target a single number is, from the words before it and its unit: 提高到 → a
 * level or quantity, 年均 → CAGR, 累计 → cumulative change, a bare ~100 → index, 增长/下降 with %
 * → growth, 提高0.2岁 → cumulative change, else a level (%, 岁) or a quantity (万人, 件). A table
 * cell may leave the verb in the name (地区生产总值年均增长(%) | 6).
 */
export function readKind(c: KindClues): TargetKind {
  const dimension = c.unit === null ? null : unitDimension(c.unit);
  const percent = c.unit === null || dimension === 'percent';
  if (c.isTo) return levelOrQuantity(c.unit);
  // 〔13.5〕 is a five-year change for a rate or a level; for a count it is the five-year total.
  if (c.bracketed) return levelOrQuantity(c.unit) === 'quantity' ? 'quantity' : 'cumulative_change';
  // 年均 in a name is a CAGR only before a change (年均增长); 细颗粒物年均浓度 is a level.
  if (/年均/.test(c.before) || (c.before === '' && YEARLY_CHANGE_NAME.test(c.writtenName))) return 'cagr';
  if (/累计/.test(c.before) || (c.before === '' && /累计/.test(c.writtenName))) return 'cumulative_change';
  const indexName = /指数/.test(c.writtenName) || (c.entry !== null && /指数/.test(c.entry.nameZh));
  if (
    c.unit === null &&
    !c.hasVerb &&
    (indexName || c.entry === null || c.entry.observationKind === 'ytd_growth')
  ) {
    if (c.value >= 80 && c.value <= 130) return 'index';
  }
  if ((c.increasing || c.decreasing) && !percent) return 'cumulative_change';
  if (dimension === 'percentage_point') return 'cumulative_change';
  if (GROWTH_WORD.test(c.before) || ((c.increasing || c.decreasing) && percent)) return 'growth';
  const nameSaysGrowth = /增长(?!率)|增速|增幅|涨幅/.test(c.writtenName);
  if (!c.hasVerb && percent && (nameSaysGrowth || c.entry?.observationKind === 'ytd_growth')) return 'growth';
  return levelOrQuantity(c.unit);
}

const YEARLY_CHANGE_NAME = /年均(?:增长|增速|增幅|提高|提升|下降|降低|减少|递减)/;

const LEVEL_DIMENSIONS = new Set([
  'percent',
  'permille',
  'percentage_point',
  'age',
  'duration',
  'concentration',
  'money_per_person',
]);

/** A level for rates, shares and ages; a quantity for counts and amounts. */
export function levelOrQuantity(unit: string | null): TargetKind {
  if (unit === null) return 'level';
  const dimension = unitDimension(unit);
  return dimension !== null && LEVEL_DIMENSIONS.has(dimension) ? 'level' : 'quantity';
}
