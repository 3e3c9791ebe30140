import { toHalfWidth } from '../../src/domain/numbers/to-half-width.ts';
import type { PlanDocument, Span } from '../../src/domain/plan-document.types.ts';

/**
 * Scoring a parsed plan against gold labels (/work/LABEL.md; test/corpus/<name>.gold.json).
 * Pure: text, parsed document and gold in, figures out.
 *
 * Matching, for targets and commitments alike:
 * - a gold item is located by its `quote`, an exact substring of the document (every occurrence
 *   counts; a quote that is not found is reported and the item cannot be matched);
 * - a parsed item is a candidate for a gold item when one of its spans (indicators: `span` and
 *   `otherSpans`) overlaps an occurrence of the quote AND its number agrees: a target agrees when
 *   the gold target text has no number or one of its numbers is the parsed value, min, max or
 *   stretch; a commitment agrees when its value is the gold value;
 * - candidates are paired one to one, best first: name similarity (character-bigram Dice of the
 *   gold name/context against the parsed name/subject) breaks ties between items sharing a quote
 *   (能耗、用水、碳排放…完成国家下达任务 gives one gold target per indicator);
 * - recall = matched gold / gold; precision = matched parsed / parsed. A parsed commitment that
 *   matches no gold commitment but matches a gold *target* (the parser restating a main target in
 *   the tasks part) is neither right nor wrong: it is left out of the commitment precision.
 * - a gold item not found in its class but found in the other (a target produced as a
 *   commitment, or the reverse: same span, same number) counts as found and is reported apart
 *   (`crossClass`): labellers differ on whether a figure stated only in the tasks is a target;
 * - header: region, year and kind compared exactly (the full official name: 安徽省, 全国).
 */
export interface GoldTarget {
  name: string;
  target: string;
  period: string | null;
  attribute: string | null;
  quote: string;
}

export interface GoldCommitment {
  value: number;
  unit: string;
  context: string;
  quote: string;
}

export interface Gold {
  file: string;
  header: {
    region: string | null;
    year: number | null;
    kind: string;
    periodStart: number | null;
    periodEnd: number | null;
  };
  targets: GoldTarget[];
  commitments: GoldCommitment[];
}

export interface Miss {
  kind: 'target' | 'commitment';
  name: string;
  quote: string;
  /** Quote not found in the text: a labelling problem, not the parser's. */
  quoteMissing: boolean;
}

export interface Extra {
  kind: 'target' | 'commitment';
  name: string;
  text: string;
  span: Span;
}

export interface DocumentScore {
  file: string;
  targets: { gold: number; parsed: number; matched: number; recall: number; precision: number };
  commitments: { gold: number; parsed: number; matched: number; recall: number; precision: number };
  /** Gold items found in the other class (a target produced as a commitment, or the reverse). */
  crossClass: number;
  header: {
    region: boolean;
    year: boolean;
    kind: boolean;
    got: { region: string | null; year: number | null; kind: string };
  };
  misses: Miss[];
  extras: Extra[];
}

export function scoreDocument(text: string, doc: PlanDocument, gold: Gold): DocumentScore {
  const quoteSpans = (quote: string) => findAll(text, quote);
  const goldTargets = gold.targets.map((g) => ({ item: g, spans: quoteSpans(g.quote) }));
  const goldCommitments = gold.commitments.map((g) => ({ item: g, spans: quoteSpans(g.quote) }));

  const targetPairs = pairUp(
    goldTargets,
    doc.indicators,
    (g, p) =>
      overlapsAny(g.spans, [p.span, ...(p.otherSpans ?? [])]) && targetNumberAgrees(g.item.target, p.target),
    (g, p) => similarity(g.item.name, p.name),
  );
  const commitmentPairs = pairUp(
    goldCommitments,
    doc.commitments,
    (g, p) => overlapsAny(g.spans, [p.span]) && sameNumber(g.item.value, p.value),
    (g, p) => similarity(g.item.context, p.subject),
  );
  // A standard indicator with a number only in the tasks part is a target to one labeller and a
  // commitment to another: a gold item found in the other class (same span, same number) counts as
  // found, and is reported apart (crossClass).
  const crossTargets = pairUp(
    goldTargets.map((g, i) => ({ ...g, i })).filter((g) => !targetPairs.gold.has(g.i)),
    doc.commitments.map((p, i) => ({ p, i })).filter(({ i }) => !commitmentPairs.parsed.has(i)),
    (g, { p }) =>
      overlapsAny(g.spans, [p.span]) && numbersOf(g.item.target).some((n) => sameNumber(n, p.value)),
    (g, { p }) => similarity(g.item.name, p.subject),
  );
  const crossCommitments = pairUp(
    goldCommitments.map((g, i) => ({ ...g, i })).filter((g) => !commitmentPairs.gold.has(g.i)),
    doc.indicators.map((p, i) => ({ p, i })).filter(({ i }) => !targetPairs.parsed.has(i)),
    (g, { p }) =>
      overlapsAny(g.spans, [p.span, ...(p.otherSpans ?? [])]) &&
      targetNumberAgrees(String(g.item.value), p.target),
    (g, { p }) => similarity(g.item.context, p.name),
  );
  const unmatchedTargets = goldTargets.map((_, i) => i).filter((i) => !targetPairs.gold.has(i));
  const unmatchedCommitments = goldCommitments.map((_, i) => i).filter((i) => !commitmentPairs.gold.has(i));
  const parsedCommitmentsLeft = doc.commitments
    .map((_, i) => i)
    .filter((i) => !commitmentPairs.parsed.has(i));
  const parsedIndicatorsLeft = doc.indicators.map((_, i) => i).filter((i) => !targetPairs.parsed.has(i));
  for (const [g, p] of crossTargets.gold) {
    targetPairs.gold.set(unmatchedTargets[g], -1);
    commitmentPairs.parsed.set(parsedCommitmentsLeft[p], -1);
  }
  for (const [g, p] of crossCommitments.gold) {
    commitmentPairs.gold.set(unmatchedCommitments[g], -1);
    targetPairs.parsed.set(parsedIndicatorsLeft[p], -1);
  }
  const crossClass = crossTargets.gold.size + crossCommitments.gold.size;
  // Commitments restating a gold target are left out of the commitment precision.
  const restating = new Set(
    doc.commitments
      .map((p, i) => ({ p, i }))
      .filter(
        ({ p, i }) =>
          !commitmentPairs.parsed.has(i) &&
          goldTargets.some(
            (g) =>
              overlapsAny(g.spans, [p.span]) && numbersOf(g.item.target).some((n) => sameNumber(n, p.value)),
          ),
      )
      .map(({ i }) => i),
  );

  const misses: Miss[] = [
    ...goldTargets
      .filter((_, i) => !targetPairs.gold.has(i))
      .map((g) => ({
        kind: 'target' as const,
        name: g.item.name,
        quote: g.item.quote,
        quoteMissing: g.spans.length === 0,
      })),
    ...goldCommitments
      .filter((_, i) => !commitmentPairs.gold.has(i))
      .map((g) => ({
        kind: 'commitment' as const,
        name: g.item.context,
        quote: g.item.quote,
        quoteMissing: g.spans.length === 0,
      })),
  ];
  const extras: Extra[] = [
    ...doc.indicators
      .filter((_, i) => !targetPairs.parsed.has(i))
      .map((p) => ({ kind: 'target' as const, name: p.name, text: p.target.text, span: p.span })),
    ...doc.commitments
      .filter((_, i) => !commitmentPairs.parsed.has(i) && !restating.has(i))
      .map((p) => ({ kind: 'commitment' as const, name: p.subject, text: p.text, span: p.span })),
  ];

  const commitmentParsed = doc.commitments.length - restating.size;
  return {
    file: gold.file,
    targets: rates(
      gold.targets.length,
      doc.indicators.length,
      targetPairs.gold.size,
      targetPairs.parsed.size,
    ),
    commitments: rates(
      gold.commitments.length,
      commitmentParsed,
      commitmentPairs.gold.size,
      commitmentPairs.parsed.size,
    ),
    crossClass,
    header: {
      region: doc.plan.region === gold.header.region,
      year: yearRight(doc.plan, gold.header),
      kind: doc.plan.kind === gold.header.kind,
      got: { region: doc.plan.region, year: doc.plan.year, kind: doc.plan.kind },
    },
    misses,
    extras,
  };
}

export interface Averages {
  documents: number;
  targetRecall: number;
  targetPrecision: number;
  commitmentRecall: number;
  commitmentPrecision: number;
  /** Share of documents whose region, year and kind are all right. */
  headerRight: number;
}

/** Unweighted means over documents (a short report counts as much as a long one). */
export function averageScores(scores: DocumentScore[]): Averages {
  const mean = (f: (s: DocumentScore) => number) =>
    scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + f(s), 0) / scores.length;
  return {
    documents: scores.length,
    targetRecall: mean((s) => s.targets.recall),
    targetPrecision: mean((s) => s.targets.precision),
    commitmentRecall: mean((s) => s.commitments.recall),
    commitmentPrecision: mean((s) => s.commitments.precision),
    headerRight: mean((s) => (s.header.region && s.header.year && s.header.kind ? 1 : 0)),
  };
}

/**
 * The plan year; a five-year plan is labelled with no year but its period (1996–2000), which
 * the parsed header must state (its own year, if any, is then the period's first).
 */
function yearRight(plan: PlanDocument['plan'], gold: Gold['header']): boolean {
  if (gold.kind === 'five_year' && gold.year === null) {
    return (
      plan.periodStart === gold.periodStart &&
      plan.periodEnd === gold.periodEnd &&
      (plan.year === null || plan.year === gold.periodStart)
    );
  }
  return plan.year === gold.year;
}

function rates(gold: number, parsed: number, matched: number, parsedMatched: number) {
  return {
    gold,
    parsed,
    matched,
    // Nothing to find and nothing found is perfect; something found where nothing is, is not.
    recall: gold === 0 ? 1 : matched / gold,
    precision: parsed === 0 ? (gold === 0 ? 1 : 0) : Math.min(1, parsedMatched / parsed),
  };
}

/**
 * One-to-one pairing: every (gold, parsed) pair that `agrees`, taken best `score` first, each
 * item used once. Greedy is enough: candidates are few and local (overlapping spans).
 */
export function pairUp<G, P>(
  gold: G[],
  parsed: P[],
  agrees: (g: G, p: P) => boolean,
  score: (g: G, p: P) => number,
): { gold: Map<number, number>; parsed: Map<number, number> } {
  const candidates: Array<{ g: number; p: number; score: number }> = [];
  gold.forEach((g, gi) => {
    parsed.forEach((p, pi) => {
      if (agrees(g, p)) candidates.push({ g: gi, p: pi, score: score(g, p) });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const goldTaken = new Map<number, number>();
  const parsedTaken = new Map<number, number>();
  for (const c of candidates) {
    if (goldTaken.has(c.g) || parsedTaken.has(c.p)) continue;
    goldTaken.set(c.g, c.p);
    parsedTaken.set(c.p, c.g);
  }
  return { gold: goldTaken, parsed: parsedTaken };
}

export function findAll(text: string, quote: string): Span[] {
  const out: Span[] = [];
  if (quote === '') return out;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    out.push([at, at + quote.length]);
  }
  return out;
}

function overlapsAny(a: Span[], b: Span[]): boolean {
  return a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

/** The numbers written in a target text (增长5%—5.5% → [5, 5.5]; full-width digits read). */
export function numbersOf(text: string): number[] {
  return (toHalfWidth(text).match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}

export function targetNumberAgrees(
  goldTarget: string,
  parsed: { value: number | null; min: number | null; max: number | null; stretch?: number | null },
): boolean {
  const wanted = numbersOf(goldTarget);
  if (wanted.length === 0) return true;
  const got = [parsed.value, parsed.min, parsed.max, parsed.stretch].filter((n): n is number => n != null);
  // A decrease is stored signed (下降3% → −3); the gold text writes 下降3%.
  return got.some((n) => wanted.some((w) => sameNumber(w, Math.abs(n))));
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

/** Character-bigram Dice coefficient of two names, after removing spaces and punctuation. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const t = toHalfWidth(s).replace(/[\s\p{P}]/gu, '');
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < t.length; i++) out.set(t.slice(i, i + 2), (out.get(t.slice(i, i + 2)) ?? 0) + 1);
    if (t.length === 1) out.set(t, 1);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return total === 0 ? 0 : (2 * common) / total;
}
