import type { Store } from '../../../store/open-database.ts';
import type { RegionsTable } from '../../../store/schema.ts';

export type Region = RegionsTable;

const SUFFIXES = ['', '市', '省', '区', '县', '新区', '自治区', '特别行政区'];

function clean(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** A 2- or 4-digit prefix stands for the province or city it names (31 → 310000). */
export function normalizeRegionCode(input: string): string | null {
  const s = clean(input);
  if (/^\d{6}$/.test(s)) return s;
  if (/^\d{2}$|^\d{4}$/.test(s)) return s.padEnd(6, '0');
  if (/^\d{9}$|^\d{12}$/.test(s)) return s.slice(0, 6);
  return null;
}

/**
 * Finds a region by GB/T 2260 code or name (上海, 上海市, 浦东新区). Names shared by several
 * regions (朝阳区) resolve inside `within` when given, else only when unique; null otherwise.
 */
export async function findRegion(
  store: Store,
  nameOrCode: string,
  within?: string | null,
): Promise<Region | null> {
  const code = normalizeRegionCode(nameOrCode);
  if (code) {
    return (
      (await store.db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst()) ?? null
    );
  }
  const name = clean(nameOrCode);
  if (!name) return null;
  const candidates = await store.db
    .selectFrom('regions')
    .selectAll()
    .where(
      'name',
      'in',
      SUFFIXES.map((s) => name + s),
    )
    .execute();
  return pickRegion(candidates, name, within ?? null, await ancestry(store, candidates));
}

async function ancestry(store: Store, regions: Region[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const r of regions) {
    const chain: string[] = [];
    let parent = r.parent_code;
    while (parent) {
      chain.push(parent);
      const row = await store.db
        .selectFrom('regions')
        .select('parent_code')
        .where('code', '=', parent)
        .executeTakeFirst();
      parent = row?.parent_code ?? null;
    }
    out.set(r.code, chain);
  }
  return out;
}

/** Exact names win over suffixed ones; `within` narrows ties to one subtree. */
export function pickRegion(
  candidates: Region[],
  name: string,
  within: string | null,
  ancestors: Map<string, string[]>,
): Region | null {
  if (candidates.length === 0) return null;
  const exact = candidates.filter((c) => c.name === name);
  let pool = exact.length > 0 ? exact : candidates;
  if (pool.length > 1 && within) {
    const inside = pool.filter((c) => c.code === within || ancestors.get(c.code)?.includes(within));
    if (inside.length > 0) pool = inside;
  }
  return pool.length === 1 ? pool[0] : null;
}

/** The plan's own region: its code, else its name. */
export async function planRegion(
  store: Store,
  plan: { region: string | null; region_code: string | null },
): Promise<Region | null> {
  if (plan.region_code) return findRegion(store, plan.region_code);
  if (plan.region) return findRegion(store, plan.region);
  return null;
}
