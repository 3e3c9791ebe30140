import { normalizeIndicatorName } from '../../../domain/catalog/normalize-indicator-name.ts';
import { splitUnit } from '../../../domain/numbers/units.ts';
import { chinaDateOf } from '../../../domain/period/calendar.ts';
import { notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import type { IndicatorRow, PlanRow, RegionsTable } from '../../../store/schema.ts';
import {
  isPseudoCityCode,
  normalizeRegionCode,
  pickRegion,
  REGION_SUFFIXES,
  shortRegionName,
} from '../regions/find-region.ts';
import { loadRegions } from '../regions/load-regions.ts';

/** What validation needs to know about an indicator. */
export interface IndicatorInfo {
  id: number;
  name: string;
  code: string | null;
  /** The unit the indicator's target is written in (万人, 亿元, %): what a blank unit means. */
  writtenUnit: string | null;
  /** The unit values of this indicator are kept in (万人 → 人); null when it has no unit. */
  baseUnit: string | null;
  defaultKind: string | null;
  /** The annual target in the base unit, for the plausibility bound. */
  targetValue: number | null;
  /** Growth-rate targets (增长5%): their amounts (GDP in 亿元) carry their own unit. */
  growthTarget: boolean;
}

/** Everything in memory a streaming validation pass looks rows up in. */
export interface ImportContext {
  plan: PlanRow;
  defaultRegion: string | null;
  today: string;
  findIndicator(text: string): IndicatorInfo | null;
  findRegion(text: string): string | null;
}

const GROWTH_KINDS = new Set(['growth', 'index', 'relative', 'cagr', 'cumulative_change']);

/** Full-width, whitespace and HTML-tag insensitive (PM <sub>2.5</sub> = PM2.5). */
export function looseName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, '')
    .toUpperCase();
}

export function indicatorInfo(row: IndicatorRow): IndicatorInfo {
  let target: { kind?: string; unit?: string | null; normalized?: { value: number; unit: string } | null } =
    {};
  try {
    target = JSON.parse(row.target_json);
  } catch {
    // A hand-edited target that is not JSON only loses the plausibility bound.
  }
  const writtenUnit = row.unit || target.unit || target.normalized?.unit || null;
  const baseUnit = writtenUnit ? splitUnit(writtenUnit).base || null : null;
  const growthTarget =
    GROWTH_KINDS.has(target.kind ?? '') || (baseUnit === '%' && !row.flow && target.kind !== 'level');
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    writtenUnit,
    baseUnit,
    defaultKind: row.observation_kind,
    targetValue: target.normalized && !growthTarget ? Math.abs(target.normalized.value) : null,
    growthTarget,
  };
}

function uniqueIndex<T>(entries: Array<[string, T]>): Map<string, T | null> {
  const map = new Map<string, T | null>();
  for (const [k, v] of entries) {
    if (!k) continue;
    // null marks a name two indicators share: it matches neither.
    map.set(k, map.has(k) && map.get(k) !== v ? null : v);
  }
  return map;
}

export async function loadImportContext(
  store: Store,
  planId: number,
  now: Date = new Date(),
): Promise<ImportContext> {
  const plan = await store.db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('规划 (plan)', planId);
  const indicators = (
    await store.db
      .selectFrom('indicators')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('deleted_at', 'is', null)
      .orderBy('sort_order')
      .execute()
  ).map((row) => indicatorInfo(row));
  const byExact = uniqueIndex(indicators.map((i) => [i.name, i]));
  const byLoose = uniqueIndex(indicators.map((i) => [looseName(i.name), i]));
  const byNormalized = uniqueIndex(
    indicators.flatMap((i) => normalizeIndicatorName(i.name).map((n) => [n, i] as [string, IndicatorInfo])),
  );
  const byCode = uniqueIndex(indicators.map((i) => [(i.code ?? '').toUpperCase(), i]));

  let regions = await store.db.selectFrom('regions').selectAll().execute();
  // Reference data, not user data: a database that never ran the seed gets the hierarchy here.
  if (regions.length === 0 && (await loadRegions(store)) > 0)
    regions = await store.db.selectFrom('regions').selectAll().execute();
  const byCodeRegion = new Map(regions.map((r) => [r.code, r]));
  const byName = new Map<string, RegionsTable[]>();
  for (const r of regions) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  // 广西, 延边, 东乡: autonomous areas by the short form people write.
  const byShort = new Map<string, RegionsTable[]>();
  for (const r of regions) {
    const short = shortRegionName(r.name);
    if (short) byShort.set(short, [...(byShort.get(short) ?? []), r]);
  }
  const ancestors = (code: string): string[] => {
    const out: string[] = [];
    let p = byCodeRegion.get(code)?.parent_code ?? null;
    while (p) {
      out.push(p);
      p = byCodeRegion.get(p)?.parent_code ?? null;
    }
    return out;
  };

  const resolveRegion = (text: string): string | null => {
    const code = normalizeRegionCode(text);
    // Without a loaded hierarchy (loadRegions not run) a well-formed code is taken as written.
    if (code) {
      if (byCodeRegion.has(code) || regions.length === 0) return code;
      // 3101 (上海市市辖区): its districts hang off 310000, which is what the code means.
      const province = `${code.slice(0, 2)}0000`;
      const pseudo =
        isPseudoCityCode(code) &&
        byCodeRegion.has(province) &&
        regions.some((r) => r.parent_code === province && r.code.startsWith(code.slice(0, 4)));
      return pseudo ? province : null;
    }
    const name = text.normalize('NFKC').replace(/\s+/g, '');
    const candidates = [
      ...REGION_SUFFIXES.flatMap((s) => byName.get(name + s) ?? []),
      ...(byShort.get(name) ?? []),
    ].filter((c, i, all) => all.findIndex((x) => x.code === c.code) === i);
    const chains = new Map(candidates.map((c) => [c.code, ancestors(c.code)]));
    return pickRegion(candidates, name, defaultRegion, chains)?.code ?? null;
  };
  let defaultRegion: string | null = null;
  if (plan.region_code && byCodeRegion.has(plan.region_code)) defaultRegion = plan.region_code;
  else if (plan.region) defaultRegion = resolveRegion(plan.region);
  if (regions.length === 0 && plan.region_code) defaultRegion = plan.region_code;

  const regionCache = new Map<string, string | null>();
  const indicatorCache = new Map<string, IndicatorInfo | null>();
  return {
    plan,
    defaultRegion,
    today: chinaDateOf(now),
    findIndicator(text) {
      const cached = indicatorCache.get(text);
      if (cached !== undefined) return cached;
      let found =
        byExact.get(text) ?? byLoose.get(looseName(text)) ?? byCode.get(text.trim().toUpperCase()) ?? null;
      if (!found) {
        for (const form of normalizeIndicatorName(text)) {
          found = byNormalized.get(form) ?? null;
          if (found) break;
        }
      }
      if (indicatorCache.size < 10_000) indicatorCache.set(text, found);
      return found;
    },
    findRegion(text) {
      const cached = regionCache.get(text);
      if (cached !== undefined) return cached;
      const found = resolveRegion(text);
      if (regionCache.size < 10_000) regionCache.set(text, found);
      return found;
    },
  };
}
