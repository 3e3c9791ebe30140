import type { Command } from 'commander';
import { registerAssessCommand } from './assess.ts';
import { registerDemoDataCommand } from './demo-data.ts';
import { registerDepartmentsCommand } from './departments.ts';
import { registerImportCommand } from './import.ts';
import { registerIndicatorInputCommands } from './indicator-inputs.ts';
import { registerMigrateCommand } from './migrate.ts';
import { registerObservationsCommand } from './observations.ts';
import { registerParseCommand } from './parse.ts';
import { registerPlansCommand } from './plans.ts';
import { registerProgressCommand } from './progress.ts';
import { registerReportCommand } from './report.ts';
import { registerServeCommand } from './serve.ts';
import { registerTargetCommand } from './target.ts';
import { registerTemplateCommand } from './template.ts';

/** Every CLI command, in the order `planwatch --help` lists them. */
export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerPlansCommand(program);
  registerParseCommand(program);
  registerImportCommand(program);
  registerTargetCommand(program);
  registerAssessCommand(program);
  registerIndicatorInputCommands(program);
  registerObservationsCommand(program);
  registerDemoDataCommand(program);
  registerDepartmentsCommand(program);
  registerProgressCommand(program);
  registerTemplateCommand(program);
  registerReportCommand(program);
}
