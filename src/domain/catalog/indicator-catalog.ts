import type { CatalogEntry } from './catalog.types.ts';
import { CATALOG_ENTRIES } from './catalog-entries.ts';
import { normalizeIndicatorName } from './normalize-indicator-name.ts';

export type { CatalogEntry, ObservationKind } from './catalog.types.ts';
export { CATALOG_ENTRIES };

// Words around a known name that do not change which indicator it is (城镇新增就业人数,
// 居民消费价格涨幅, 地区生产总值增长).
const FILLER =
  /增长率|增长|增速|增幅|涨幅|总量|总额|人数|数量|规模|水平|年均|累计|目标|全年|比上年|同比|降低|下降|提高|指数|%|‰/g;

interface IndexedAlias {
  alias: string;
  entry: CatalogEntry;
}

let index: IndexedAlias[] | null = null;

function aliasIndex(): IndexedAlias[] {
  if (index) return index;
  const built: IndexedAlias[] = [];
  for (const entry of CATALOG_ENTRIES) {
    for (const written of [entry.nameZh, ...entry.aliases]) {
      for (const alias of normalizeIndicatorName(written)) built.push({ alias, entry });
    }
  }
  // Longest first: the most specific alias wins when several are contained in a name.
  index = built.sort((a, b) => b.alias.length - a.alias.length);
  return index;
}

/**
 * Finds the built-in catalog entry for an indicator name as a report writes it, whatever the
 * region: by exact alias, then by an alias plus words that do not change the indicator
 * (全省地区生产总值增长 → gdp), then by keyword groups (研发…比重 → rd_intensity). Full-width,
 * traditional characters, HTML tags and parenthesised notes are ignored. null when unknown.
 *
 * @example findCatalogEntry('城镇登记失业率')?.direction // 'down'
 */
export function findCatalogEntry(name: string): CatalogEntry | null {
  const known = FOUND.get(name);
  if (known !== undefined) return known;
  const entry = lookUp(name);
  // A report names a few hundred indicators, a batch of reports a few thousand: keep it bounded.
  if (FOUND.size >= 10_000) FOUND.clear();
  FOUND.set(name, entry);
  return entry;
}

// Entries are constants, so a name's entry can be remembered (the search scans every alias).
const FOUND = new Map<string, CatalogEntry | null>();

function lookUp(name: string): CatalogEntry | null {
  const forms = normalizeIndicatorName(name);
  if (forms.length === 0) return null;
  const aliases = aliasIndex();
  for (const form of forms) {
    const exact = aliases.find((a) => a.alias === form);
    if (exact) return exact.entry;
  }
  for (const form of forms) {
    const padded = aliases.find(
      (a) => form.includes(a.alias) && form.replace(a.alias, '').replace(FILLER, '') === '',
    );
    if (padded) return padded.entry;
  }
  for (const form of forms) {
    const byKeywords = CATALOG_ENTRIES.find((entry) =>
      entry.keywords?.every((group) => group.some((word) => form.includes(word.toUpperCase()))),
    );
    if (byKeywords) return byKeywords;
  }
  return null;
}

/** The catalog entry with this code, or null. */
export function getCatalogEntry(code: string): CatalogEntry | null {
  return CATALOG_ENTRIES.find((entry) => entry.code === code) ?? null;
}
