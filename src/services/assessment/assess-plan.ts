import {
  type AssessedEntry,
  type Assessment,
  assessCommitment,
  assessIndicator,
  assessMeasure,
  assessProject,
  type IndicatorItem,
  type ObservationKind,
  summarizeAssessments,
  type Thresholds,
} from '../../domain/assess/index.ts';
import { findCatalogEntry } from '../../domain/catalog/indicator-catalog.ts';
import type { PlanDocument } from '../../domain/plan-document.types.ts';
import type { Target } from '../../domain/target/target.types.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import type { Store } from '../../store/open-database.ts';
import { parseJsonColumn } from '../plans/plan-presenters.ts';
import { isoDate, normalizeInstant } from '../validation.ts';
import type { AssessedItem, PlanAssessment } from './assessment.types.ts';
import { loadAssessmentData } from './load-assessment-data.ts';

export interface AssessPlanOptions {
  /** YYYY-MM-DD; periods ending after it do not count. */
  asOf: string;
  /**
   * ISO datetime with offset, or a date (the end of that day, China Standard Time); revisions
   * recorded after it do not count. Default: now.
   */
  knownAt?: string;
  /** Restrict to one item. */
  only?: { type: AssessedItem['type']; id: number };
  /** Restrict to one kind of item (the summary counts only those). */
  type?: AssessedItem['type'];
}

/**
 * The instant revisions are counted up to, as UTC ISO text (stored timestamps are, and text
 * comparison must not lie). A date alone (2026-07-20) means what a plan office means by it: all
 * that was known by the end of that day in China Standard Time, 23:59:59.999+08:00 — whatever the
 * server's zone. Absent: now.
 *
 * @example resolveKnownAt('2026-07-20') // '2026-07-20T15:59:59.999Z'
 */
export function resolveKnownAt(value: string | undefined, now: Date = new Date()): string {
  if (!value) return now.toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (!isoDate.safeParse(value).success) {
      throw new AppError(
        'VALIDATION_FAILED',
        `knownAt 不是有效日期 (knownAt is not a calendar date): ${value}`,
      );
    }
    return normalizeInstant(`${value}T23:59:59.999+08:00`);
  }
  return normalizeInstant(value);
}

/**
 * Assesses every live item of a plan as of a date: indicators against their targets and pace,
 * commitments, projects and measures against their confirmed progress; plus roll-ups.
 */
export async function assessPlan(
  store: Store,
  planId: number,
  options: AssessPlanOptions,
): Promise<PlanAssessment> {
  const asOfCheck = isoDate.safeParse(options.asOf);
  if (!asOfCheck.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      `asOf 必须是有效日期 YYYY-MM-DD (asOf must be a date): ${options.asOf}`,
    );
  }
  const knownAt = resolveKnownAt(options.knownAt);
  const data = await loadAssessmentData(store, planId, knownAt, { asOf: options.asOf, only: options.only });
  if (!data) throw notFound('规划 (plan)', planId);
  const { plan } = data;
  const planYear = plan.year ?? Number(options.asOf.slice(0, 4));
  const planThresholds = parseJsonColumn<Partial<Thresholds>>(plan.thresholds_json);
  const document = parseJsonColumn<PlanDocument>(plan.document_json);
  const asOf = options.asOf;
  const wanted = (type: AssessedItem['type'], id: number) =>
    (!options.type || options.type === type) &&
    (!options.only || (options.only.type === type && options.only.id === id));

  const items: AssessedItem[] = [];
  const entries: AssessedEntry[] = [];
  const push = (
    base: Omit<AssessedItem, keyof Assessment>,
    assessment: Assessment,
    region: string | null = plan.region,
  ) => {
    items.push({ ...base, ...assessment });
    entries.push({
      assessment,
      type: base.type,
      attribute: base.attribute,
      category: base.category,
      section: base.section,
      department: base.department,
      region,
    });
  };

  const indicatorByCode = new Map<string, number>();
  for (const ind of data.indicators) if (ind.code) indicatorByCode.set(ind.code, ind.id);
  const outcomeFor = new Map<string, { value: number; year: number | null }>();
  for (const o of document?.outcomes ?? []) {
    if (o.indicator && o.kind === 'level') outcomeFor.set(o.indicator, { value: o.value, year: o.year });
  }

  const referenceIdOf = (ind: (typeof data.indicators)[number], target: Target | null) => {
    if (target?.kind !== 'relative' || !target.reference) return undefined;
    const refCode = findCatalogEntry(target.reference)?.code;
    return (
      (refCode ? indicatorByCode.get(refCode) : undefined) ??
      data.indicators.find((i) => i.id !== ind.id && i.name.includes(target.reference!))?.id ??
      null
    );
  };
  const itemOf = (ind: (typeof data.indicators)[number], target: Target | null): IndicatorItem => {
    const years = /^(\d{4})\D+(\d{4})$/.exec(ind.period);
    return {
      id: ind.id,
      name: ind.name,
      attribute: ind.attribute as 'expected' | 'binding',
      target,
      direction: ind.direction as Target['direction'],
      observationKind: (ind.observation_kind as ObservationKind | null) ?? null,
      flow: ind.flow === 1,
      unit: ind.unit,
      planYear,
      periodStart: years ? Number(years[1]) : null,
      periodEnd: years ? Number(years[2]) : null,
      baseline: null,
      thresholds: parseJsonColumn<Partial<Thresholds>>(ind.thresholds_json),
    };
  };
  /** Districts (and other sub-regions) with their own series: counted in the region roll-up only. */
  const regionEntries: AssessedEntry[] = [];

  for (const ind of data.indicators) {
    if (!wanted('indicator', ind.id)) continue;
    const target = parseJsonColumn<Target>(ind.target_json);
    const refId = referenceIdOf(ind, target);
    const outcome = outcomeFor.get(ind.key);
    const base = {
      type: 'indicator' as const,
      id: ind.id,
      name: ind.name,
      attribute: ind.attribute as 'expected' | 'binding',
      category: ind.category,
      section: null,
      department: data.departmentOf('indicator', ind.id),
      target: ind.target_text,
    };
    const assessment = assessIndicator({
      item: {
        ...itemOf(ind, target),
        baseline: outcome
          ? { value: outcome.value, period: outcome.year ? String(outcome.year) : undefined }
          : null,
      },
      observations: data.observations.get(ind.id) ?? [],
      referenceObservations:
        refId === undefined ? undefined : refId ? (data.observations.get(refId) ?? []) : [],
      judgements: data.judgements.get(ind.id) ?? [],
      assignedValues: data.assignments.get(ind.id) ?? [],
      asOf,
      knownAt,
      thresholds: planThresholds,
    });
    push(base, assessment);
    // A judgement or an assigned number is the plan's, and the plan's outcomes are its own
    // baselines: a district is judged only on its own series against a numeric target.
    if (target?.kind === 'qualitative' || target?.kind === 'external') continue;
    for (const [code, observations] of data.regionObservations.get(ind.id) ?? []) {
      const district = assessIndicator({
        item: { ...itemOf(ind, target), region: code },
        observations,
        referenceObservations:
          refId === undefined
            ? undefined
            : refId
              ? (data.regionObservations.get(refId)?.get(code) ?? [])
              : [],
        asOf,
        knownAt,
        thresholds: planThresholds,
      });
      regionEntries.push({ assessment: district, ...base, region: data.regionNameOf(code) });
    }
  }

  for (const c of data.commitments) {
    if (!wanted('commitment', c.id)) continue;
    const assessment = assessCommitment({
      item: {
        id: c.id,
        name: c.text,
        value: c.normalized_value,
        unit: c.normalized_unit,
        comparator: c.comparator as Target['comparator'],
        direction: c.comparator === 'lte' ? 'down' : 'up',
        planYear,
        thresholds: null,
      },
      progress: data.progressOf('commitment', c.id).flatMap((p) =>
        p.completed_quantity == null
          ? []
          : [
              {
                completed: p.completed_quantity,
                at: p.confirmed_at ?? p.recorded_at,
                period: p.period,
                by: p.recorded_by,
                note: p.note,
              },
            ],
      ),
      asOf,
      knownAt,
      thresholds: planThresholds,
    });
    push(
      {
        type: 'commitment',
        id: c.id,
        name: c.text,
        attribute: null,
        category: null,
        section: c.section_number,
        department: data.departmentOf('commitment', c.id),
        target: `${c.value}${c.unit}`,
      },
      assessment,
    );
  }

  for (const p of data.projects) {
    if (!wanted('project', p.id)) continue;
    // The year's planned investment is reported with progress (in 亿元); the latest report wins.
    const planned = data
      .progressOf('project', p.id)
      .map((r) => r.investment_planned)
      .filter((v): v is number => v != null)
      .at(-1);
    const assessment = assessProject({
      item: {
        id: p.id,
        name: p.name,
        plannedStage: p.planned_stage as 'complete' | 'construct' | 'start' | 'reserve',
        plannedInvestment: planned ?? null,
        investmentUnit: planned == null ? null : '亿元',
        planYear,
      },
      progress: data.progressOf('project', p.id).flatMap((r) =>
        r.stage == null
          ? []
          : [
              {
                stage: r.stage as 'not_started' | 'started' | 'under_construction' | 'completed' | 'in_use',
                investmentYtd: r.investment_completed,
                at: r.confirmed_at ?? r.recorded_at,
                by: r.recorded_by,
                note: r.note,
              },
            ],
      ),
      asOf,
      knownAt,
      thresholds: planThresholds,
    });
    push(
      {
        type: 'project',
        id: p.id,
        name: p.name,
        attribute: null,
        category: null,
        section: p.section_number,
        department: data.departmentOf('project', p.id),
        target: p.planned_stage,
      },
      assessment,
    );
  }

  for (const m of data.measures) {
    if (!wanted('measure', m.id)) continue;
    const assessment = assessMeasure({
      item: { id: m.id, name: m.text, deadline: data.deadlineOf('measure', m.id) },
      progress: data.progressOf('measure', m.id).flatMap((r) =>
        r.status == null
          ? []
          : [
              {
                status: r.status as 'in_progress' | 'done' | 'delayed',
                at: r.confirmed_at ?? r.recorded_at,
                note: r.note,
                by: r.recorded_by,
              },
            ],
      ),
      asOf,
      knownAt,
    });
    push(
      {
        type: 'measure',
        id: m.id,
        name: m.text,
        attribute: null,
        category: null,
        section: data.sectionNumberOf(m.section_id),
        department: data.departmentOf('measure', m.id),
        target: null,
      },
      assessment,
    );
  }

  const summary = summarizeAssessments(entries, ['type', 'category', 'section', 'department', 'region']);
  // The region roll-up adds each district's own assessment of the indicators it reports; totals,
  // binding counts and the other groupings stay the plan's own items.
  if (regionEntries.length > 0) {
    summary.groups.region = summarizeAssessments([...entries, ...regionEntries], 'region').groups.region;
  }
  return { planId, asOf, knownAt, summary, items };
}
