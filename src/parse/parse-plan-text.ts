import type { ParseWarning, PlanDocument } from '../domain/plan-document.types.ts';
import type { Block } from './blocks/block.types.ts';
import { splitBlocks } from './blocks/split-blocks.ts';
import { type CleanedText, cleanText } from './clean/clean-text.ts';
import { identityMapped } from './clean/mapped-text.ts';
import { applyStatedAttributes } from './items/apply-stated-attributes.ts';
import { captionOf, type FoundIndicators, findIndicators } from './items/find-indicators.ts';
import { assignRoles, type PartRole, TARGETS_INTRO } from './items/find-parts.ts';
import { type FoundReviewItems, findReviewItems } from './items/find-review-items.ts';
import { type FoundTaskItems, findTaskItems } from './items/find-task-items.ts';
import { type HeaderResult, readPlanHeader } from './items/read-plan-header.ts';
import { type FoundSection, readSections } from './items/read-sections.ts';
import { findColumns } from './items/read-table-indicators.ts';
import {
  createNameMatcher,
  type Disagreement,
  type ReconciledIndicator,
  reconcileIndicators,
} from './reconcile-indicators.ts';
import { toPlanDocument } from './to-plan-document.ts';

export const PARSER_VERSION = '0.1.0';

const PAST_RESULTS_CAPTION = /完成情况|执行情况|实际完成/;

/**
 * Plan report text → PlanDocument, as a pipeline: clean (with an offset map) → blocks → roles
 * and header → indicators → reconcile → sections and task items → review items → document.
 * Pure and synchronous; never throws: a stage that fails leaves its items empty and says so in
 * `warnings`. Every span indexes `text` itself.
 *
 * @example parsePlanText('主要预期目标是：地区生产总值增长6%左右。').indicators[0].target.value // 6
 */
export function parsePlanText(text: string, encoding = 'utf-8'): PlanDocument {
  const source = typeof text === 'string' ? text : String(text ?? '');
  const warnings: ParseWarning[] = [];
  const stage = <T>(name: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push({
        code: 'stage_failed',
        message: `解析步骤失败 (${name} failed): ${reason}`,
        span: null,
      });
      return fallback;
    }
  };

  const cleaned: CleanedText = stage<CleanedText | null>('clean', null, () => cleanText(source)) ?? {
    mapped: identityMapped(source),
    removed: [],
    joins: [],
  };
  const clean = cleaned.mapped.text;
  const blocks = stage<Block[]>('blocks', [], () => splitBlocks(clean));

  const isTargetsTable = (b: Block) => b.kind === 'table' && findColumns(b.rows) !== null;
  const isTargetsParagraph = (b: Block) => b.kind === 'paragraph' && TARGETS_INTRO.test(b.text);
  const firstTargets = blocks.findIndex((b) => isTargetsTable(b) || isTargetsParagraph(b));
  const roles = stage<PartRole[]>('roles', [], () => assignRoles(blocks, firstTargets));

  const header = stage<HeaderResult>('header', EMPTY_HEADER, () =>
    readPlanHeader({
      titleLines: [
        ...cleaned.removed.filter((r) => r.kind === 'running_header').map((r) => r.text),
        ...blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])),
        ...firstLines(clean, 8),
      ],
      text: clean,
      targetIntros: blocks.flatMap((b, i) =>
        isTargetsTable(b)
          ? // 表一 2025年主要指标完成情况: last year's results say nothing of the plan year.
            [captionOf(blocks, i)].filter((c) => !PAST_RESULTS_CAPTION.test(c))
          : isTargetsParagraph(b) && b.kind === 'paragraph'
            ? [introOf(b.text)]
            : [],
      ),
    }),
  );

  const found = stage<FoundIndicators>('indicators', emptyIndicators(header), () =>
    findIndicators(blocks, clean, header, roles),
  );
  const match = createNameMatcher();
  const reconciled = stage<{ indicators: ReconciledIndicator[]; disagreements: Disagreement[] }>(
    'reconcile',
    { indicators: [], disagreements: [] },
    () => reconcileIndicators(found.table, found.paragraph, match),
  );
  // "其中，A、B为约束性指标": the attribute said in the text when the table has no column for it.
  stage('stated attributes', null, () => applyStatedAttributes(reconciled.indicators, clean, match));

  // A footnote (①重点项目指…, 注：…) explains a term: it is neither a measure nor a commitment.
  const taskBlocks = blocks.filter(
    (b, i) => roles[i] === 'tasks' && !found.targetBlocks.has(i) && !isFootnote(b),
  );
  const sections = stage<FoundSection[]>('sections', [], () => readSections(taskBlocks, clean));
  const task = stage<FoundTaskItems>('task items', { commitments: [], projects: [], facts: [] }, () =>
    findTaskItems(taskBlocks),
  );
  const review = stage<FoundReviewItems>('review items', { challenges: [], outcomes: [] }, () =>
    findReviewItems(blocks, roles, header.year),
  );

  const document = {
    source,
    encoding,
    parserVersion: PARSER_VERSION,
    mapped: cleaned.mapped,
    joins: cleaned.joins,
    header,
    periodStart: found.periodStart,
    periodEnd: found.periodEnd,
    indicators: reconciled.indicators,
    disagreements: reconciled.disagreements,
    pastSkipped: found.pastSkipped,
    skipped: found.skipped,
    sections,
    task,
    review,
    match,
    warnings,
  };
  return stage<PlanDocument>('document', emptyDocument(source, encoding, warnings), () =>
    toPlanDocument(document),
  );
}

const EMPTY_HEADER: HeaderResult = {
  title: '',
  region: null,
  year: null,
  kind: 'annual',
  periodStart: null,
  periodEnd: null,
};

function emptyIndicators(header: HeaderResult): FoundIndicators {
  return {
    table: [],
    paragraph: [],
    targetBlocks: new Set(),
    pastSkipped: [],
    skipped: [],
    periodStart: header.periodStart,
    periodEnd: header.periodEnd,
  };
}

function emptyDocument(source: string, encoding: string, warnings: ParseWarning[]): PlanDocument {
  return {
    plan: { title: '', region: null, year: null, kind: 'annual' },
    indicators: [],
    sections: [],
    commitments: [],
    projects: [],
    portfolio: { facts: [] },
    challenges: [],
    outcomes: [],
    warnings,
    source: { encoding, length: source.length, parserVersion: PARSER_VERSION },
  };
}

/** The first `n` non-blank lines (a web page's chrome, once removed, leaves blank lines). */
function firstLines(text: string, n: number): string[] {
  const out: string[] = [];
  for (const line of text.split('\n', 200)) {
    const t = line.trim();
    if (t !== '') out.push(t);
    if (out.length >= n) break;
  }
  return out;
}

function isFootnote(b: Block): boolean {
  return b.kind === 'paragraph' && /^(?:[①-⑳]|注\s*[:：①-⑳\d])/.test(b.text);
}

/** The words before the colon of a targets paragraph (they say whose and which period). */
function introOf(text: string): string {
  const colon = text.search(/[:：]/);
  return colon >= 0 ? text.slice(0, colon) : text.slice(0, 40);
}
