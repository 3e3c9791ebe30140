import type { CatalogEntry } from './catalog.types.ts';
import { ECONOMY_ENTRIES } from './catalog-entries-economy.ts';
import { ENVIRONMENT_ENTRIES } from './catalog-entries-environment.ts';
import { SOCIETY_ENTRIES } from './catalog-entries-society.ts';

/**
 * The built-in catalog. Order matters only for keyword fallback, within each family: the more
 * specific entries (shares and intensities that mention 生产总值, reductions before emissions)
 * come first.
 */
export const CATALOG_ENTRIES: readonly CatalogEntry[] = [
  ...ECONOMY_ENTRIES,
  ...ENVIRONMENT_ENTRIES,
  ...SOCIETY_ENTRIES,
];
