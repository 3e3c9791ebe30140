import type { AssessedItem } from '../services/assessment/assessment.types.ts';
import { messageArgs } from './build-execution.ts';
import {
  commitmentMessage,
  indicatorMessage,
  projectMessage,
  type SentenceContext,
} from './item-messages.ts';
import type { ItemNote, ReportBlock, ReportInput } from './report.types.ts';
import { formatReportDate } from './report-period.ts';
import { bySeverity, refOf, type Say, sentence, shorten } from './report-text.ts';

type Area = 'binding' | 'indicators' | 'commitments' | 'projects' | 'measures' | 'overdue';

interface Problem {
  area: Area;
  /** 4 binding at risk, 3 clearly behind, 2 slightly behind or delayed, 1 late data. */
  severity: number;
  items: AssessedItem[];
  body: string;
}

export interface ProblemContext extends SentenceContext {
  say: Say;
  year: number;
}

const lagging = (i: AssessedItem) => i.color === 'red' || i.color === 'yellow';
const severityOf = (items: AssessedItem[]) => (items.some((i) => i.color === 'red') ? 3 : 2);
/** At most this many items are written out per problem; the appendix lists them all. */
const EXAMPLES = 5;

/**
 * 二、存在的主要问题 and 三、下一步工作: the problems found in the assessment, worst first, and for each
 * the remedies the departments reported (整改措施) or a marked paragraph for the editor.
 */
export function buildProblems(input: ReportInput, ctx: ProblemContext): ReportBlock[] {
  const { say } = ctx;
  const notes = new Map(input.notes.map((n) => [`${n.type}:${n.id}`, n]));
  const noteOf = (i: AssessedItem): ItemNote | undefined => notes.get(refOf(i));
  const problems = findProblems(input, ctx, noteOf).sort((a, b) => b.severity - a.severity);

  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: say('REPORT_H_PROBLEMS') }];
  if (problems.length === 0) blocks.push({ kind: 'paragraph', text: say('REPORT_NO_PROBLEMS') });
  problems.forEach((p, index) => {
    blocks.push({
      kind: 'paragraph',
      lead: say('REPORT_PROBLEM_LEAD', { n: index + 1, area: p.area }),
      text: p.body,
      refs: p.items.map(refOf),
    });
  });

  blocks.push({ kind: 'heading', level: 1, text: say('REPORT_H_NEXT') });
  problems.forEach((p, index) => {
    // One line per remedy, with every department that reported it (交通委、住房城乡建设管理委：…).
    const byRemedy = new Map<string, string[]>();
    for (const i of p.items) {
      const remedy = noteOf(i)?.remedy?.trim();
      if (!remedy) continue;
      const departments = byRemedy.get(remedy) ?? [];
      if (i.department && !departments.includes(i.department)) departments.push(i.department);
      byRemedy.set(remedy, departments);
    }
    const remedies = [...byRemedy.entries()].map(([remedy, departments]) => ({
      department: departments.join(ctx.lang === 'zh' ? '、' : ', '),
      remedy,
    }));
    const lead = say('REPORT_NEXT_LEAD', { n: index + 1, area: p.area });
    blocks.push(
      remedies.length > 0
        ? { kind: 'paragraph', lead, text: say('REPORT_REMEDIES', { items: remedies.slice(0, 8) }) }
        : {
            kind: 'paragraph',
            lead,
            text: say('REPORT_EDITOR_FILL', { area: p.area }),
            editor: true,
          },
    );
  });
  blocks.push({ kind: 'paragraph', text: say('REPORT_NEXT_GENERAL'), editor: true });
  return blocks;
}

function findProblems(
  input: ReportInput,
  ctx: ProblemContext,
  noteOf: (i: AssessedItem) => ItemNote | undefined,
): Problem[] {
  const { say } = ctx;
  const items = input.assessment.items;
  const indicators = items.filter((i) => i.type === 'indicator' && lagging(i)).sort(bySeverity);
  const binding = indicators.filter((i) => i.attribute === 'binding');
  const others = indicators.filter((i) => i.attribute !== 'binding');
  const withReason = (text: string, i: AssessedItem) => {
    const reason = noteOf(i)?.delayReason?.trim();
    return reason ? text + say('REPORT_REASON', { reason }) : text;
  };
  const indicatorClause = (i: AssessedItem) =>
    say(...messageArgs(indicatorMessage(i, ctx, ctx.year))) +
    (i.color === 'red' && i.projection ? say('REPORT_PROJECTION_HARD') : '');
  const problems: Problem[] = [];

  if (binding.length > 0) {
    problems.push({
      area: 'binding',
      severity: 4,
      items: binding,
      body: sentence(say, [
        say('REPORT_BINDING_LINE', { names: binding.map((i) => i.name) }),
        ...binding.map(indicatorClause),
      ]),
    });
  }
  if (others.length > 0) {
    problems.push({
      area: 'indicators',
      severity: severityOf(others),
      items: others,
      body: sentence(say, others.slice(0, EXAMPLES).map(indicatorClause)),
    });
  }
  const commitments = items.filter((i) => i.type === 'commitment' && lagging(i)).sort(bySeverity);
  if (commitments.length > 0) {
    problems.push({
      area: 'commitments',
      severity: severityOf(commitments),
      items: commitments,
      body: sentence(
        say,
        commitments.slice(0, EXAMPLES).map((i) => withReason(say(...messageArgs(commitmentMessage(i))), i)),
      ),
    });
  }
  const projects = items.filter((i) => i.type === 'project' && lagging(i)).sort(bySeverity);
  if (projects.length > 0) {
    problems.push({
      area: 'projects',
      severity: severityOf(projects),
      items: projects,
      body: sentence(
        say,
        projects
          .slice(0, EXAMPLES)
          .map((i) => withReason(say(...messageArgs(projectMessage(i, ctx.lang))), i)),
      ),
    });
  }
  const measures = items.filter((i) => i.type === 'measure' && lagging(i)).sort(bySeverity);
  if (measures.length > 0) {
    const reasons = new Map<string, number>();
    for (const m of measures) {
      const r = noteOf(m)?.delayReason?.trim();
      if (r) reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
    const ranked = [...reasons.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
      .slice(0, 4)
      .map(([reason, n]) => ({ reason, n }));
    problems.push({
      area: 'measures',
      severity: severityOf(measures),
      items: measures,
      body: sentence(say, [
        say('REPORT_MEASURES_LINE', { n: measures.length, reasons: ranked }) +
          say('REPORT_MEASURE_EXAMPLES', { items: measures.slice(0, 2).map((m) => shorten(m.name)) }),
      ]),
    });
  }
  if (input.overdue.length > 0) {
    const counts = new Map<string, number>();
    for (const o of input.overdue) counts.set(o.department, (counts.get(o.department) ?? 0) + 1);
    const departments = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
      .map(([d]) => d);
    const escalated = input.overdue.filter((o) => o.escalated).length;
    problems.push({
      area: 'overdue',
      severity: escalated > 0 ? 2 : 1,
      items: [],
      body: sentence(say, [
        say('REPORT_OVERDUE_LINE', {
          asOf: formatReportDate(input.assessment.asOf, ctx.lang),
          n: input.overdue.length,
          escalated,
          departments: departments.slice(0, 5),
          more: Math.max(0, departments.length - 5),
        }),
      ]),
    });
  }
  return problems;
}
