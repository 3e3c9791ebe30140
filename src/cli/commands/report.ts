import { writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { AppError } from '../../errors/app-error.ts';
import { REPORT_FORMATS, type ReportFormat } from '../../reports/report.types.ts';
import { parseId, withStore } from '../cli-context.ts';

/** `planwatch report`: the execution report (执行情况报告) in Word, PDF, HTML, Markdown or Excel. */
export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('生成计划执行情况报告 (write the execution report: docx, pdf, html, md, xlsx)')
    .requiredOption('--plan <id>', 'plan id (planwatch plans)')
    .requiredOption('--as-of <date>', 'reference date YYYY-MM-DD: 2026-06-30 gives the 上半年 report')
    .addOption(new Option('--format <format>', 'output format').choices([...REPORT_FORMATS]).default('docx'))
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['zh', 'en']).default('zh'))
    .option('--known-at <datetime|date>', 'only data recorded by then (as for assess); default now')
    .requiredOption('-o, --output <file>', 'file to write ("-" for stdout)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ planwatch report --plan 1 --as-of 2026-06-30 --format docx -o 上半年执行情况.docx\n  $ planwatch report --plan 1 --as-of 2026-06-30 --format md -o - --lang en\n\nPDF needs LibreOffice (Debian: libreoffice-writer-nogui, fonts-noto-cjk).',
    )
    .action(
      async (opts: {
        plan: string;
        asOf: string;
        format: ReportFormat;
        lang: 'zh' | 'en';
        knownAt?: string;
        output: string;
      }) => {
        const planId = parseId(opts.plan, '--plan');
        const { generateReport } = await import('../../services/reports/generate-report.ts');
        const report = await withStore((store) =>
          generateReport(store, planId, {
            asOf: opts.asOf,
            knownAt: opts.knownAt,
            format: opts.format,
            lang: opts.lang,
          }),
        );
        if (opts.output === '-') {
          process.stdout.write(report.bytes);
          return;
        }
        try {
          writeFileSync(opts.output, report.bytes);
        } catch (error) {
          throw new AppError(
            'BAD_REQUEST',
            `无法写入 ${opts.output} (cannot write): ${(error as Error).message}`,
          );
        }
        process.stderr.write(`已生成 ${opts.output}（${report.bytes.length} 字节）\n`);
      },
    );
}
