import { STATUS_LABELS } from '../domain/assess/index.ts';
import type { AssessedItem } from '../services/assessment/assessment.types.ts';
import {
  commitmentMessage,
  indicatorMessage,
  projectFacts,
  type SentenceContext,
  valueMessage,
  whenOf,
} from './item-messages.ts';
import type { ReportBlock, ReportInput } from './report.types.ts';
import { bySeverity, countStatuses, refOf, type Say, sentence, shorten } from './report-text.ts';

export interface ExecutionContext extends SentenceContext {
  say: Say;
  year: number;
  periodWord: string;
  regionWord: string;
}

const ofType = (input: ReportInput, type: AssessedItem['type']) =>
  input.assessment.items.filter((i) => i.type === type);

/** 一、执行情况: main targets (overall, per category, 表1), tasks per section (表2), projects (表3). */
export function buildExecution(input: ReportInput, ctx: ExecutionContext): ReportBlock[] {
  const { say } = ctx;
  return [
    {
      kind: 'heading',
      level: 1,
      text: say('REPORT_H_EXECUTION', { year: ctx.year, period: ctx.periodWord }),
    },
    { kind: 'heading', level: 2, text: say('REPORT_H_TARGETS') },
    ...targetBlocks(input, ctx),
    { kind: 'heading', level: 2, text: say('REPORT_H_TASKS') },
    ...taskBlocks(input, ctx),
    { kind: 'heading', level: 2, text: say('REPORT_H_PROJECTS') },
    ...projectBlocks(input, ctx),
  ];
}

function verdictOf(items: AssessedItem[]): 'good' | 'mixed' | 'lagging' | 'open' {
  // Never an all-clear while some target is unjudged: “总体符合预期” only when every one is.
  if (items.some((i) => i.color === 'red')) return 'lagging';
  if (items.some((i) => i.color === 'yellow')) return 'mixed';
  return items.every((i) => i.color === 'green') ? 'good' : 'open';
}

function targetBlocks(input: ReportInput, ctx: ExecutionContext): ReportBlock[] {
  const { say, lang } = ctx;
  const indicators = ofType(input, 'indicator');
  const binding = indicators.filter((i) => i.attribute === 'binding');
  const overall = say('REPORT_OVERALL', {
    ...countStatuses(indicators),
    period: ctx.periodWord,
    regionWord: ctx.regionWord,
    binding: binding.length,
    verdict: say('REPORT_VERDICT', { level: verdictOf(indicators) }),
  });
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: [
        overall,
        binding.length > 0 ? say('REPORT_BINDING', countStatuses(binding)) : '',
        say('REPORT_TABLE_SEE', { n: 1 }),
      ].join(lang === 'zh' ? '' : ' '),
      refs: indicators.map(refOf),
    },
  ];
  const categories = new Map<string, AssessedItem[]>();
  for (const i of indicators) {
    const key = i.category ?? '';
    categories.set(key, [...(categories.get(key) ?? []), i]);
  }
  let n = 0;
  for (const [category, items] of categories) {
    n++;
    blocks.push({
      kind: 'paragraph',
      lead: say('REPORT_CATEGORY_LEAD', { n, name: category || say('REPORT_UNCATEGORIZED') }),
      text: sentence(
        say,
        items.map((i) => say(...messageArgs(indicatorMessage(i, ctx, ctx.year)))),
      ),
      refs: items.map(refOf),
    });
  }
  blocks.push({
    kind: 'table',
    caption: say('REPORT_TABLE_TARGETS', { n: 1, year: ctx.year }),
    columns: ['name', 'attribute', 'target', 'actual', 'status'].map((col) => say('REPORT_COL', { col })),
    align: ['left', 'center', 'center', 'center', 'center'],
    widths: [32, 9, 17, 22, 20],
    rows: indicators.map((i) => [
      i.name,
      say('REPORT_ATTRIBUTE', { attribute: i.attribute ?? 'expected' }),
      i.target ?? '—',
      actualCell(i, ctx),
      STATUS_LABELS[i.status][lang],
    ]),
  });
  return blocks;
}

function actualCell(item: AssessedItem, ctx: ExecutionContext): string {
  const value = valueMessage(item);
  if (!value) return '—';
  const c = item.explanation.comparison;
  const completion =
    item.explanation.rule === 'flow_pace' && typeof c.completion === 'number' ? c.completion : null;
  return ctx.say('REPORT_ACTUAL_CELL', {
    value: ctx.say(...messageArgs(value)),
    when: whenOf(item, ctx),
    completion,
  });
}

/** A message as the arguments of `say`. */
export function messageArgs(m: { code: string; params: Record<string, unknown> }): Parameters<Say> {
  return [m.code, m.params as Parameters<Say>[1]];
}

function measureCounts(measures: AssessedItem[]) {
  return {
    measures: measures.length,
    done: measures.filter((m) => m.status === 'achieved').length,
    onTrack: measures.filter((m) => m.status === 'on_track').length,
    delayed: measures.filter((m) => m.color === 'red' || m.color === 'yellow').length,
    unreported: measures.filter((m) => m.color === 'grey').length,
  };
}

function taskBlocks(input: ReportInput, ctx: ExecutionContext): ReportBlock[] {
  const { say } = ctx;
  const measures = ofType(input, 'measure');
  const commitments = ofType(input, 'commitment');
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: say('REPORT_TASKS_OVERALL', {
        sections: input.sections.length,
        ...measureCounts(measures),
        commitments: commitments.length,
        cCounts: countStatuses(commitments),
      }),
    },
  ];
  const rows: string[][] = [];
  let n = 0;
  for (const section of input.sections) {
    const m = measures.filter((i) => i.section === section.number);
    const c = commitments.filter((i) => i.section === section.number);
    if (m.length === 0 && c.length === 0) continue;
    n++;
    const counts = measureCounts(m);
    const behind = c.filter((i) => i.color === 'red' || i.color === 'yellow').sort(bySeverity);
    const line = say('REPORT_SECTION_LINE', {
      ...counts,
      commitments: c.length,
      cOnTrack: c.filter((i) => i.color === 'green').length,
      cBehind: behind.length,
    });
    const examples = behind.slice(0, 3).map((i) => say(...messageArgs(commitmentMessage(i))));
    blocks.push({
      kind: 'paragraph',
      lead: say('REPORT_SECTION_LEAD', { n, title: section.title }),
      text:
        sentence(say, [line]) +
        (examples.length > 0 ? say('REPORT_AMONG_THEM') + sentence(say, examples) : ''),
      refs: [...m, ...c].map(refOf),
    });
    rows.push([
      shorten(section.title, 16),
      String(counts.measures),
      String(counts.done),
      String(counts.onTrack),
      String(counts.delayed),
      String(counts.unreported),
      String(c.length),
      String(behind.length),
    ]);
  }
  if (rows.length > 0) {
    blocks.push({
      kind: 'table',
      caption: say('REPORT_TABLE_TASKS', { n: 2 }),
      columns: [
        'section',
        'measures',
        'done',
        'onTrack',
        'delayed',
        'unreported',
        'commitments',
        'commitmentsBehind',
      ].map((col) => say('REPORT_COL', { col })),
      align: ['left', 'center', 'center', 'center', 'center', 'center', 'center', 'center'],
      widths: [28, 8, 9, 11, 8, 9, 12, 12],
      rows,
    });
  }
  return blocks;
}

function projectBlocks(input: ReportInput, ctx: ExecutionContext): ReportBlock[] {
  const { say, lang } = ctx;
  const projects = ofType(input, 'project');
  const commitments = ofType(input, 'commitment');
  const blocks: ReportBlock[] = [];
  if (input.portfolio.length > 0) {
    // A portfolio fact (新开工16项) is tracked through the commitment that states it.
    const progress = input.portfolio.flatMap((f) => {
      const c = commitments.find((i) => i.name.includes(f.label) && i.actual);
      return c ? [say(...messageArgs(commitmentMessage(c)))] : [];
    });
    blocks.push({
      kind: 'paragraph',
      text:
        say('REPORT_PORTFOLIO', {
          facts: input.portfolio.map((f) => ({ label: f.label, value: f.value, unit: f.unit })),
        }) + (progress.length > 0 ? say('REPORT_SENTENCE_GAP') + sentence(say, progress) : ''),
    });
  }
  if (projects.length === 0) return blocks;
  const facts = projects.map(projectFacts);
  const stageCount = (stage: string | null) => facts.filter((f) => f.reported === stage).length;
  const invested = facts.filter((f) => f.investmentDone != null && f.investmentPlanned);
  const done = invested.reduce((s, f) => s + (f.investmentDone ?? 0), 0);
  const planned = invested.reduce((s, f) => s + (f.investmentPlanned ?? 0), 0);
  blocks.push({
    kind: 'paragraph',
    text:
      say('REPORT_PROJECTS_OVERALL', {
        total: projects.length,
        completed: stageCount('completed'),
        inUse: stageCount('in_use'),
        construction: stageCount('under_construction'),
        started: stageCount('started'),
        notStarted: stageCount('not_started'),
        unreported: stageCount(null),
      }) +
      (planned > 0 ? say('REPORT_PROJECTS_INVESTMENT', { done, planned, share: done / planned }) : '') +
      say('REPORT_SENTENCE_END'),
    refs: projects.map(refOf),
  });
  blocks.push({
    kind: 'table',
    caption: say('REPORT_TABLE_PROJECTS', { n: 3 }),
    columns: ['project', 'department', 'planned', 'progress', 'investment', 'status'].map((col) =>
      say('REPORT_COL', { col }),
    ),
    align: ['left', 'center', 'center', 'center', 'center', 'center'],
    widths: [28, 14, 11, 11, 18, 18],
    rows: projects.map((p, i) => {
      const f = facts[i];
      const stage = (s: string | null) => (s ? say('REPORT_STAGE', { stage: s }) : '—');
      return [
        p.name,
        p.department ?? '—',
        stage(f.planned),
        stage(f.reported),
        f.investmentDone == null
          ? '—'
          : say('REPORT_INVESTMENT_CELL', { done: f.investmentDone, planned: f.investmentPlanned }),
        STATUS_LABELS[p.status][lang],
      ];
    }),
  });
  return blocks;
}
