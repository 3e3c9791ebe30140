import { normalizeQuantity } from '../../domain/numbers/units.ts';
import { findQuantities } from './find-quantities.ts';
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

/**
 * Figures reported for an earlier year in the execution part: 地区生产总值增长5.4%, 城镇新增
 * 就业61.2万人. `defaultYear` is the year before the plan year; a sentence naming a year wins.
 */
export function findOutcomes(paragraph: Piece, defaultYear: number | null): FoundOutcome[] {
  const out: FoundOutcome[] = [];
  let year = defaultYear;
  for (const sentence of sentences(paragraph)) {
    const y = /(\d{4})年/.exec(sentence.text);
    if (y && defaultYear !== null && Number(y[1]) <= defaultYear) year = Number(y[1]);
    for (const clause of clauses(sentence)) {
      for (const q of findQuantities(clause.text, clause.start)) {
        const before = clause.text.slice(0, q.start - clause.start);
        const growth = GROWTH.test(before) && q.unit === '%';
        const name = tidyName(
          before
            .replace(/^\d{4}年/, '')
            .replace(LEADING, '')
            .replace(TRAILING, ''),
        );
        if (name.length < 2 || name.length > 30 || /\d/.test(name)) continue;
        const signed = growth && DOWN.test(before.slice(-4)) ? -q.value : q.value;
        out.push({
          name,
          year,
          text: clause.text.slice(0, q.end - clause.start),
          value: signed,
          unit: q.unit,
          kind: growth ? 'growth' : 'level',
          normalized: normalizeQuantity(signed, q.unit),
          start: clause.start,
          end: q.end,
        });
      }
    }
  }
  return out;
}
