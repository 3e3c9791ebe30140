import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Store } from '../../store/open-database.ts';
import { importPlan } from '../plans/import-plan.ts';
import { countPlans } from '../plans/list-plans.ts';

export const SAMPLE_PLAN_PATH = fileURLToPath(
  new URL('../../../examples/shanghai-2026-plan-report.txt', import.meta.url),
);

export interface SeedResult {
  seeded: boolean;
  planId: number | null;
}

/**
 * On an empty database only: imports the bundled sample report through the real parser, publishes
 * it, and adds the synthetic demo data (示例数据) so the app is alive on first start.
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
  await addDemoData(store, planId, asOf);
  return { seeded: true, planId };
}

async function addDemoData(store: Store, planId: number, asOf?: string): Promise<void> {
  // TODO(lead): import statically once data collection exports generateDemoData.
  const collection = (await import('../collection/index.ts')) as Record<string, unknown>;
  const generate = collection.generateDemoData as
    | ((s: Store, id: number, o: { asOf?: string }) => Promise<unknown>)
    | undefined;
  if (generate) await generate(store, planId, { asOf });
}
