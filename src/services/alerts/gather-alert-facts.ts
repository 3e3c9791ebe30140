import type { AlertFacts, AssessedFact, OverdueFact, RevisionFact } from '../../domain/alerts/index.ts';
import type { Store } from '../../store/open-database.ts';
import { assessPlan } from '../assessment/assess-plan.ts';
import type { AssessedItem } from '../assessment/assessment.types.ts';
import { listDueItems } from '../collection/progress/list-due-items.ts';

/** How long a large revision of a value stays an alert (days after it was recorded). */
const REVISION_WINDOW_DAYS = 30;

/**
 * Reads the assessment of a plan's projections' wording: the engine states a likely miss only as
 * its report sentence (完成难度较大), so that is what is read here until it carries a flag.
 */
function likelyMissed(item: AssessedItem): boolean {
  return item.projection ? /难度较大|难以完成|可能无法/.test(item.projection.sentence) : false;
}

function toAssessedFact(item: AssessedItem): AssessedFact {
  const comparison = item.explanation.comparison ?? {};
  const isStage = item.type === 'project' && item.actual?.kind === 'stage';
  return {
    type: item.type,
    id: item.id,
    name: item.name,
    attribute: item.attribute,
    department: item.department,
    status: item.status,
    target: item.target,
    expected: item.expected ? { value: item.expected.value, unit: item.expected.unit } : null,
    actual: isStage ? null : item.actual,
    stage: isStage
      ? {
          reached: typeof comparison.reportedStage === 'string' ? comparison.reportedStage : null,
          planned: item.target,
        }
      : null,
    projection: item.projection ? { ...item.projection, likelyMissed: likelyMissed(item) } : null,
  };
}

/**
 * Everything the alert rules read of one plan at one date: the assessment, the 督办 list's
 * escalated items, passed milestones, recent large revisions and submissions waiting for review.
 */
export async function gatherAlertFacts(
  store: Store,
  planId: number,
  asOf: string,
  now: string,
): Promise<{ facts: AlertFacts; assessed: AssessedItem[] }> {
  const assessment = await assessPlan(store, planId, { asOf, knownAt: now });
  const departmentOf = new Map(assessment.items.map((i) => [`${i.type}:${i.id}`, i.department]));
  const nameOf = new Map(assessment.items.map((i) => [`${i.type}:${i.id}`, i.name]));

  const overdue: OverdueFact[] = [];
  for (const list of await listDueItems(store, { planId, asOf, onlyOutstanding: true })) {
    for (const item of list.items) {
      if (item.state !== 'escalated') continue;
      overdue.push({
        type: item.itemType as OverdueFact['type'],
        id: item.itemId,
        name: nameOf.get(`${item.itemType}:${item.itemId}`) ?? item.label,
        department: list.departmentName,
        periods: item.unreportedPeriods,
        escalateAfter: item.escalateAfter,
      });
    }
  }

  // A milestone counts as missed while its date has passed and no actual date is recorded.
  const milestoneRows = await store.db
    .selectFrom('project_milestones as m')
    .innerJoin('projects as p', 'p.id', 'm.project_id')
    .select(['m.id', 'm.project_id', 'm.name', 'm.planned_date', 'p.name as project_name'])
    .where('m.plan_id', '=', planId)
    .where('m.actual_date', 'is', null)
    .where('m.planned_date', 'is not', null)
    .where('m.planned_date', '<', asOf)
    .execute();
  const milestones = milestoneRows.map((m) => ({
    projectId: m.project_id,
    projectName: m.project_name,
    department: departmentOf.get(`project:${m.project_id}`) ?? null,
    milestoneId: m.id,
    milestone: m.name,
    plannedDate: m.planned_date!,
  }));

  const since = new Date(Date.parse(now) - REVISION_WINDOW_DAYS * 86_400_000).toISOString();
  const revised = await store.db
    .selectFrom('observations as o')
    .innerJoin('indicators as i', 'i.id', 'o.indicator_id')
    .select([
      'o.indicator_id',
      'o.region_code',
      'o.period',
      'o.kind',
      'o.revision',
      'o.value',
      'o.unit',
      'i.name',
    ])
    .where('i.plan_id', '=', planId)
    .where('o.revision', '>', 1)
    .where('o.status', '=', 'confirmed')
    .where('o.recorded_at', '>=', since)
    .where('o.recorded_at', '<=', now)
    .execute();
  const revisions: RevisionFact[] = [];
  for (const r of revised) {
    const previous = await store.db
      .selectFrom('observations')
      .select('value')
      .where('indicator_id', '=', r.indicator_id)
      .where('region_code', '=', r.region_code)
      .where('period', '=', r.period)
      .where('kind', '=', r.kind)
      .where('revision', '<', r.revision)
      .orderBy('revision', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!previous) continue;
    revisions.push({
      indicatorId: r.indicator_id,
      indicatorName: r.name,
      department: departmentOf.get(`indicator:${r.indicator_id}`) ?? null,
      period: r.period,
      revision: r.revision,
      previous: previous.value,
      current: r.value,
      unit: r.unit,
    });
  }

  const pending = await store.db
    .selectFrom('submissions as s')
    .leftJoin('departments as d', 'd.id', 's.department_id')
    .select(['s.id', 's.period', 's.submitted_at', 'd.name as department'])
    .where('s.plan_id', '=', planId)
    .where('s.status', '=', 'submitted')
    .where('s.submitted_at', 'is not', null)
    .execute();

  return {
    assessed: assessment.items,
    facts: {
      asOf,
      assessed: assessment.items.map(toAssessedFact),
      overdue,
      milestones,
      revisions,
      pendingSubmissions: pending.map((s) => ({
        submissionId: s.id,
        department: s.department,
        period: s.period,
        submittedAt: s.submitted_at!,
      })),
    },
  };
}
