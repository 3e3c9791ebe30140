import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordObservations } from '../../src/services/collection/observations/import-observations.ts';
import { migrateToLatest, openDatabase } from '../../src/store/open-database.ts';
import { buildCollectionPlan } from '../support/collection-builders.ts';
import { cliRunner } from '../support/run-cli.ts';

describe('planwatch alerts', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'planwatch-alerts-cli-'));
  const url = `sqlite:${join(dir, 'pw.db')}`;
  const cli = cliRunner(url);
  let planId: number;

  beforeAll(async () => {
    const store = openDatabase(url);
    await migrateToLatest(store);
    const plan = await buildCollectionPlan(store, {
      indicators: [
        {
          name: '地区生产总值增长',
          code: 'gdp',
          unit: '%',
          kind: 'ytd_growth',
          frequency: 'quarterly',
          target: { kind: 'growth', value: 5, unit: '%', normalized: { value: 5, unit: '%' } },
        },
      ],
    });
    planId = plan.planId;
    await recordObservations(
      store,
      [{ indicator: '地区生产总值增长', period: '2026Q2', kind: 'ytd_growth', value: 3 }],
      {
        planId,
      },
    );
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('evaluates, lists as JSON, acknowledges', async () => {
    const evaluated = await cli(
      'alerts',
      'evaluate',
      '--plan',
      String(planId),
      '--as-of',
      '2026-07-20',
      '--json',
    );
    expect(evaluated.code).toBe(0);
    expect(JSON.parse(evaluated.stdout)).toMatchObject({ planId, opened: 2 });

    const listed = await cli('alerts', '--plan', String(planId), '--json');
    const { alerts } = JSON.parse(listed.stdout);
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toMatchObject({
      rule: expect.any(String),
      severity: 'medium',
      state: 'open',
      item: { type: 'indicator', name: '地区生产总值增长' },
      openedAt: expect.any(String),
    });

    const ack = await cli('alerts', 'ack', String(alerts[0].id), '--by', '张三', '--note', '已督办');
    expect(ack.code).toBe(0);
    const table = await cli('alerts', '--plan', String(planId));
    expect(table.stdout).toContain('已确认');
    expect(table.stdout).toContain('待处理');
  });

  it('refuses an unknown plan', async () => {
    const missing = await cli('alerts', 'evaluate', '--plan', '999');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('999');
  });
});
