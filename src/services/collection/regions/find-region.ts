import type { Store } from '../../../store/open-database.ts';
import type { RegionsTable } from '../../../store/schema.ts';

export type Region = RegionsTable;

/** What a name may leave off: 上海 for 上海市, 浦东 for 浦东新区, 阿拉善 for 阿拉善盟. */
export const REGION_SUFFIXES = [
  '',
  '市',
  '省',
  '区',
  '县',
  '新区',
  '自治区',
  '特别行政区',
  '地区',
  '盟',
  '旗',
  '林区',
];

/** Peoples named in autonomous regions' names, longest spellings first. */
const PEOPLES = [
  '维吾尔族',
  '哈萨克族',
  '柯尔克孜族',
  '塔吉克族',
  '乌孜别克族',
  '达斡尔族',
  '鄂温克族',
  '鄂伦春族',
  '俄罗斯族',
  '塔塔尔族',
  '维吾尔',
  '哈萨克',
  '柯尔克孜',
  '塔吉克',
  '鄂伦春',
  '土家族',
  '布依族',
  '朝鲜族',
  '哈尼族',
  '傈僳族',
  '东乡族',
  '仡佬族',
  '拉祜族',
  '纳西族',
  '仫佬族',
  '锡伯族',
  '景颇族',
  '撒拉族',
  '布朗族',
  '毛南族',
  '普米族',
  '阿昌族',
  '基诺族',
  '德昂族',
  '保安族',
  '裕固族',
  '门巴族',
  '独龙族',
  '赫哲族',
  '高山族',
  '珞巴族',
  '蒙古族',
  '蒙古',
  '锡伯',
  '各族',
  '壮族',
  '回族',
  '满族',
  '苗族',
  '彝族',
  '藏族',
  '侗族',
  '瑶族',
  '白族',
  '黎族',
  '傣族',
  '畲族',
  '佤族',
  '水族',
  '羌族',
  '土族',
  '怒族',
  '京族',
].sort((a, b) => b.length - a.length);

/**
 * The short form people write for an autonomous region, prefecture, county or banner: 广西 for
 * 广西壮族自治区, 延边 for 延边朝鲜族自治州, 东乡 for 东乡族自治县; null for other names.
 */
export function shortRegionName(name: string): string | null {
  const m = /^(.+?)自治[区州县旗]$/.exec(name);
  if (!m) return null;
  let rest = m[1];
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const p of PEOPLES) {
      if (rest.endsWith(p) && rest.length - p.length >= 2) {
        rest = rest.slice(0, -p.length);
        stripped = true;
        break;
      }
    }
  }
  // A county named after its people (东乡族自治县, 鄂温克族自治旗): the place is the people's name.
  if (rest.endsWith('族') && rest.length >= 3) rest = rest.slice(0, -1);
  return rest.length >= 2 && rest !== name ? rest : null;
}

function clean(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * A city-level code of a placeholder city (3101 市辖区 of 上海, 5002 县 of 重庆): not a region of
 * its own; its counties hang off the province, which is what the code means.
 */
export function isPseudoCityCode(code: string): boolean {
  return /^\d{4}00$/.test(code) && !code.endsWith('0000');
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
    const byCode = async (c: string) =>
      (await store.db.selectFrom('regions').selectAll().where('code', '=', c).executeTakeFirst()) ?? null;
    const found = await byCode(code);
    if (found || !isPseudoCityCode(code)) return found;
    // 3101 (上海市市辖区): the districts hang off the municipality itself.
    const province = await byCode(`${code.slice(0, 2)}0000`);
    const child = await store.db
      .selectFrom('regions')
      .select('code')
      .where('code', 'like', `${code.slice(0, 4)}%`)
      .where('parent_code', '=', `${code.slice(0, 2)}0000`)
      .executeTakeFirst();
    return province && child ? province : null;
  }
  const name = clean(nameOrCode);
  if (!name) return null;
  const candidates = await store.db
    .selectFrom('regions')
    .selectAll()
    .where(
      'name',
      'in',
      REGION_SUFFIXES.map((s) => name + s),
    )
    .execute();
  if (name.length >= 2 && !/[%_\\]/.test(name)) {
    const autonomous = await store.db
      .selectFrom('regions')
      .selectAll()
      .where('name', 'like', `${name}%自治%`)
      .execute();
    for (const r of autonomous)
      if (shortRegionName(r.name) === name && !candidates.some((c) => c.code === r.code)) candidates.push(r);
  }
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
