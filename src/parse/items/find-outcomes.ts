import { normalizeQuantity } from '../../domain/numbers/units.ts';
import { findQuantities, type Quantity } from './find-quantities.ts';
import { respectiveNames } from './respective-names.ts';
import { clauses, type Piece, sentences, tidyName } from './split-text.ts';

export interface FoundOutcome {
  name: string;
  year: number | null;
  text: string;
  value: number;
  unit: string;
  kind: 'growth' | 'level';
  normalized: { value: number; unit: string };
  start: number;
  end: number;
}

const GROWTH = /(?:同比|比上年|较上年)?(?:增长|增速|增幅|涨幅|上涨|提高|提升|下降|降低|减少|回落)(?:了)?$/;
const DOWN = /下降|降低|减少|回落/;
const LEADING =
  /^(?:全年|全市|全省|全区|全县|预计|初步统计|其中|实现|完成|累计|共|同时|另外|分别|连续|统筹推进|实施|安排|同口径|按可比价格计算|按可比价计算|可比价)+/;
const TRAILING =
  /(?:年均|累计|分别|完成|实现|同比|比上年|较上年|达到|达|为|超过|突破|跨越|迈上|站上|增加|增长|增速|增幅|涨幅|上涨|提高|提升|下降|降低|减少|回落|降至|降到|控制在|保持在|稳定在|保持|到|至|了)+$/;
// Not a figure of an indicator: a comparison (高于全国0.5个百分点) or how much of the year's
// target was done (完成年度目标的107.5%).
// A duration (连续五年稳定在…) says how long, not what.
const NOT_A_NAME =
  /^(?:高于|低于|快于|慢于|好于|比上年|较上年|比全国)|(?:年度|全年)?(?:目标|计划|任务)的?$|^[一二三四五六七八九十\d]+年$/;
// A name that only says which measure of the thing named before it (…2100家，总数达到1.6万家 ·
// …增加值6400亿元，占地区生产总值比重提高到28.9%).
const ATTRIBUTE_OF_PREVIOUS = /^(?:占.{2,12}(?:比重|比例)|总数|总量|总额|总规模|规模|占比)$/;
// A sentence about several years (过去五年…), where a 累计 figure is not the year's.
const SEVERAL_YEARS =
  /过去五年|五年来|十[一二三四五]五.{0,2}(?:时期|期间|以来)|\d{4}\s*[-—至到]\s*\d{4}\s*年/;

// "城乡居民人均可支配收入分别增长4.5%和6.1%": 城乡 stands for the 城镇 and the 农村 series.
const RESPECTIVELY = /^(.*?)分别(.*)$/;

/**
 * Figures reported for an earlier year in the execution part: 地区生产总值增长5.4%, 城镇新增
 * 就业61.2万人. `defaultYear` is the year before the plan year; a sentence naming a year wins.
 * A figure without a name of its own (…达到1000亿元、增长5.7% · …突破9万亿元，增长5.6%) is of
 * the indicator named just before it in the sentence.
 */
export function findOutcomes(paragraph: Piece, defaultYear: number | null): FoundOutcome[] {
  const out: FoundOutcome[] = [];
  let year = defaultYear;
  for (const sentence of sentences(paragraph)) {
    const y = sentenceYear(sentence.text);
    if (y !== null && defaultYear !== null && y <= defaultYear) year = y;
    const severalYears = SEVERAL_YEARS.test(sentence.text);
    let lastName: string | null = null;
    // The distinct names of the sentence's figures so far, for a later nameless 分别 clause.
    const named: string[] = [];
    const remember = (name: string) => {
      if (named[named.length - 1] !== name) named.push(name);
    };
    for (const clause of clauses(sentence)) {
      const quantities = findQuantities(clause.text, clause.start);
      // 年均增长5.6% (and 累计… in a sentence about the five years) is no single year's figure.
      const clauseYear = /年均/.test(clause.text) || (severalYears && /累计/.test(clause.text)) ? null : year;
      const paired = respectively(clause, quantities, clauseYear, named);
      if (paired) {
        out.push(...paired);
        for (const p of paired) remember(p.name);
        lastName = null;
        continue;
      }
      let from = 0;
      for (const q of quantities) {
        const written = clause.text.slice(from, q.start - clause.start);
        from = q.end - clause.start;
        // "由2020年的3753亿元增加到2025年的5400亿元": the year written before the figure is its
        // year; the figure after 由/从 is the base the change starts from, not an outcome.
        const dated = YEAR_BEFORE.exec(written);
        const before = dated ? written.slice(0, dated.index) : written;
        const figureYear =
          dated && clauseYear !== null && defaultYear !== null && Number(dated[1]) <= defaultYear
            ? Number(dated[1])
            : clauseYear;
        if (BASE_BEFORE.test(before)) {
          const base = nameOf(before.replace(BASE_BEFORE, ''));
          if (base.length >= 2 && !hasFigure(base)) lastName = base;
          continue;
        }
        const growth = GROWTH.test(before) && q.unit === '%';
        let name = nameOf(before);
        if (name.length < 2 && lastName && (growth || LEVEL_VERB.test(before))) name = lastName;
        else if (lastName && ATTRIBUTE_OF_PREVIOUS.test(name))
          name = /^占/.test(name)
            ? lastName + name
            : lastName.replace(/^(?:新增|新认定|新培育|新引进)/, '') + name;
        if (name.length < 2 || name.length > 30 || hasFigure(name) || NOT_A_NAME.test(name)) continue;
        lastName = name;
        remember(name);
        out.push(outcome(name, figureYear, clause, q, growth && DOWN.test(before.slice(-4)), growth));
      }
    }
  }
  return out;
}

/** Digits in a name other than those of a code (PM2.5, 5G, G60): a figure, not a name. */
function hasFigure(name: string): boolean {
  return /\d/.test(name.replace(/[A-Za-z]+\d+(?:\.\d+)?|\d+[A-Za-z]+/g, ''));
}

// The verbs a level figure opens with when its name was given before (…，完成312.6亿元 ·
// 由1009家增加到2850家).
const LEVEL_VERB =
  /^[、,和及与并]*(?:完成|实现|达到|达|突破|超过|为|(?:增加|增长|提高|提升|扩大|下降|降低|减少)(?:到|至))\s*$/;
// A year just before the figure (2025年的5400亿元 · 2025年末): the figure's own year.
const YEAR_BEFORE = /(\d{4})\s*年(?:底|末)?的?\s*$/;
// 由…/从… before a figure: the base of a change.
const BASE_BEFORE = /(?:由|从)\s*$/;

/**
 * The year a sentence reports on: the last year it writes that is not a base (由2020年的… ·
 * 比2020年…), so "由2020年的3753亿元增加到2025年的5400亿元" is of 2025.
 */
function sentenceYear(text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(/(\d{4})\s*年/g)) {
    if (/(?:由|从|比|较|与|同)\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    year = Number(m[1]);
  }
  return year;
}

function nameOf(before: string): string {
  return tidyName(
    before
      .replace(/^[、,和及与并]+/, '')
      .replace(/^\d{4}年/, '')
      .replace(LEADING, '')
      .replace(TRAILING, ''),
  );
}

function outcome(
  name: string,
  year: number | null,
  clause: Piece,
  q: Quantity,
  down: boolean,
  growth: boolean,
): FoundOutcome {
  const signed = down ? -q.value : q.value;
  return {
    name,
    year,
    text: clause.text.slice(0, q.end - clause.start),
    value: signed,
    unit: q.unit,
    kind: growth ? 'growth' : 'level',
    normalized: normalizeQuantity(signed, q.unit),
    start: clause.start,
    end: q.end,
  };
}

/** "A、B分别增长5%和6%" · "城乡居民…分别增长4.5%和6.1%": one outcome per name, in order. */
function respectively(
  clause: Piece,
  quantities: Quantity[],
  year: number | null,
  earlier: string[],
): FoundOutcome[] | null {
  const m = RESPECTIVELY.exec(clause.text);
  if (!m || quantities.length < 2) return null;
  let names = respectiveNames(
    m[1]
      .split(/[、和及与]/)
      .map(nameOf)
      .filter((n) => n.length >= 2),
  );
  // "…达到5200万人次，货邮吞吐量45万吨，分别增长6.5%和8.2%": the names stated before.
  if (names.length === 0 && /^[、,，和及与并]*$/.test(m[1])) names = earlier.slice(-quantities.length);
  if (names.length !== quantities.length || names.some((n) => /\d/.test(n))) return null;
  const verb = clause.text.slice(m[1].length + 2, quantities[0].start - clause.start);
  const growth = GROWTH.test(verb) && quantities.every((q) => q.unit === '%');
  return names.map((name, i) =>
    outcome(name, year, clause, quantities[i], growth && DOWN.test(verb), growth),
  );
}
