import type { Command } from 'commander';
import { parseTarget } from '../../domain/target/parse-target.ts';
import { printJson } from '../cli-context.ts';

export function registerTargetCommand(program: Command): void {
  program
    .command('target')
    .argument('<expression>', 'a target as written, e.g. 增长5%左右')
    .option('--indicator <name>', 'the indicator name, for direction and unit defaults')
    .description('解析目标表达式为 JSON (parse a target expression)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ planwatch target "增长5%左右"\n  $ planwatch target "5%以内" --indicator 城镇调查失业率',
    )
    .action((expression: string, opts: { indicator?: string }) => {
      printJson(parseTarget(expression, { indicatorName: opts.indicator }));
    });
}
