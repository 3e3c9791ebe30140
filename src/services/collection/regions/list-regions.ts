import { notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { normalizeRegionCode } from './find-region.ts';

export interface RegionView {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

/**
 * The children of a region (GB/T 2260 code, 310000 or 31), or the provinces when no parent is
 * given; an unknown parent is a 404, not an empty list.
 */
export async function listRegions(store: Store, parent?: string): Promise<RegionView[]> {
  const code = parent === undefined ? null : normalizeRegionCode(parent);
  if (parent !== undefined) {
    const found = code
      ? await store.db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst()
      : undefined;
    if (!found) throw notFound('地区 (region)', parent);
  }
  let q = store.db.selectFrom('regions').select(['code', 'name', 'level', 'parent_code as parentCode']);
  q = code ? q.where('parent_code', '=', code) : q.where('parent_code', 'is', null);
  return q.orderBy('code').execute();
}
