import { findCatalogEntry } from '../../domain/catalog/indicator-catalog.ts';
import type { Target } from '../../domain/target/target.types.ts';

/**
 * The indicator columns derived from its name and target: the catalog match gives the series'
 * code, kind and frequency; the target's own direction and unit win over the catalog's. One
 * place, so an imported, a hand-added and an edited indicator are assessed alike.
 */
export function indicatorColumns(name: string, target: Target) {
  const entry = findCatalogEntry(name);
  return {
    target_text: target.text,
    target_json: JSON.stringify(target),
    direction: target.direction ?? entry?.direction ?? null,
    code: entry?.code ?? null,
    unit: target.unit ?? entry?.unit ?? null,
    observation_kind: entry?.observationKind ?? null,
    frequency: entry?.frequency ?? null,
    flow: entry?.flow || target.kind === 'quantity' ? 1 : 0,
  };
}
