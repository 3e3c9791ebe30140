import type {
  AssignedValue,
  ManualJudgement,
  Observation,
  ObservationKind,
} from '../../domain/assess/index.ts';
import { KNOWN_SINCE, readLatestObservations } from '../../store/observations/read-latest.ts';
import type { Store } from '../../store/open-database.ts';
import { loadLiveItems } from '../plans/load-live-items.ts';

type ItemKind = 'indicator' | 'commitment' | 'project' | 'measure';

export interface LoadScope {
  /** YYYY-MM-DD: observations of periods ending later are not read. */
  asOf: string;
  /** One item: only the observations it can use are read (none for a non-indicator). */
  only?: { type: ItemKind; id: number };
}

/**
 * The indicators whose observations an assessment of `scope` reads: all, or the one asked and —
 * when its target is relative to another indicator — every other (which one is resolved later).
 */
function observedIndicators(
  indicators: Array<{ id: number; target_json: string }>,
  only: LoadScope['only'],
): number[] {
  const all = indicators.map((i) => i.id);
  if (!only) return all;
  if (only.type !== 'indicator') return [];
  const item = indicators.find((i) => i.id === only.id);
  if (!item) return [];
  return /"kind"\s*:\s*"relative"/.test(item.target_json) ? all : [item.id];
}

/**
 * Everything the engine needs for one plan, read in a handful of queries. Only what was recorded
 * by `knownAt` and confirmed by the plan office is loaded: drafts and returned reports never
 * feed an assessment; of observations only the latest revision known at `knownAt` of each
 * period ending by `asOf` (readLatestObservations).
 */
export async function loadAssessmentData(store: Store, planId: number, knownAt: string, scope: LoadScope) {
  const db = store.db;
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) return null;

  const [{ indicators, commitments, projects, measures, sections }, assignments, schedules, progress] =
    await Promise.all([
      loadLiveItems(store, planId),
      db
        .selectFrom('item_assignments')
        .innerJoin('departments', 'departments.id', 'item_assignments.department_id')
        .select([
          'item_assignments.item_type',
          'item_assignments.item_id',
          'item_assignments.role',
          'departments.name',
        ])
        .where('item_assignments.plan_id', '=', planId)
        .execute(),
      db
        .selectFrom('item_schedules')
        .select(['item_type', 'item_id', 'deadline'])
        .where('plan_id', '=', planId)
        .execute(),
      db
        .selectFrom('progress_reports')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('review_status', '=', 'confirmed')
        // A submission confirmed on 20 July was not known on 10 July, whenever it was sent.
        .where(KNOWN_SINCE, '<=', knownAt)
        .orderBy(KNOWN_SINCE)
        .orderBy('id')
        .execute(),
    ]);

  const indicatorIds = indicators.map((i) => i.id);
  const observations = new Map<number, Observation[]>();
  /** Per indicator, per other region (districts): their own series, never mixed into the plan's. */
  const regionObservations = new Map<number, Map<string, Observation[]>>();
  const regionNames = new Map<string, string>();
  const judgements = new Map<number, ManualJudgement[]>();
  const assignedValues = new Map<number, AssignedValue[]>();
  if (indicatorIds.length > 0) {
    const rows = await readLatestObservations(db, {
      indicatorIds: observedIndicators(indicators, scope.only),
      asOf: scope.asOf,
      knownAt,
    });
    for (const o of rows) {
      // The plan's own region makes its figures; a district's series is assessed on its own, for
      // the region roll-up only. Without a plan region every row is the plan's, as before.
      const own = !plan.region_code || o.region_code === plan.region_code;
      let list: Observation[];
      if (own) list = observations.get(o.indicator_id) ?? [];
      else {
        const byRegion = regionObservations.get(o.indicator_id) ?? new Map<string, Observation[]>();
        list = byRegion.get(o.region_code) ?? [];
        byRegion.set(o.region_code, list);
        regionObservations.set(o.indicator_id, byRegion);
      }
      list.push({
        period: o.period,
        kind: o.kind as ObservationKind,
        value: o.value,
        unit: o.unit,
        region: o.region_code,
        revision: o.revision,
        recordedAt: o.known_at,
        recordedBy: o.recorded_by,
        source: o.source,
        vintage: o.vintage,
      });
      if (own) observations.set(o.indicator_id, list);
    }
    const codes = [...new Set([...regionObservations.values()].flatMap((m) => [...m.keys()]))];
    if (codes.length > 0) {
      for (const r of await db
        .selectFrom('regions')
        .select(['code', 'name'])
        .where('code', 'in', codes)
        .execute())
        regionNames.set(r.code, r.name);
    }
    for (const j of await db
      .selectFrom('indicator_judgements')
      .selectAll()
      .where('indicator_id', 'in', indicatorIds)
      .execute()) {
      const list = judgements.get(j.indicator_id) ?? [];
      list.push({
        status: j.status as ManualJudgement['status'],
        note: j.note,
        by: j.recorded_by ?? '',
        at: j.recorded_at,
      });
      judgements.set(j.indicator_id, list);
    }
    for (const a of await db
      .selectFrom('indicator_assignments')
      .selectAll()
      .where('indicator_id', 'in', indicatorIds)
      .execute()) {
      const list = assignedValues.get(a.indicator_id) ?? [];
      list.push({ value: a.value, unit: a.unit, by: a.recorded_by ?? '', at: a.recorded_at });
      assignedValues.set(a.indicator_id, list);
    }
  }

  const key = (type: string, id: number) => `${type}:${id}`;
  const lead = new Map<string, string>();
  for (const a of assignments) {
    const k = key(a.item_type, a.item_id);
    if (a.role === 'lead' || !lead.has(k)) lead.set(k, a.name);
  }
  const deadlines = new Map<string, string | null>();
  for (const s of schedules) deadlines.set(key(s.item_type, s.item_id), s.deadline);
  const progressByItem = new Map<string, typeof progress>();
  for (const p of progress) {
    const k = key(p.item_type, p.item_id);
    const list = progressByItem.get(k) ?? [];
    list.push(p);
    progressByItem.set(k, list);
  }
  const sectionNumbers = new Map(sections.map((s) => [s.id, s.number]));

  return {
    plan,
    indicators,
    commitments,
    projects,
    measures,
    observations,
    regionObservations,
    regionNameOf: (code: string) => regionNames.get(code) ?? code,
    judgements,
    assignments: assignedValues,
    departmentOf: (type: ItemKind, id: number) => lead.get(key(type, id)) ?? null,
    deadlineOf: (type: ItemKind, id: number) => deadlines.get(key(type, id)) ?? null,
    progressOf: (type: ItemKind, id: number) => progressByItem.get(key(type, id)) ?? [],
    sectionNumberOf: (id: number | null) => (id == null ? null : (sectionNumbers.get(id) ?? null)),
  };
}
