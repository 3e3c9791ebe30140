import type { Command } from 'commander';
import { parseDocumentSafely } from '../../services/documents/parse-pool.ts';
import { printJson, readInputFile } from '../cli-context.ts';

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .argument('<file>', 'plan report: .txt/.md (UTF-8 or GB18030) or .docx')
    .description(
      '解析规划文档为结构化 JSON，不访问数据库 (parse a plan report into PlanDocument JSON; touches no database)',
    )
    .addHelpText(
      'after',
      '\nExample:\n  $ planwatch parse examples/shanghai-2026-plan-report.txt | jq .indicators[0]',
    )
    .action(async (file: string) => {
      const bytes = readInputFile(file);
      const { document } = await parseDocumentSafely(bytes, file);
      printJson(document);
    });
}
