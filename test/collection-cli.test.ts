/**
 * The data-collection commands as a user runs them: every error of a rejected import is printed
 * (JSON on stdout with --json, a table on stderr otherwise) and the exit code is 1.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDepartments } from '../src/services/collection/departments/manage-departments.ts';
import { loadRegions } from '../src/services/collection/regions/load-regions.ts';
import { migrateToLatest, openDatabase } from '../src/store/open-database.ts';
import { addPlanItems, type BuiltPlan, buildCollectionPlan } from './support/collection-builders.ts';
import { cliRunner } from './support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'planwatch-collection-cli-'));

const DATABASE_URL = `sqlite:${join(dir, 'cli.db')}`;
const planwatch = cliRunner(DATABASE_URL);

let plan: BuiltPlan;
beforeAll(async () => {
  const store = openDatabase(DATABASE_URL);
  await migrateToLatest(store);
  await loadRegions(store);
  await seedDepartments(store);
  plan = await buildCollectionPlan(store, { regionCode: '310000' });
  await addPlanItems(store, plan.planId);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('planwatch collection commands', () => {
  it('division-import lists every bad row: JSON on stdout with --json, a table otherwise; exit 1', async () => {
    const file = join(dir, 'division.xlsx');
    expect((await planwatch('template', 'division', '--plan', String(plan.planId), '--out', file)).code).toBe(
      0,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    sheet.getCell('E2').value = '不存在局';
    sheet.getCell('G3').value = '2026-02-30';
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));

    const json = await planwatch(
      'template',
      'division-import',
      file,
      '--plan',
      String(plan.planId),
      '--json',
    );
    expect(json.code).toBe(1);
    const out = JSON.parse(json.stdout);
    expect(out).toMatchObject({ ok: false, total: 2 });
    expect(out.errors.map((e: { row: number; reasonCode: string }) => [e.row, e.reasonCode])).toEqual([
      [2, 'unknown_department'],
      [3, 'bad_date'],
    ]);
    const text = await planwatch('template', 'division-import', file, '--plan', String(plan.planId));
    expect(text.code).toBe(1);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('不存在局');
    expect(text.stderr).toContain('2026-02-30');
  });

  it('division refuses a format it cannot write instead of writing an xlsx', async () => {
    const out = join(dir, 'division.pdf');
    const r = await planwatch(
      'template',
      'division',
      '--plan',
      String(plan.planId),
      '--format',
      'pdf',
      '--out',
      out,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--format');
    const docx = join(dir, 'division.docx');
    expect(
      (
        await planwatch(
          'template',
          'division',
          '--plan',
          String(plan.planId),
          '--format',
          'docx',
          '--out',
          docx,
        )
      ).code,
    ).toBe(0);
    const back = await planwatch(
      'template',
      'division-import',
      docx,
      '--plan',
      String(plan.planId),
      '--json',
    );
    expect([back.code, JSON.parse(back.stdout).format]).toEqual([0, 'docx']);
  });

  it('template import prints every error of a bad template and exits 1', async () => {
    const file = join(dir, 'filled.xlsx');
    expect(
      (
        await planwatch(
          'template',
          'export',
          '--plan',
          String(plan.planId),
          '--period',
          '2026Q2',
          '--out',
          file,
        )
      ).code,
    ).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    sheet.getCell('E2').value = 'abc';
    sheet.getCell('E3').value = 'xyz';
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    const r = await planwatch('template', 'import', file, '--plan', String(plan.planId), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(2);
    expect(out.errors.map((e: { row: number }) => e.row)).toEqual([2, 3]);
  });

  it('observations import of a CSV with a stray quote in its header is a user error (exit 1), not a crash', async () => {
    const file = join(dir, 'badhdr.csv');
    writeFileSync(file, 'indic"ator,region,period,kind,value\n新增公园,310000,2026-01,ytd_value,1\n');
    const r = await planwatch('observations', 'import', file, '--plan', String(plan.planId), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).errors[0]).toMatchObject({ row: 1, reasonCode: 'unreadable' });
  });
});
