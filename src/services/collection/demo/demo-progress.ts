import type { Insertable } from 'kysely';
import { addDays } from '../../../domain/period/calendar.ts';
import type { Store } from '../../../store/open-database.ts';
import type { ProgressReportsTable, ProjectMilestonesTable } from '../../../store/schema.ts';
import { closedPeriods } from '../progress/list-due-items.ts';
import { defaultSchedule } from '../progress/schedules.ts';
import { DEMO_BY, DEMO_SOURCE } from './demo-constants.ts';
import { pickHealth } from './demo-series.ts';
import { between, round } from './seeded-random.ts';

interface Context {
  year: number;
  asOf: string;
  random: () => number;
  now: string;
}

const DELAY_REASONS = [
  '前期审批手续办理时间较长',
  '征收补偿协商进展慢于预期',
  '资金到位滞后',
  '技术方案调整',
];
const REMEDIES = [
  '倒排工期、挂图作战，加强部门协同',
  '建立专班，每周调度',
  '调整资金计划，加快拨付',
  '优化方案，压缩审批时限',
];

/** Progress on measures, commitments and projects as departments would report it by `asOf`. */
export async function generateDemoProgress(
  store: Store,
  planId: number,
  ctx: Context,
): Promise<{ reports: number; milestones: number }> {
  const { random, asOf, year } = ctx;
  // Departments report per period they owe (quarterly by default): 1—3月, 1—6月, 1—9月 by 20
  // October, each cumulative. A few items skip their latest period, so the 督办 list has a
  // realistic handful of overdue items rather than none or nearly all.
  const periods = closedPeriods(defaultSchedule('measure', null).frequency, year, asOf).filter(
    (p) => p.end <= asOf && p.end.startsWith(String(year)),
  );
  const reports: Insertable<ProgressReportsTable>[] = [];
  const empty = {
    status: null,
    text: null,
    delay_reason: null,
    remedy: null,
    completed_quantity: null,
    stage: null,
    investment_planned: null,
    investment_completed: null,
    note: DEMO_SOURCE,
  };
  /** One report per owed period, cumulative to its end; `fill` gives the figures at a share of the year. */
  const reportEach = (
    item: { item_type: string; item_id: number },
    fill: (elapsed: number, last: boolean) => Partial<Insertable<ProgressReportsTable>>,
  ) => {
    const late = random() < 0.12;
    const owed = late ? periods.slice(0, -1) : periods;
    owed.forEach((p, k) => {
      const elapsed = Number(p.end.slice(5, 7)) / 12;
      // Sent about ten days after the period closed, as departments do.
      const sent = `${addDays(p.end, 10)}T08:00:00.000Z`;
      const at = sent < ctx.now ? sent : ctx.now;
      reports.push({
        plan_id: planId,
        period: p.key,
        review_status: 'confirmed',
        recorded_at: at,
        confirmed_at: at,
        recorded_by: DEMO_BY,
        department_id: null,
        submission_id: null,
        ...empty,
        ...item,
        ...fill(elapsed, k === owed.length - 1),
      });
    });
  };

  const measures = await store.db
    .selectFrom('measures')
    .select('id')
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .execute();
  for (const m of measures) {
    const h = pickHealth(random);
    const final = h === 'red' ? 'delayed' : h === 'yellow' && random() < 0.5 ? 'done' : 'in_progress';
    const i = Math.floor(random() * DELAY_REASONS.length);
    reportEach({ item_type: 'measure', item_id: m.id }, (_elapsed, last) => {
      const status = last ? final : final === 'delayed' ? 'delayed' : 'in_progress';
      return {
        status,
        text: status === 'done' ? '已按计划完成' : status === 'delayed' ? '进度慢于计划' : '按计划有序推进',
        delay_reason: status === 'delayed' ? DELAY_REASONS[i] : null,
        remedy: status === 'delayed' ? REMEDIES[i] : null,
      };
    });
  }

  const commitments = await store.db
    .selectFrom('commitments')
    .select(['id', 'normalized_value'])
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .execute();
  for (const c of commitments) {
    const h = pickHealth(random);
    const pace =
      h === 'green'
        ? between(random, 1, 1.15)
        : h === 'yellow'
          ? between(random, 0.86, 0.93)
          : between(random, 0.5, 0.75);
    reportEach({ item_type: 'commitment', item_id: c.id }, (elapsed) => {
      const done = Math.min(c.normalized_value, c.normalized_value * elapsed * pace);
      const quantity = c.normalized_value >= 20 ? Math.round(done) : round(done, 1);
      return {
        status: quantity >= c.normalized_value ? 'done' : h === 'red' ? 'delayed' : 'in_progress',
        completed_quantity: quantity,
        delay_reason: h === 'red' ? DELAY_REASONS[0] : null,
        remedy: h === 'red' ? REMEDIES[0] : null,
      };
    });
  }

  const projects = await store.db
    .selectFrom('projects')
    .select(['id', 'planned_stage'])
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .execute();
  const milestones: Insertable<ProjectMilestonesTable>[] = [];
  for (const p of projects) {
    const h = pickHealth(random);
    const planned = round(between(random, 3, 120), 1);
    const pace =
      h === 'green'
        ? between(random, 0.95, 1.1)
        : h === 'yellow'
          ? between(random, 0.8, 0.9)
          : between(random, 0.4, 0.7);
    const finish = random();
    let stage = 'not_started';
    reportEach({ item_type: 'project', item_id: p.id }, (elapsed) => {
      stage = projectStage(p.planned_stage, h, elapsed, finish);
      return {
        stage,
        status:
          h === 'red' ? 'delayed' : stage === 'completed' || stage === 'in_use' ? 'done' : 'in_progress',
        investment_planned: planned,
        investment_completed:
          stage === 'not_started' ? 0 : round(Math.min(planned, planned * elapsed * pace), 1),
        delay_reason: h === 'red' ? DELAY_REASONS[1] : null,
        remedy: h === 'red' ? REMEDIES[1] : null,
      };
    });
    const plan = [
      ['开工', `${year}-03-31`, stage !== 'not_started'],
      ['主体结构完成', `${year}-09-30`, stage === 'completed' || stage === 'in_use'],
      ['竣工验收', `${year}-12-31`, stage === 'in_use'],
    ] as const;
    plan.forEach(([name, date, reached], i) => {
      milestones.push({
        plan_id: planId,
        project_id: p.id,
        name,
        planned_date: date,
        actual_date: reached && date <= asOf ? date : null,
        note: DEMO_SOURCE,
        sort_order: i,
      });
    });
  }

  for (let i = 0; i < reports.length; i += 300)
    await store.db
      .insertInto('progress_reports')
      .values(reports.slice(i, i + 300))
      .execute();
  for (let i = 0; i < milestones.length; i += 300)
    await store.db
      .insertInto('project_milestones')
      .values(milestones.slice(i, i + 300))
      .execute();
  return { reports: reports.length, milestones: milestones.length };
}

function projectStage(planned: string, health: string, elapsed: number, finish: number): string {
  if (planned === 'reserve') return 'not_started';
  if (planned === 'start') return health === 'red' || elapsed < 0.25 ? 'not_started' : 'started';
  if (planned === 'complete')
    return health === 'green' && elapsed > 0.75
      ? finish < 0.5
        ? 'completed'
        : 'in_use'
      : 'under_construction';
  return health === 'red' ? 'started' : 'under_construction';
}
