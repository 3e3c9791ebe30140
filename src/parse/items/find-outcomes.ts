import { normalizeQuantity } from '../../domain/numbers/units.ts';
import { findQuantities, type Quantity } from './find-quantities.ts';
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
const LEADING = /^(?:全年|全市|全省|全区|全县|预计|初步统计|其中|实现|完成|累计|共|同时|另外|分别)+/;
const TRAILING =
  /(?:年均|累计|分别|完成|实现|同比|比上年|较上年|达到|达|为|超过|突破|增长|增速|增幅|涨幅|上涨|提高|提升|下降|降低|减少|回落|了)+$/;

// "城乡居民人均可支配收入分别增长4.5%和6.1%": 城乡 stands for the 城镇 and the 农村 series.
const RESPECTIVELY = /^(.+?)分别(.*)$/;

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
    const y = /(\d{4})年/.exec(sentence.text);
    if (y && defaultYear !== null && Number(y[1]) <= defaultYear) year = Number(y[1]);
    let lastName: string | null = null;
    for (const clause of clauses(sentence)) {
      const quantities = findQuantities(clause.text, clause.start);
      const paired = respectively(clause, quantities, year);
      if (paired) {
        out.push(...paired);
        lastName = null;
        continue;
      }
      let from = 0;
      for (const q of quantities) {
        const before = clause.text.slice(from, q.start - clause.start);
        from = q.end - clause.start;
        const growth = GROWTH.test(before) && q.unit === '%';
        let name = nameOf(before);
        if (name.length < 2 && lastName && (growth || LEVEL_VERB.test(before))) name = lastName;
        if (name.length < 2 || name.length > 30 || /\d/.test(name)) continue;
        lastName = name;
        out.push(outcome(name, year, clause, q, growth && DOWN.test(before.slice(-4)), growth));
      }
    }
  }
  return out;
}

// The verbs a level figure opens with when its name was given before (…，完成312.6亿元).
const LEVEL_VERB = /^[、,和及与并]*(?:完成|实现|达到|达|突破|超过|为)\s*$/;

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
function respectively(clause: Piece, quantities: Quantity[], year: number | null): FoundOutcome[] | null {
  const m = RESPECTIVELY.exec(clause.text);
  if (!m || quantities.length < 2) return null;
  let names = m[1]
    .split(/[、和及与]/)
    .map(nameOf)
    .filter((n) => n.length >= 2);
  if (names.length === 1 && /城乡/.test(names[0]))
    names = [names[0].replace('城乡', '城镇'), names[0].replace('城乡', '农村')];
  if (names.length !== quantities.length || names.some((n) => /\d/.test(n))) return null;
  const verb = clause.text.slice(m[1].length + 2, quantities[0].start - clause.start);
  const growth = GROWTH.test(verb) && quantities.every((q) => q.unit === '%');
  return names.map((name, i) =>
    outcome(name, year, clause, quantities[i], growth && DOWN.test(verb), growth),
  );
}
