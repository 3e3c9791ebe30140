import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.ts';
import type { Store } from '../../store/open-database.ts';
import { generateDemoData } from '../collection/index.ts';
import { importPlan } from '../plans/import-plan.ts';
import { countPlans } from '../plans/list-plans.ts';

export const SAMPLE_PLAN_PATH = join(PACKAGE_ROOT, 'examples/shanghai-2026-plan-report.txt');

export interface SeedResult {
  seeded: boolean;
  planId: number | null;
}

/**
 * On an empty database only: imports the bundled sample report through the real parser, publishes
 * it, and adds the synthetic demo data (示例数据) so the app is alive on first start. If the demo
 * data fails, the plan is removed again, so the next start seeds afresh instead of finding a
 * half-seeded database "not empty".
 */
export async function seedSamplePlanIfEmpty(store: Store, asOf?: string): Promise<SeedResult> {
  if ((await countPlans(store)) > 0) return { seeded: false, planId: null };
  const bytes = readFileSync(SAMPLE_PLAN_PATH);
  const { planId } = await importPlan(store, {
    bytes,
    filename: 'shanghai-2026-plan-report.txt',
    publish: true,
    demo: true,
    by: 'planwatch (sample)',
  });
  try {
    await generateDemoData(store, planId, { asOf });
  } catch (error) {
    await store.db.deleteFrom('plans').where('id', '=', planId).execute();
    throw error;
  }
  return { seeded: true, planId };
}
