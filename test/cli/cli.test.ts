import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliRunner } from '../support/run-cli.ts';

const SAMPLE = new URL('../../examples/shanghai-2026-plan-report.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'planwatch-cli-'));

const planwatch = cliRunner(`sqlite:${join(dir, 'cli.db')}`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test runs several planwatch processes (each parse starting a worker thread): slow on a busy machine.
describe('planwatch CLI', { timeout: 90_000 }, () => {
  it('lists its commands with descriptions and examples', async () => {
    const r = await planwatch('--help');
    expect(r.code).toBe(0);
    for (const cmd of ['serve', 'migrate', 'plans', 'parse', 'import', 'target', 'assess'])
      expect(r.stdout).toContain(cmd);
    expect(r.stdout).toContain('Examples:');
  });

  it('parse prints only the PlanDocument JSON and touches no database', async () => {
    const r = await planwatch('--database', `sqlite:${join(dir, 'never.db')}`, 'parse', SAMPLE);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.plan.year).toBe(2026);
    expect(doc.indicators).toHaveLength(18);
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(dir, 'never.db'))).toBe(false);
  });

  it('import --json prints {planId} and plans --json lists it; migrate never seeds', async () => {
    const m = await planwatch('migrate', '--json');
    expect(m.code).toBe(0);
    expect(JSON.parse(m.stdout).database).toBe('sqlite');
    expect(JSON.parse((await planwatch('plans', '--json')).stdout).plans).toEqual([]);

    const r = await planwatch('import', SAMPLE, '--publish', '--json');
    expect(r.code).toBe(0);
    const { planId } = JSON.parse(r.stdout);
    expect(planId).toBeGreaterThan(0);
    const plans = JSON.parse((await planwatch('plans', '--json')).stdout).plans;
    expect(plans[0]).toMatchObject({ id: planId, status: 'published', counts: { indicators: 18 } });

    const a = await planwatch('assess', '--plan', String(planId), '--as-of', '2026-06-30', '--json');
    expect(a.code).toBe(0);
    const assessment = JSON.parse(a.stdout);
    expect(assessment.asOf).toBe('2026-06-30');
    expect(assessment.items.length).toBeGreaterThan(18);
    const table = await planwatch('assess', '--plan', String(planId), '--as-of', '2026-06-30');
    expect(table.stdout).toContain('状态');
  });

  it('target prints the parsed expression', async () => {
    const r = await planwatch('target', '增长5%左右');
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'growth', comparator: 'approx', value: 5, unit: '%' });
  });

  it('fails with one line on stderr and a non-zero exit code', async () => {
    const missing = await planwatch('parse', join(dir, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nope.txt');

    const binary = join(dir, 'binary.bin');
    writeFileSync(binary, Buffer.from([0, 159, 146, 150, 0, 0, 255, 254, 0, 1, 2, 3]));
    const bad = await planwatch('import', binary, '--json');
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');

    const noPlan = await planwatch('assess', '--plan', '9999', '--as-of', '2026-06-30', '--json');
    expect(noPlan.code).toBe(1);
    expect(noPlan.stderr).toMatch(/9999/);

    const usage = await planwatch('assess');
    expect(usage.code).toBe(2);
  });
});
