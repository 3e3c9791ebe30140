import { STATUS_LABELS } from '../domain/assess/index.ts';
import type { AssessedItem } from '../services/assessment/assessment.types.ts';
import { messageArgs } from './build-execution.ts';
import { indicatorMessage, projectFacts, type SentenceContext } from './item-messages.ts';
import type { AppendixSheet, ItemNote, ReportInput } from './report.types.ts';
import { refOf, type Say } from './report-text.ts';

const NUMBER = '#,##0.##';
const SHARE = '0.0%';

/** The data appendix (XLSX): one sheet per kind of item, raw numbers with their units. */
export function buildAppendix(
  input: ReportInput,
  ctx: SentenceContext & { say: Say; year: number },
): AppendixSheet[] {
  const { say, lang } = ctx;
  const col = (key: string, width: number, numFmt?: string) => ({
    key,
    header: say('REPORT_XCOL', { col: key }),
    width,
    ...(numFmt ? { numFmt } : {}),
  });
  const sheet = (name: string) => say('REPORT_SHEET', { sheet: name });
  const notes = new Map(input.notes.map((n) => [`${n.type}:${n.id}`, n]));
  const noteOf = (i: AssessedItem): ItemNote | undefined => notes.get(refOf(i));
  const items = (type: AssessedItem['type']) => input.assessment.items.filter((i) => i.type === type);
  const status = (i: AssessedItem) => STATUS_LABELS[i.status][lang];
  const sectionTitle = new Map(input.sections.map((s) => [s.number, s.title]));
  const section = (i: AssessedItem) =>
    i.section == null ? null : (sectionTitle.get(i.section) ?? String(i.section));
  const completion = (i: AssessedItem) => {
    const v = i.explanation.comparison.completion;
    return typeof v === 'number' ? v : null;
  };
  const stage = (s: string | null) => (s ? say('REPORT_STAGE', { stage: s }) : null);

  return [
    {
      name: sheet('targets'),
      columns: [
        col('category', 18),
        col('name', 36),
        col('attribute', 8),
        col('target', 18),
        col('department', 14),
        col('status', 14),
        col('actual', 14, NUMBER),
        col('unit', 8),
        col('period', 10),
        col('expected', 14, NUMBER),
        col('completion', 12, SHARE),
        col('explanation', 60),
      ],
      rows: items('indicator').map((i) => ({
        category: i.category,
        name: i.name,
        attribute: say('REPORT_ATTRIBUTE', { attribute: i.attribute ?? 'expected' }),
        target: i.target,
        department: i.department,
        status: status(i),
        actual: i.actual?.value ?? null,
        unit: i.actual?.unit ?? i.expected?.unit ?? null,
        period: i.actual?.period ?? null,
        expected: i.expected?.value ?? null,
        completion: i.explanation.rule === 'flow_pace' ? completion(i) : null,
        explanation: say(...messageArgs(indicatorMessage(i, ctx, ctx.year))),
      })),
    },
    {
      name: sheet('commitments'),
      columns: [
        col('section', 24),
        col('name', 48),
        col('department', 14),
        col('status', 14),
        col('actual', 14, NUMBER),
        col('unit', 8),
        col('expected', 14, NUMBER),
        col('completion', 12, SHARE),
        col('reason', 30),
        col('remedy', 30),
      ],
      rows: items('commitment').map((i) => ({
        section: section(i),
        name: i.name,
        department: i.department,
        status: status(i),
        actual: i.actual?.value ?? null,
        unit: i.actual?.unit ?? i.expected?.unit ?? null,
        expected: i.expected?.value ?? null,
        completion: completion(i),
        reason: noteOf(i)?.delayReason ?? null,
        remedy: noteOf(i)?.remedy ?? null,
      })),
    },
    {
      name: sheet('projects'),
      columns: [
        col('name', 36),
        col('department', 14),
        col('planned', 12),
        col('reported', 12),
        col('investmentDone', 16, NUMBER),
        col('investmentPlanned', 18, NUMBER),
        col('status', 14),
        col('reason', 30),
        col('remedy', 30),
      ],
      rows: items('project').map((i) => {
        const f = projectFacts(i);
        return {
          name: i.name,
          department: i.department,
          planned: stage(f.planned),
          reported: stage(f.reported),
          investmentDone: f.investmentDone,
          investmentPlanned: f.investmentPlanned,
          status: status(i),
          reason: noteOf(i)?.delayReason ?? null,
          remedy: noteOf(i)?.remedy ?? null,
        };
      }),
    },
    {
      name: sheet('measures'),
      columns: [
        col('section', 24),
        col('name', 60),
        col('department', 14),
        col('status', 14),
        col('reason', 30),
        col('remedy', 30),
      ],
      rows: items('measure').map((i) => ({
        section: section(i),
        name: i.name,
        department: i.department,
        status: status(i),
        reason: noteOf(i)?.delayReason ?? null,
        remedy: noteOf(i)?.remedy ?? null,
      })),
    },
    {
      name: sheet('overdue'),
      columns: [
        col('department', 16),
        col('type', 10),
        col('name', 48),
        col('periods', 24),
        col('escalated', 12),
      ],
      rows: input.overdue.map((o) => ({
        department: o.department,
        type: say('REPORT_ITEM_TYPE', { type: o.type }),
        name: o.label,
        periods: o.periods.join(', '),
        escalated: say('REPORT_YES_NO', { value: o.escalated }),
      })),
    },
  ];
}
