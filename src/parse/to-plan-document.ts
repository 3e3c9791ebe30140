import type {
  ParseWarning,
  PlanDocument,
  PlanIndicator,
  PlanSection,
  Span,
} from '../domain/plan-document.types.ts';
import { type MappedText, toOriginalSpan } from './clean/mapped-text.ts';
import { restorePunctuation } from './clean/restore-punctuation.ts';
import type { FoundReviewItems } from './items/find-review-items.ts';
import type { FoundTaskItems } from './items/find-task-items.ts';
import type { Skipped } from './items/item.types.ts';
import type { HeaderResult } from './items/read-plan-header.ts';
import type { FoundSection } from './items/read-sections.ts';
import { linkOutcome, linkToIndicator } from './link-items.ts';
import type { Disagreement, ReconciledIndicator } from './reconcile-indicators.ts';

export interface FoundDocument {
  source: string;
  encoding: string;
  parserVersion: string;
  mapped: MappedText;
  /** Original spans of the page breaks the cleaning rejoined. */
  joins: Span[];
  header: HeaderResult;
  periodStart: number | null;
  periodEnd: number | null;
  indicators: ReconciledIndicator[];
  disagreements: Disagreement[];
  pastSkipped: Array<{ period: string; start: number; end: number }>;
  skipped: Skipped[];
  sections: FoundSection[];
  task: FoundTaskItems;
  review: FoundReviewItems;
  match: (a: string, b: string) => number;
  /** Warnings raised so far (failed stages). */
  warnings: ParseWarning[];
}

/**
 * The last stage: items found on the cleaned text → the PlanDocument contract. Spans are mapped
 * back to the original text, keys given in document order, commitments and outcomes linked to
 * the indicators they restate.
 */
export function toPlanDocument(found: FoundDocument): PlanDocument {
  const span = (s: number, e: number): Span =>
    withWholeEmphasis(toOriginalSpan(found.mapped, s, e), found.source);
  const shown = (text: string, start: number) => restorePunctuation(text, found.mapped, found.source, start);
  const warnings: ParseWarning[] = [
    ...found.joins.map((j) => ({
      code: 'page_break_joined',
      message: '跨页断句已拼接 (sentence rejoined across a page break)',
      span: j,
    })),
    ...found.pastSkipped.map((p) => ({
      code: 'past_targets_skipped',
      message: `${p.period}年目标不列入本年计划 (targets of an earlier year skipped)`,
      span: span(p.start, p.end),
    })),
    ...found.disagreements.map((d) => ({
      code: 'indicator_mismatch',
      message: `表格与正文目标不一致 (table and text disagree): ${d.name} 表格「${d.tableTarget}」正文「${d.paragraphTarget}」`,
      span: span(d.start, d.end),
    })),
    ...found.skipped.map((k) => ({ code: k.code, message: k.message, span: span(k.start, k.end) })),
    ...found.warnings,
  ];
  const tablePeriods = new Set(
    found.indicators.filter((r) => r.sources.includes('table')).map((r) => r.period),
  );
  for (const r of found.indicators) {
    if (r.sources.length === 1 && r.sources[0] === 'paragraph' && tablePeriods.has(r.period)) {
      warnings.push({
        code: 'indicator_not_in_table',
        message: `正文目标未见于指标表 (a target in the text is not in the table): ${r.name}「${r.target.text}」`,
        span: span(r.start, r.end),
      });
    }
    for (const why of r.target.warnings ?? []) {
      warnings.push({
        code: 'target_unreadable',
        message: `目标未能完全识别 (target not fully read): ${r.name}「${r.target.text}」${why}`,
        span: span(r.start, r.end),
      });
    }
  }

  const indicators: PlanIndicator[] = found.indicators.map((r, i) => ({
    key: `ind-${i + 1}`,
    name: r.name,
    attribute: r.attribute,
    category: r.category,
    period: r.period,
    target: r.target,
    span: span(r.start, r.end),
    ...(r.others.length > 0 ? { otherSpans: r.others.map(([s, e]) => span(s, e)) } : {}),
    sources: r.sources,
  }));

  const sections: PlanSection[] = found.sections.map((s, si) => ({
    key: `sec-${si + 1}`,
    number: s.number,
    title: shown(s.title, s.titleStart),
    span: span(s.start, s.end),
    tasks: s.tasks.map((t, ti) => ({
      key: `task-${si + 1}-${ti + 1}`,
      title: shown(t.title, t.titleStart ?? t.start),
      span: span(t.start, t.end),
      measures: t.measures.map((m, mi) => ({
        key: `measure-${si + 1}-${ti + 1}-${mi + 1}`,
        text: shown(m.text, m.start),
        span: span(m.start, m.end),
      })),
    })),
  }));
  const where = (at: number): { section: number | null; task: string | null } => {
    for (let si = found.sections.length - 1; si >= 0; si--) {
      const s = found.sections[si];
      if (at < s.start || at > s.end) continue;
      const ti = s.tasks.findIndex((t) => at >= t.start && at <= t.end);
      return { section: s.number, task: ti >= 0 ? sections[si].tasks[ti].key : null };
    }
    return { section: null, task: null };
  };

  const { task, review, header } = found;
  if (indicators.length === 0) {
    warnings.push({ code: 'no_indicators', message: '未找到主要目标 (no main targets found)', span: null });
  }
  if (sections.length === 0 && found.mapped.text.trim() !== '') {
    warnings.push({
      code: 'no_sections',
      message: '未找到主要任务章节 (no task sections found)',
      span: null,
    });
  }
  const { periodStart, periodEnd } = found;
  return {
    plan: {
      title: header.title,
      region: header.region,
      year: header.year,
      ...(periodStart && periodEnd ? { periodStart, periodEnd } : {}),
      kind: header.kind,
    },
    indicators,
    sections,
    commitments: task.commitments.map((c, i) => ({
      key: `com-${i + 1}`,
      text: shown(c.text, c.start),
      value: c.value,
      unit: c.unit,
      comparator: c.comparator,
      normalized: c.normalized,
      subject: c.subject,
      ...where(c.start),
      indicator: linkToIndicator(c.subject, c.normalized, indicators, found.match),
      span: span(c.start, c.end),
    })),
    projects: task.projects.map((p, i) => ({
      key: `prj-${i + 1}`,
      name: p.name,
      stage: p.stage,
      section: where(p.start).section,
      span: span(p.start, p.end),
    })),
    portfolio: {
      facts: task.facts.map((f) => ({
        label: f.label,
        value: f.value,
        unit: f.unit,
        normalized: f.normalized,
        span: span(f.start, f.end),
      })),
    },
    challenges: review.challenges.map((c, i) => ({
      key: `chal-${i + 1}`,
      number: c.number,
      text: shown(c.text, c.start),
      span: span(c.start, c.end),
    })),
    outcomes: review.outcomes.map((o, i) => ({
      key: `out-${i + 1}`,
      name: o.name,
      year: o.year,
      text: shown(o.text, o.start),
      value: o.value,
      unit: o.unit,
      kind: o.kind,
      normalized: o.normalized,
      indicator: linkOutcome(o.name, o.unit, indicators, found.match),
      span: span(o.start, o.end),
    })),
    warnings,
    source: { encoding: found.encoding, length: found.source.length, parserVersion: found.parserVersion },
  };
}

/**
 * A span that covers the closing ** of a bold lead sentence (**着力扩大投资。** 新增…) covers its
 * opening ** too, so that the markers are both in or both out (a span ending at the bold text
 * already leaves both out: removed markers map to no cleaned character).
 */
function withWholeEmphasis([start, end]: Span, source: string): Span {
  const marker = source.slice(Math.max(0, start - 2), start);
  if ((marker === '**' || marker === '__') && source.slice(start, end).includes(marker))
    return [start - 2, end];
  return [start, end];
}
