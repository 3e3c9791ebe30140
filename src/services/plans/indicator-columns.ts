import { readsAsAnnualFlow } from '../../domain/assess/infer-flow.ts';
import { findCatalogEntry } from '../../domain/catalog/indicator-catalog.ts';
import type { Target } from '../../domain/target/target.types.ts';

/**
 * The indicator columns derived from its name and target: the catalog match gives the series'
 * code, kind, frequency and whether it is a flow; the target's own direction and unit win over the
 * catalog's. One place, so an imported, a hand-added and an edited indicator are assessed alike.
 *
 * A quantity is a flow only when the catalog says so, or — for a name the catalog does not know —
 * when the name reads as a count done in the year (新增…, 完成…; see readsAsAnnualFlow). A stock
 * (每万人口…拥有量, 常住人口) is judged on its level: treating it as a flow would sum levels and find
 * no year-to-date amount. Unknown quantities also get the kind their reading implies, so users see
 * the default they can edit.
 */
export function indicatorColumns(name: string, target: Target) {
  const entry = findCatalogEntry(name);
  // 固定资产投资 2550亿元 · 社会消费品零售总额达到1.8万亿元: a series the catalog knows by its growth
  // rate, given an amount for the year, is judged on its year-to-date amount.
  const amountOfGrowthSeries = target.kind === 'quantity' && entry?.observationKind === 'ytd_growth';
  const flow = amountOfGrowthSeries || (entry ? entry.flow : readsAsAnnualFlow(name, target));
  const guessedKind = target.kind === 'quantity' ? (flow ? 'ytd_value' : 'level') : null;
  return {
    target_text: target.text,
    target_json: JSON.stringify(target),
    direction: target.direction ?? entry?.direction ?? null,
    code: entry?.code ?? null,
    unit: target.unit ?? entry?.unit ?? null,
    observation_kind: amountOfGrowthSeries ? 'ytd_value' : (entry?.observationKind ?? guessedKind),
    frequency: entry?.frequency ?? null,
    flow: flow ? 1 : 0,
  };
}
