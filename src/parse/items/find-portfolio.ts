import { normalizeQuantity } from '../../domain/numbers/units.ts';
import { findQuantities } from './find-quantities.ts';
import { clauses, type Piece } from './split-text.ts';

export interface FoundFact {
  kind: 'portfolio_fact';
  label: string;
  value: number;
  unit: string;
  normalized: { value: number; unit: string };
  start: number;
  end: number;
}

const COUNT_LABEL =
  /(正式项目|预备项目|储备项目|前期项目|续建项目|新开工项目|竣工项目|(?:重点|重大)(?:建设|工程)?项目|新开工|续建|建成|竣工|开工)$/;
const MONEY_LABEL = /((?:年度|全年)?(?:计划)?(?:完成)?投资(?:额|总额)?)$/;

/**
 * The portfolio of major projects in a sentence that states it (正式项目184项, 其中新开工16项,
 * …, 计划投资额2550亿元): counts in 项/个 and the planned investment in 元.
 */
export function findPortfolioFacts(sentence: Piece): FoundFact[] {
  // "续建项目260个，新开工项目180个": a portfolio stated without saying 重大/重点.
  const stated = /(?:重大|重点)(?:建设|工程)?项目|(?:续建|新开工|预备|储备|正式|竣工)项目\s*\d/;
  if (!stated.test(sentence.text)) return [];
  const out: FoundFact[] = [];
  for (const clause of clauses(sentence)) {
    for (const q of findQuantities(clause.text, clause.start)) {
      const before = clause.text.slice(0, q.start - clause.start).replace(/\s+$/, '');
      const isMoney = /元$/.test(q.unit);
      const label = isMoney
        ? MONEY_LABEL.exec(before)?.[1]
        : /^(?:项|个)$/.test(q.unit)
          ? COUNT_LABEL.exec(before)?.[1]
          : null;
      if (!label) continue;
      out.push({
        kind: 'portfolio_fact',
        label: label.replace(/^(?:年度|全年)/, ''),
        value: q.value,
        unit: q.unit,
        normalized: normalizeQuantity(q.value, q.unit),
        start: q.start - label.length,
        end: q.end,
      });
    }
  }
  return out;
}
