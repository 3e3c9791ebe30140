import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../package-root.ts';
import type { Store } from '../../../store/open-database.ts';
import type { RegionsTable } from '../../../store/schema.ts';

/**
 * Placeholder "cities" of municipalities and directly administered counties: their counties hang
 * off the province itself, so 浦东新区's parent is 上海市 and district flows roll up to the city.
 */
const PSEUDO_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const pad6 = (code: string) => code.padEnd(6, '0');

/** The division table as bundled in reference/ (scripts/generate-regions.js writes it). */
interface DivisionFile {
  provinces: Array<[code: string, name: string]>;
  cities: Array<[code: string, name: string, provinceCode: string]>;
  areas: Array<[code: string, name: string, cityCode: string, provinceCode: string]>;
}

/** Every province, city and county of China (GB/T 2260, reference/gb2260-regions.json), parent first. */
export function readDivisions(): RegionsTable[] {
  const file = JSON.parse(
    readFileSync(join(PACKAGE_ROOT, 'reference/gb2260-regions.json'), 'utf8'),
  ) as DivisionFile;
  const provinces = file.provinces.map(([code, name]) => ({ code, name }));
  const cities = file.cities.map(([code, name, provinceCode]) => ({ code, name, provinceCode }));
  const areas = file.areas.map(([code, name, cityCode, provinceCode]) => ({
    code,
    name,
    cityCode,
    provinceCode,
  }));
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
