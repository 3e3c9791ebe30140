/**
 * The execution report of the sample plan on the first-half dataset, read back in every format:
 * the Markdown against a snapshot (the same file for SQLite and PostgreSQL), the DOCX unzipped,
 * the XLSX parsed with exceljs.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { readZipText } from '../../../test/support/read-zip.ts';
import { importObservations } from '../collection/index.ts';
import { loadRegions } from '../collection/regions/load-regions.ts';
import { importPlan } from '../plans/import-plan.ts';
import { generateReport } from './generate-report.ts';

const SAMPLE = readFileSync(new URL('../../../examples/shanghai-2026-plan-report.txt', import.meta.url));
const H1 = new URL('../../../examples/h1-2026-observations.csv', import.meta.url).pathname;
const NOW = new Date('2026-07-25T02:00:00Z');
// Data known now (the import just happened); the clock fixed, so the same inputs give the same bytes.
const OPTIONS = { asOf: '2026-06-30', now: NOW } as const;

describeEachDatabase('the execution report of the sample plan', (t) => {
  let planId: number;
  const report = (format: 'md' | 'html' | 'docx' | 'xlsx', lang: 'zh' | 'en' = 'zh') =>
    generateReport(t.store, planId, { ...OPTIONS, format, lang });

  beforeAll(async () => {
    await loadRegions(t.store);
    ({ planId } = await importPlan(t.store, { bytes: SAMPLE, filename: 'sample.txt', publish: true }));
    await importObservations(
      t.store,
      { path: H1, filename: 'h1-2026-observations.csv' },
      { planId, by: 'test' },
    );
  });

  it('writes the Markdown the snapshot holds, byte for byte on every database', async () => {
    const md = (await report('md')).bytes.toString('utf8');
    await expect(md).toMatchFileSnapshot('./__snapshots__/sample-h1-report.md');
  });

  it('writes real report sentences from the assessment', async () => {
    const { bytes, filename, contentType, model } = await report('md');
    const md = bytes.toString('utf8');
    expect(model.title).toBe('关于上海市2026年国民经济和社会发展计划上半年执行情况的报告');
    expect(filename).toBe('上海市2026年上半年计划执行情况报告.md');
    expect(contentType).toMatch(/^text\/markdown/);
    expect(md).toContain('上半年，全市经济社会发展主要指标');
    expect(md).toContain('全市生产总值增长5%，与全年目标持平');
    expect(md).toContain('地方一般公共预算收入增长1.9%，低于全年目标0.1个百分点');
    expect(md).toMatch(/城镇新增就业人数31\.2万人，完成全年目标的52%，高于序时进度[\d.]+个百分点/);
    expect(md).toContain('新增供应保障性租赁住房1.8万套(间)，完成全年目标的36%，低于序时进度14个百分点');
    // The synthetic dataset is said so before anything else.
    expect(model.coverNote).toContain('示例数据');
    expect(md.indexOf('示例数据')).toBeLessThan(md.indexOf('一、'));
    // Problems ranked: the clearly lagging indicator comes first.
    const problems = md.slice(md.indexOf('## 二、存在的主要问题'));
    expect(problems.indexOf('新增供应保障性租赁住房')).toBeLessThan(problems.indexOf('地方一般公共预算收入'));
    expect(md).toContain('【待编辑');
  });

  it('gives the same Markdown and HTML bytes for the same inputs and clock', async () => {
    for (const format of ['md', 'html'] as const) {
      const [a, b] = [await report(format), await report(format)];
      expect(a.bytes.equals(b.bytes)).toBe(true);
    }
  });

  it('writes a self-contained HTML page laid out for A4', async () => {
    const html = (await report('html')).bytes.toString('utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).not.toMatch(/<script|<link|src=|url\(|https?:\/\//);
    expect(html).toContain('<figcaption>表1  2026年主要指标执行情况</figcaption>');
  });

  it('speaks English when asked, amounts still in 万/亿', async () => {
    const { model, bytes } = await report('md', 'en');
    expect(model.title).toContain('Report on the Implementation of the 2026');
    const md = bytes.toString('utf8');
    expect(md).toContain('## II. Main problems');
    expect(md).toMatch(/城镇新增就业人数 reached 31\.2万 people/);
  });

  it('lays the DOCX out per GB/T 9704-2012', async () => {
    const docx = (await report('docx')).bytes;
    const doc = readZipText(docx, 'word/document.xml');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // 37, 35, 28, 26 mm in twips.
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(doc).not.toMatch(/w:(after|before|line)="\d+\.\d/);
    expect(doc).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"/);
    // The title in 方正小标宋简体 二号 (22 pt = 44 half-points), centred.
    expect(doc).toMatch(
      /<w:jc w:val="center"\/>.*?<w:rFonts w:ascii="方正小标宋简体"[^>]*w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>.*?关于上海市2026年国民经济和社会发展计划<\/w:t>.*?<w:br\/>.*?上半年执行情况的报告/,
    );
    expect(doc).toContain('w:eastAsia="黑体"');
    expect(doc).toContain('w:eastAsia="楷体_GB2312"');
    expect(doc).toMatch(/<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/);
    expect(doc).toContain('表1  2026年主要指标执行情况');
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('全市生产总值增长5%，与全年目标持平');
    const styles = readZipText(docx, 'word/styles.xml');
    expect(styles).toMatch(
      /<w:rFonts w:ascii="仿宋_GB2312"[^>]*w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/,
    );
    const fonts = readZipText(docx, 'word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="FZXiaoBiaoSong-B05S"/>');
    expect(readZipText(docx, 'word/settings.xml')).toContain('<w:evenAndOddHeaders');
    const footers = [1, 2, 3, 4]
      .flatMap((n) => {
        try {
          return [readZipText(docx, `word/footer${n}.xml`)];
        } catch {
          return [];
        }
      })
      .join('\n');
    expect(footers).toMatch(/<w:jc w:val="right"\/>/);
    expect(footers).toMatch(/<w:jc w:val="left"\/>/);
    expect(footers).toContain('PAGE');
    expect(footers).toMatch(/w:eastAsia="宋体"[^>]*\/><w:sz w:val="28"\/>/);
    expect(footers).toContain('— ');
  });

  it('writes the XLSX appendix exceljs reads back', async () => {
    const xlsx = (await report('xlsx')).bytes;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '主要指标',
      '量化任务',
      '重大项目',
      '工作措施',
      '逾期未报',
    ]);
    const targets = workbook.getWorksheet('主要指标')!;
    expect(targets.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(targets.getRow(1).getCell(2).value).toBe('名称');
    expect(targets.getRow(1).font?.bold).toBe(true);
    const jobs = targets
      .getRows(2, targets.rowCount - 1)!
      .find((r) => r.getCell(2).value === '城镇新增就业人数')!;
    expect(jobs.getCell(7).value).toBe(312000);
    expect(jobs.getCell(8).value).toBe('人');
    expect(jobs.getCell(7).numFmt).toBe('#,##0.##');
    expect(jobs.getCell(11).numFmt).toBe('0.0%');
    expect(jobs.getCell(11).value).toBeCloseTo(0.52);
    expect(String(jobs.getCell(12).value)).toContain('完成全年目标的52%');
    expect(workbook.getWorksheet('工作措施')!.rowCount).toBe(143);
  });

  it('refuses an unknown plan and a bad date clearly', async () => {
    await expect(generateReport(t.store, 999_999, { ...OPTIONS, format: 'md' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      generateReport(t.store, planId, { ...OPTIONS, asOf: '2026-13-40', format: 'md' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
