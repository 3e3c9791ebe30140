import { findCatalogEntry } from '../domain/catalog/indicator-catalog.ts';
import { normalizeIndicatorName } from '../domain/catalog/normalize-indicator-name.ts';
import type { Target } from '../domain/target/target.types.ts';
import type { FoundIndicator } from './items/item.types.ts';

export interface ReconciledIndicator extends FoundIndicator {
  sources: Array<'table' | 'paragraph'>;
  others: Array<[number, number]>;
}

export interface Disagreement {
  name: string;
  tableTarget: string;
  paragraphTarget: string;
  start: number;
  end: number;
}

/**
 * Scores whether two names denote the same indicator: the catalog code when both names have
 * one, else the character-bigram Dice similarity of their normalised forms. Catalog lookups
 * are costly, so each name is looked up once per matcher (one matcher per parse).
 */
export function createNameMatcher(): (a: string, b: string) => number {
  const forms = new Map<string, { form: string; code: string | null; grams: string[] }>();
  const info = (name: string) => {
    let f = forms.get(name);
    if (!f) {
      const form = normalizeIndicatorName(name)[0] ?? name;
      let code: string | null = null;
      try {
        code = findCatalogEntry(name)?.code ?? null;
      } catch {
        code = null;
      }
      const grams: string[] = [];
      for (let i = 0; i + 1 < form.length; i++) grams.push(form.slice(i, i + 2));
      f = { form, code, grams };
      forms.set(name, f);
    }
    return f;
  };
  // Each pair is scored once: commitments are compared with every indicator of the same unit.
  const scores = new Map<string, Map<string, number>>();
  return (a, b) => {
    let known = scores.get(a);
    if (!known) {
      known = new Map();
      scores.set(a, known);
    }
    let s = known.get(b);
    if (s === undefined) {
      const fa = info(a);
      const fb = info(b);
      s = fa.code && fb.code ? (fa.code === fb.code ? 1 : 0) : similarity(fa, fb);
      known.set(b, s);
    }
    return s;
  };
}

function similarity(a: { form: string; grams: string[] }, b: { form: string; grams: string[] }): number {
  if (a.form === b.form) return 1;
  if (a.form.length >= 3 && b.form.length >= 3 && (a.form.includes(b.form) || b.form.includes(a.form)))
    return 0.9;
  if (a.grams.length === 0 || b.grams.length === 0) return 0;
  const pool = [...b.grams];
  let common = 0;
  for (const g of a.grams) {
    const k = pool.indexOf(g);
    if (k >= 0) {
      common++;
      pool.splice(k, 1);
    }
  }
  return (2 * common) / (a.grams.length + b.grams.length);
}

/**
 * One list from the table and the paragraph: a paragraph mention of a table row adds its
 * category and span to the row (the table is primary); a mention the table lacks is kept on
 * its own. When the two state different targets, the table wins and a disagreement is reported.
 */
export function reconcileIndicators(
  table: FoundIndicator[],
  paragraph: FoundIndicator[],
  score: (a: string, b: string) => number = createNameMatcher(),
): { indicators: ReconciledIndicator[]; disagreements: Disagreement[] } {
  const rows: ReconciledIndicator[] = table.map((t) => ({ ...t, sources: ['table'], others: [] }));
  const extra: ReconciledIndicator[] = [];
  const disagreements: Disagreement[] = [];
  const pairs: Array<{ p: number; r: number; score: number }> = [];
  // Rows grouped by period and name: a paragraph mention is scored against each distinct name once.
  const groups = new Map<string, Map<string, number[]>>();
  rows.forEach((r, ri) => {
    let byName = groups.get(r.period);
    if (!byName) {
      byName = new Map();
      groups.set(r.period, byName);
    }
    const same = byName.get(r.name);
    if (same) same.push(ri);
    else byName.set(r.name, [ri]);
  });
  paragraph.forEach((p, pi) => {
    for (const [name, rowsNamed] of groups.get(p.period) ?? []) {
      const s = score(p.name, name);
      if (s >= 0.5) for (const ri of rowsNamed) pairs.push({ p: pi, r: ri, score: s });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.p - b.p || a.r - b.r);
  const usedP = new Set<number>();
  const usedR = new Set<number>();
  for (const { p, r } of pairs) {
    if (usedP.has(p) || usedR.has(r)) continue;
    usedP.add(p);
    usedR.add(r);
    const row = rows[r];
    const para = paragraph[p];
    row.sources = ['table', 'paragraph'];
    row.others.push([para.start, para.end]);
    // The paragraph's grouping names the category; a group row of the table is the fallback.
    row.category = para.category ?? row.category;
    if (!row.attributeStated && para.attributeStated) row.attribute = para.attribute;
    if (!targetsAgree(row.target, para.target)) {
      disagreements.push({
        name: row.name,
        tableTarget: row.target.text,
        paragraphTarget: para.target.text,
        start: para.start,
        end: para.end,
      });
    }
  }
  paragraph.forEach((p, pi) => {
    if (!usedP.has(pi)) extra.push({ ...p, sources: ['paragraph'], others: [] });
  });
  return { indicators: [...rows, ...extra].sort((a, b) => a.start - b.start), disagreements };
}

/** Same commitment in other words: 涨幅2%左右 ≡ 102左右, 45%以上 ≡ 达到45%以上. */
export function targetsAgree(a: Target, b: Target): boolean {
  const effective = (t: Target): number | null =>
    t.kind === 'index' ? (t.impliedGrowth ?? null) : (t.normalized?.value ?? t.value ?? t.min ?? null);
  const ea = effective(a);
  const eb = effective(b);
  if (ea === null || eb === null) {
    if (ea !== eb) return false;
    return a.kind === b.kind || (a.kind !== 'index' && b.kind !== 'index');
  }
  return Math.abs(ea - eb) < 1e-9 * Math.max(1, Math.abs(ea));
}
