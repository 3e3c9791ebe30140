/**
 * Builders for data-collection tests: a plan with a few indicators inserted directly, so these
 * tests depend on neither the document parser nor the catalog.
 */
import type { ObservationKind } from '../../src/domain/assess/assess.types.ts';
import type { Store } from '../../src/store/open-database.ts';
import type { IndicatorFrequency } from '../../src/store/schema.ts';

export interface IndicatorSpec {
  name: string;
  code?: string | null;
  unit?: string | null;
  kind?: ObservationKind;
  frequency?: IndicatorFrequency;
  flow?: boolean;
  target?: {
    kind: string;
    value: number | null;
    unit: string | null;
    normalized?: { value: number; unit: string } | null;
  };
}

export const SAMPLE_INDICATORS: IndicatorSpec[] = [
  {
    name: '地区生产总值增长',
    code: 'gdp',
    unit: '%',
    kind: 'ytd_growth',
    frequency: 'quarterly',
    target: { kind: 'growth', value: 5, unit: '%', normalized: { value: 5, unit: '%' } },
  },
  {
    name: '城镇新增就业岗位',
    code: 'new_urban_jobs',
    unit: '万人',
    kind: 'ytd_value',
    frequency: 'monthly',
    flow: true,
    target: { kind: 'quantity', value: 60, unit: '万人', normalized: { value: 600000, unit: '人' } },
  },
  {
    name: '城镇调查失业率',
    code: 'urban_unemployment_rate',
    unit: '%',
    kind: 'level',
    frequency: 'monthly',
    target: { kind: 'level', value: 5, unit: '%', normalized: { value: 5, unit: '%' } },
  },
  {
    name: '细颗粒物(PM<sub>2.5</sub>)平均浓度',
    code: 'pm25',
    unit: '微克每立方米',
    kind: 'level',
    frequency: 'monthly',
    target: {
      kind: 'level',
      value: 30,
      unit: '微克每立方米',
      normalized: { value: 30, unit: '微克每立方米' },
    },
  },
  {
    name: '新增公园',
    code: null,
    unit: '座',
    kind: 'ytd_value',
    frequency: 'quarterly',
    flow: true,
    target: { kind: 'quantity', value: 100, unit: '座', normalized: { value: 100, unit: '座' } },
  },
];

export interface BuiltPlan {
  planId: number;
  indicators: Record<string, number>;
}

export async function buildCollectionPlan(
  store: Store,
  options: { region?: string; regionCode?: string | null; year?: number; indicators?: IndicatorSpec[] } = {},
): Promise<BuiltPlan> {
  const now = new Date().toISOString();
  const plan = await store.db
    .insertInto('plans')
    .values({
      title: `测试计划 ${Math.random().toString(36).slice(2, 8)}`,
      region: options.region ?? '上海市',
      region_code: options.regionCode ?? null,
      year: options.year ?? 2026,
      kind: 'annual',
      status: 'published',
      demo: 0,
      source_text: '',
      source_encoding: 'utf-8',
      document_json: '{}',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const indicators: Record<string, number> = {};
  let order = 0;
  for (const spec of options.indicators ?? SAMPLE_INDICATORS) {
    const target = spec.target ?? { kind: 'qualitative', value: null, unit: null, normalized: null };
    const row = await store.db
      .insertInto('indicators')
      .values({
        plan_id: plan.id,
        key: `i${order}`,
        name: spec.name,
        attribute: 'expected',
        period: String(options.year ?? 2026),
        target_text: String(target.value ?? ''),
        target_json: JSON.stringify({ text: '', comparator: 'gte', ...target }),
        code: spec.code ?? null,
        unit: spec.unit ?? null,
        observation_kind: spec.kind ?? null,
        frequency: spec.frequency ?? null,
        flow: spec.flow ? 1 : 0,
        sort_order: order++,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    indicators[spec.name] = row.id;
  }
  return { planId: plan.id, indicators };
}

/** A snapshot of everything an import could touch, to prove a rejected import changed nothing. */
export async function snapshotCollection(store: Store): Promise<string> {
  const observations = await store.db.selectFrom('observations').selectAll().orderBy('id').execute();
  const imports = await store.db.selectFrom('imports').selectAll().orderBy('id').execute();
  return JSON.stringify({ observations, imports });
}

/** One section with a measure, a commitment and a project, for progress tests. */
export async function addPlanItems(
  store: Store,
  planId: number,
): Promise<{ measureId: number; commitmentId: number; projectId: number }> {
  const section = await store.db
    .insertInto('sections')
    .values({ plan_id: planId, key: 's1', number: 1, title: '(一)生态环境' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const measure = await store.db
    .insertInto('measures')
    .values({
      plan_id: planId,
      section_id: section.id,
      key: 'm1',
      text: '加快建设城市公园和口袋公园，新增绿道200公里',
      sort_order: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const commitment = await store.db
    .insertInto('commitments')
    .values({
      plan_id: planId,
      key: 'c1',
      text: '新增公园100座',
      subject: '新增公园',
      value: 100,
      unit: '座',
      comparator: 'eq',
      normalized_value: 100,
      normalized_unit: '座',
      sort_order: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const project = await store.db
    .insertInto('projects')
    .values({ plan_id: planId, key: 'p1', name: '轨道交通19号线', planned_stage: 'construct', sort_order: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { measureId: measure.id, commitmentId: commitment.id, projectId: project.id };
}
