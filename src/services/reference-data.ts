import type { Store } from '../store/open-database.ts';
import { loadRegions } from './collection/regions/load-regions.ts';

/**
 * Reference data every database needs (the GB/T 2260 region hierarchy), loaded once when absent.
 * Not sample data: commands that must never seed still get it.
 */
export async function ensureReferenceData(store: Store): Promise<void> {
  const any = await store.db.selectFrom('regions').select('code').limit(1).executeTakeFirst();
  if (!any) await loadRegions(store);
}
