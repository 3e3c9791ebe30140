import { parseNumber } from '../../domain/numbers/parse-number.ts';
import { KNOWN_BASE_UNITS } from '../../domain/numbers/units.ts';
import type { Comparator } from '../../domain/target/target.types.ts';

/** A number with a unit in running text, as written (60万人以上 → 60, 万人, gte). */
export interface Quantity {
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: Comparator;
  numberStart: number;
  numberEnd: number;
}

// Units that follow numbers which are not quantities: years, dates, durations, phases, ages.
const NOT_QUANTITY_UNITS = new Set([
  '年',
  '天',
  '日',
  '期',
  '岁',
  '度',
  '百分比',
  '千分比',
  '标准煤',
  '微克',
]);
// Computing power is counted in P (PFLOPS): 新增算力规模8000P.
const EXTRA_UNITS = ['标准箱', '标准集装箱', '万人次', 'PFLOPS', 'PFlops', 'EFLOPS', 'EFlops', 'P'];

const UNITS = [
  ...new Set([...KNOWN_BASE_UNITS.filter((u) => !NOT_QUANTITY_UNITS.has(u)), ...EXTRA_UNITS]),
].sort((a, b) => b.length - a.length);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A number not glued to Latin letters (G50, 6G, PM2.5 stay names) nor preceded by 第 (第48届)
// nor by × (2×100万千瓦 is the size of each of two units).
const QUANTITY = new RegExp(
  `(?<![A-Za-z0-9.第×*])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s?(多|余)?((?:万亿|亿|万|千|百)?(?:${UNITS.map(escapeRe).join('|')}))` +
    '(?![A-Za-z])(左右|以上|以内|以下)?',
  'g',
);

// 新增停车泊位三千个 · 新建保障性住房一千二百套 · 光伏装机五万千瓦 · 主营业务收入二百亿元: a
// number in Chinese numerals, a trailing 万/亿 read as part of the unit as with digits (五万千瓦
// → 5 万千瓦). The numeral is as short as the unit after it allows (一万五千亩 is 15000 亩).
const CHINESE_QUANTITY = new RegExp(
  `(?<![一二两三四五六七八九十百千万亿〇零第])([一二两三四五六七八九十][一二两三四五六七八九十百千万亿〇零]*?)(多|余)?((?:万亿|亿|万)?(?:${UNITS.map(escapeRe).join('|')}))` +
    '(?![A-Za-z])(左右|以上|以内|以下)?',
  'g',
);
// One character (一个, 三项) counts kinds (打造一个中心) unless it ends the item (改造老旧小区八个,
// 建成储能电站一座) or carries a multiplier (五万千瓦); 最多跑一次 is a slogan, not a count.
const ITEM_END = /^(?:$|[,，、;；。)）])/;
// Cheap test before the full scan: a numeral of two characters, or one before a unit.
const CHINESE_NUMERAL_HINT = new RegExp(
  `[一二两三四五六七八九十](?:[一二两三四五六七八九十百千万亿〇零]|(?:${UNITS.map(escapeRe).join('|')})(?:左右|以上|以内|以下)?(?:$|[,，、;；。)）]))`,
);

const GTE_BEFORE = /(?:不少于|不低于|超过|高于|至少|突破)\s*$/;
const LTE_BEFORE = /(?:不超过|不高于|低于|少于|控制在|以内)\s*$/;
// 近2万个 · 约300家: about that many.
const APPROX_BEFORE = /(?:约|大约|接近|将近|(?<!附)近)\s*$/;

/** Whether `text` may hold a quantity at all (a digit, or a Chinese numeral that could be one). */
export function mayHoldQuantity(text: string): boolean {
  return /\d/.test(text) || CHINESE_NUMERAL_HINT.test(text);
}

/** Every quantity in `text` (already half-width), offsets shifted by `offset`. */
export function findQuantities(text: string, offset = 0): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const value = Number(m[1].replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const unit = m[3];
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    // 2.0版, 19号线, 30年: the unit list already excludes these; 1个月 / 3个工作日 are durations.
    if (unit === '个' && /^(?:月|工作日|小时|季度|星期)/.test(after)) continue;
    out.push(quantityAt(text, m, offset, value, unit));
  }
  if (CHINESE_NUMERAL_HINT.test(text)) {
    for (const m of text.matchAll(CHINESE_QUANTITY)) {
      const value = parseNumber(m[1]);
      const unit = m[3];
      if (value === null || value <= 0) continue;
      const scaled = /^(?:万|亿)/.test(unit);
      const ends = ITEM_END.test(text.slice(m.index + m[0].length));
      if (m[1].length === 1 && !scaled && (!ends || /次$/.test(unit))) continue;
      out.push(quantityAt(text, m, offset, value, unit));
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * A matched quantity with its comparator: groups 1 (number), 2 (a 不少于-like word inside the
 * match), 4 (左右/以上/以内/以下), or the words just before it (不超过, 近).
 */
function quantityAt(
  text: string,
  m: RegExpMatchArray,
  offset: number,
  value: number,
  unit: string,
): Quantity {
  const index = m.index ?? 0;
  const suffix = m[4];
  const before = text.slice(Math.max(0, index - 6), index);
  let comparator: Comparator = 'eq';
  if (suffix === '左右') comparator = 'approx';
  else if (suffix === '以上' || m[2] !== undefined || GTE_BEFORE.test(before)) comparator = 'gte';
  else if (suffix === '以内' || suffix === '以下' || LTE_BEFORE.test(before)) comparator = 'lte';
  else if (APPROX_BEFORE.test(before)) comparator = 'approx';
  return {
    start: offset + index,
    end: offset + index + m[0].length,
    value,
    unit,
    comparator,
    numberStart: offset + index,
    numberEnd: offset + index + m[1].length,
  };
}
