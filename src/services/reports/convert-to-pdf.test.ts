/**
 * The PDF is the DOCX converted by LibreOffice; its pages are rendered with pdftoppm, as a person
 * checking the report would look at them. Without LibreOffice the test is skipped with the reason —
 * except in CI, which installs it (.ci/run).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../reports/build-report-model.ts';
import { renderDocx } from '../../reports/render-docx.ts';
import type { ReportInput } from '../../reports/report.types.ts';
import { convertDocxToPdf } from './convert-to-pdf.ts';

const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const installed = has('soffice') && has('pdftoppm');
if (!installed && !process.env.CI) {
  console.warn(
    'convert-to-pdf.test: skipped — soffice/pdftoppm absent (apt-get install libreoffice-writer-nogui poppler-utils)',
  );
}

const INPUT: ReportInput = {
  plan: {
    id: 1,
    title: '示例',
    region: '浙江省',
    year: 2026,
    kind: 'annual',
    periodStart: null,
    periodEnd: null,
    demo: false,
  },
  assessment: {
    planId: 1,
    asOf: '2026-09-30',
    knownAt: '2026-10-20T00:00:00.000Z',
    summary: {
      total: 0,
      byStatus: {
        achieved: 0,
        on_track: 0,
        at_risk: 0,
        off_track: 0,
        pending: 0,
        no_data: 0,
        basically_achieved: 0,
        missed: 0,
      },
      byColor: { green: 0, yellow: 0, red: 0, grey: 0 },
      bindingAtRisk: 0,
      groups: {},
    },
    items: [],
  },
  sections: [],
  portfolio: [],
  notes: [],
  overdue: [],
  synthetic: false,
};

describe.skipIf(!installed && !process.env.CI)('the PDF report', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('converts the DOCX and renders its A4 pages', { timeout: 180_000 }, async () => {
    const model = buildReportModel(INPUT, { lang: 'zh', now: new Date('2026-10-21T02:00:00Z') });
    const pdf = await convertDocxToPdf(await renderDocx(model));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    dir = mkdtempSync(join(tmpdir(), 'planwatch-pdf-test-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const info = execFileSync('pdfinfo', [join(dir, 'r.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    execFileSync('pdftoppm', ['-r', '40', '-png', join(dir, 'r.pdf'), join(dir, 'page')]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(1);
    const text = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    expect(text.replace(/\s/g, '')).toContain('关于浙江省2026年国民经济和社会发展计划');
    expect(text).toContain('前三季度');
  });
});

it('names the Debian package when LibreOffice is missing', async () => {
  const saved = process.env.PLANWATCH_SOFFICE;
  process.env.PLANWATCH_SOFFICE = '/nonexistent/soffice';
  try {
    await expect(convertDocxToPdf(Buffer.from('x'))).rejects.toMatchObject({
      code: 'DEPENDENCY_MISSING',
      message: expect.stringContaining('libreoffice-writer-nogui'),
    });
  } finally {
    if (saved === undefined) delete process.env.PLANWATCH_SOFFICE;
    else process.env.PLANWATCH_SOFFICE = saved;
  }
});
