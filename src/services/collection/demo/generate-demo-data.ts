import { getCatalogEntry } from '../../../domain/catalog/indicator-catalog.ts';
import { splitUnit } from '../../../domain/numbers/units.ts';
import { addDays, chinaDateOf } from '../../../domain/period/calendar.ts';
import { buildPeriod } from '../../../domain/period/parse-period.ts';
import { notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import type { IndicatorRow, NewObservation } from '../../../store/schema.ts';
import { seedDepartments } from '../departments/manage-departments.ts';
import { loadImportContext } from '../observations/import-context.ts';
import { loadRegions } from '../regions/load-regions.ts';
import { assignDemoDepartments } from './demo-assignments.ts';
import { DEMO_BY, DEMO_SOURCE } from './demo-constants.ts';
import { generateDemoProgress } from './demo-progress.ts';
import { type Health, periodsOf, pickHealth, type SeriesSpec, seriesValues } from './demo-series.ts';
import { seededRandom } from './seeded-random.ts';

export { DEMO_BY, DEMO_SOURCE };

export interface DemoOptions {
  /** YYYY-MM-DD; default today, clamped into the plan year. */
  asOf?: string;
  seed?: number;
}

export interface DemoResult {
  planId: number;
  asOf: string;
  /** True when the plan already had demo data: nothing was added. */
  skipped: boolean;
  observations: number;
  judgements: number;
  progressReports: number;
  assignments: number;
  milestones: number;
}

// Statistics are published about two weeks after a period closes.
const PUBLICATION_LAG_DAYS = 15;

function clampAsOf(asOf: string | undefined, year: number): string {
  const value = asOf ?? chinaDateOf(new Date());
  if (value < `${year}-01-01`) return `${year}-01-01`;
  if (value > `${year}-12-31`) return `${year}-12-31`;
  return value;
}

interface ParsedTarget {
  kind?: string;
  direction?: 'up' | 'down' | 'band' | null;
  normalized?: { value: number; unit: string } | null;
  impliedGrowth?: number | null;
}

/** The series an indicator gets, or null when it cannot have data (external, qualitative, no number). */
function seriesSpec(
  ind: IndicatorRow,
  target: ParsedTarget,
  health: Health,
): (SeriesSpec & { unit: string | null; frequency: string }) | null {
  if (!target.kind || ['external', 'qualitative', 'cumulative_change'].includes(target.kind)) return null;
  const entry = ind.code ? getCatalogEntry(ind.code) : null;
  const growthLike = ['growth', 'index', 'relative', 'cagr'].includes(target.kind);
  const kind =
    ind.observation_kind ??
    entry?.observationKind ??
    (growthLike ? 'ytd_growth' : ind.flow ? 'ytd_value' : 'level');
  const value =
    target.kind === 'index'
      ? (target.impliedGrowth ?? null)
      : target.kind === 'relative'
        ? 5
        : (target.normalized?.value ?? null);
  if (value === null) return null;
  if ((kind === 'ytd_value' || kind === 'period_value') && (growthLike || value <= 0)) return null;
  const unit =
    kind === 'ytd_growth' ? '%' : (target.normalized?.unit ?? (ind.unit ? splitUnit(ind.unit).base : null));
  const frequency =
    ind.frequency ??
    entry?.frequency ??
    (kind === 'ytd_growth' ? 'quarterly' : kind === 'level' ? 'yearly' : 'monthly');
  const direction = (ind.direction ??
    target.direction ??
    entry?.direction ??
    'up') as SeriesSpec['direction'];
  return { kind, target: value, direction, percent: unit === '%', health, unit, frequency };
}

/**
 * Adds a clearly labelled synthetic dataset to a plan (示例数据): four years of history with
 * seasonality, the plan year up to `asOf`, judgements for some qualitative targets, department
 * assignments, and progress on measures, commitments and projects — mostly green, some yellow, a
 * few red. Deterministic for a seed; a plan that already has demo data is left as it is.
 */
export async function generateDemoData(
  store: Store,
  planId: number,
  options: DemoOptions = {},
): Promise<DemoResult> {
  const plan = await store.db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('规划 (plan)', planId);
  const year =
    plan.year ?? plan.period_start ?? Number((options.asOf ?? new Date().toISOString()).slice(0, 4));
  const asOf = clampAsOf(options.asOf, year);
  const result: DemoResult = {
    planId,
    asOf,
    skipped: false,
    observations: 0,
    judgements: 0,
    progressReports: 0,
    assignments: 0,
    milestones: 0,
  };

  const existing = await store.db
    .selectFrom('observations as o')
    .innerJoin('indicators as i', 'i.id', 'o.indicator_id')
    .select('o.id')
    .where('i.plan_id', '=', planId)
    .where('o.source', '=', DEMO_SOURCE)
    .limit(1)
    .executeTakeFirst();
  if (existing) return { ...result, skipped: true };

  const regionCount = await store.db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  if (Number(regionCount?.n ?? 0) === 0) await loadRegions(store);
  await seedDepartments(store);
  const ctx = await loadImportContext(store, planId);
  const region = ctx.defaultRegion ?? plan.region_code ?? '100000';
  const random = seededRandom(options.seed ?? 20260101);
  const now = new Date().toISOString();
  const indicators = await store.db
    .selectFrom('indicators')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .orderBy('sort_order')
    .execute();

  const rows: NewObservation[] = [];
  const judgements: Array<{
    indicator_id: number;
    status: string;
    note: string;
    recorded_at: string;
    recorded_by: string;
  }> = [];
  for (const ind of indicators) {
    let target: ParsedTarget = {};
    try {
      target = JSON.parse(ind.target_json) as ParsedTarget;
    } catch {
      continue;
    }
    const health = pickHealth(random);
    if (target.kind === 'qualitative') {
      if (random() < 0.6)
        judgements.push({
          indicator_id: ind.id,
          status: health === 'green' ? 'on_track' : 'at_risk',
          note: `${health === 'green' ? '总体向好' : '部分指标承压'}（${DEMO_SOURCE}）`,
          recorded_at: `${asOf}T00:00:00.000Z` < now ? `${asOf}T00:00:00.000Z` : now,
          recorded_by: DEMO_BY,
        });
      continue;
    }
    const spec = seriesSpec(ind, target, health);
    if (!spec) continue;
    const janFeb = Boolean(ind.code && getCatalogEntry(ind.code)?.janFebCombined);
    for (let y = year - 4; y <= year; y++) {
      const planYear = y === year;
      // Yearly shares are also published for 上半年: the plan year has a figure before it closes.
      const periods =
        planYear && spec.frequency === 'yearly'
          ? [buildPeriod(y, 'half', 1)!, ...periodsOf(y, spec.frequency, janFeb)]
          : periodsOf(y, spec.frequency, janFeb);
      const values = seriesValues(spec, periods, y - (year - 4), planYear, random);
      periods.forEach((p, i) => {
        const published = addDays(p.end, PUBLICATION_LAG_DAYS);
        if (planYear && published > asOf) return;
        const recordedAt = `${published}T02:00:00.000Z` < now ? `${published}T02:00:00.000Z` : now;
        rows.push({
          indicator_id: ind.id,
          region_code: region,
          period: p.key,
          period_end: p.end,
          kind: spec.kind,
          value: values[i],
          unit: spec.unit,
          revision: 1,
          vintage: null,
          price_basis: spec.kind === 'ytd_growth' ? 'comparable' : null,
          source: DEMO_SOURCE,
          note: null,
          status: 'confirmed',
          recorded_at: recordedAt,
          confirmed_at: recordedAt,
          recorded_by: DEMO_BY,
          import_id: null,
        });
      });
    }
  }

  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('observations')
        .values(rows.slice(i, i + 500))
        .execute();
    if (judgements.length) await trx.insertInto('indicator_judgements').values(judgements).execute();
    await trx
      .updateTable('plans')
      .set({ demo: 1, region_code: plan.region_code ?? ctx.defaultRegion })
      .where('id', '=', planId)
      .execute();
  });
  result.observations = rows.length;
  result.judgements = judgements.length;
  result.assignments = await assignDemoDepartments(store, planId);
  const progress = await generateDemoProgress(store, planId, { year, asOf, random, now });
  result.progressReports = progress.reports;
  result.milestones = progress.milestones;
  return result;
}
