import type { Comparator, Target } from './target/target.types.ts';

/**
 * The structured plan produced by the document parser: the JSON contract of `planwatch parse`
 * (DESIGN.md "Contracts"). Every `span` is `[start, end]` into the decoded source text, so that
 * `text.slice(start, end)` is the item's source (a span may cover a removed page break).
 *
 * Text fields (names, commitment and measure text, titles) are the normalised form: half-width
 * digits and letters, simplified characters (names must match the catalog whatever the source),
 * with the report's own Chinese punctuation kept in displayed text. The span still slices the
 * original, which may be traditional or full-width: for a span without removed noise (page break,
 * markup), `normalizeChineseText(text.slice(...span))` equals `normalizeChineseText(item.text)`
 * (src/domain/numbers/to-simplified.ts; checked by the parser's property test).
 */
export type Span = [number, number];

export type PlanKind = 'annual' | 'five_year';
export type IndicatorAttribute = 'expected' | 'binding';

export interface PlanHeader {
  title: string;
  region: string | null;
  year: number | null;
  /** For five-year plans, and for annual reports that also state five-year targets. */
  periodStart?: number | null;
  periodEnd?: number | null;
  kind: PlanKind;
}

export interface PlanIndicator {
  /** Stable within the document: "ind-1", "ind-2", … in document order. */
  key: string;
  name: string;
  attribute: IndicatorAttribute;
  /** The grouping the paragraph gives (经济发展提质增效); null when none. */
  category: string | null;
  /**
   * "2026" for the year's targets, "2026-2030" for five-year ones; "" when the document states
   * no year at all (the user sets it on review).
   */
  period: string;
  target: Target;
  /** Where the indicator is stated: the table row when there is one, else the sentence. */
  span: Span;
  /** Other places the same indicator is stated (paragraph mention when the table is primary). */
  otherSpans?: Span[];
  /** Which source(s) it came from. */
  sources: Array<'table' | 'paragraph'>;
}

export interface PlanMeasure {
  key: string;
  text: string;
  span: Span;
}

export interface PlanTask {
  key: string;
  title: string;
  span: Span;
  measures: PlanMeasure[];
}

export interface PlanSection {
  key: string;
  /** 1 for (一), 2 for (二), … */
  number: number;
  title: string;
  span: Span;
  tasks: PlanTask[];
}

export interface PlanCommitment {
  key: string;
  /** The phrase, e.g. 新增公园100座. */
  text: string;
  /** The number as written (5 for 5万套(间)). */
  value: number;
  /** The unit as written (万套(间)). */
  unit: string;
  comparator: Comparator;
  normalized: { value: number; unit: string };
  /** The action or object the number belongs to (新增公园). */
  subject: string;
  /** The section number it is in, null outside the tasks part. */
  section: number | null;
  /** The key of the task it belongs to, when inside one. */
  task: string | null;
  /** The key of the indicator it restates, when it does. */
  indicator: string | null;
  span: Span;
}

export type ProjectStage = 'complete' | 'construct' | 'start' | 'reserve';

export interface PlanProject {
  key: string;
  name: string;
  stage: ProjectStage;
  section: number | null;
  span: Span;
}

export interface PortfolioFact {
  /** 正式项目, 新开工, 建成, 预备项目, 计划投资额 … as written. */
  label: string;
  value: number;
  unit: string;
  normalized: { value: number; unit: string };
  span: Span;
}

export interface PlanChallenge {
  key: string;
  /** 1 for 一是, … */
  number: number;
  text: string;
  span: Span;
}

/** A figure reported for an earlier year in the execution part (地区生产总值增长5.4%). */
export interface PlanOutcome {
  key: string;
  name: string;
  year: number | null;
  text: string;
  value: number;
  unit: string;
  /** growth = a rate of change; level = a value. */
  kind: 'growth' | 'level';
  normalized: { value: number; unit: string };
  /** The indicator of this plan it corresponds to, when one does. */
  indicator: string | null;
  span: Span;
}

export interface ParseWarning {
  code: string;
  message: string;
  span: Span | null;
}

export interface PlanDocument {
  plan: PlanHeader;
  indicators: PlanIndicator[];
  sections: PlanSection[];
  commitments: PlanCommitment[];
  projects: PlanProject[];
  portfolio: { facts: PortfolioFact[] };
  challenges: PlanChallenge[];
  outcomes: PlanOutcome[];
  warnings: ParseWarning[];
  /**
   * Meta about the source: decoded length, detected encoding, parser version. The decoded text
   * has no byte-order mark (decodeDocument strips it): spans and `length` index the BOM-less text.
   */
  source: { encoding: string; length: number; parserVersion: string };
}
