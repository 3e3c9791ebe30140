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
const MONEY_LABEL = /((?:年度|全年)?(?:计划)?(?:完成)?(?:总)?投资(?:额|总额)?)$/;
// How the amount is qualified (总投资约3.2万亿元 · 超过2000亿元): not part of the label.
const QUALIFIER = /(?:约|大约|近|超过|逾|达到|达)$/;

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
    // "续建项目960项、年度计划投资2800亿元": in one clause, the amount is that of the count before
    // it (after a comma — 其中新开工项目95个，年度计划投资5200亿元 — it is the whole portfolio's).
    let countLabel: string | null = null;
    for (const q of findQuantities(clause.text, clause.start)) {
      const before = clause.text.slice(0, q.start - clause.start).replace(/\s+$/, '');
      const isMoney = /元$/.test(q.unit);
      const unqualified = before.replace(QUALIFIER, '');
      const label = isMoney
        ? MONEY_LABEL.exec(unqualified)?.[1]
        : /^(?:项|个)$/.test(q.unit)
          ? COUNT_LABEL.exec(before)?.[1]
          : null;
      if (!label) continue;
      const written = label.replace(/^(?:年度|全年)/, '');
      const ofCount = isMoney && countLabel && /^(?:续建|新开工|竣工|预备|储备|前期)/.test(countLabel);
      if (!isMoney) countLabel = label;
      out.push({
        kind: 'portfolio_fact',
        label: ofCount ? `${countLabel}${written}` : written,
        value: q.value,
        unit: q.unit,
        normalized: normalizeQuantity(q.value, q.unit),
        start: q.start - (before.length - unqualified.length) - label.length,
        end: q.end,
      });
    }
  }
  return out;
}
