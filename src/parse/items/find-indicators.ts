import { normalizeIndicatorName } from '../../domain/catalog/normalize-indicator-name.ts';
import { parseTarget } from '../../domain/target/parse-target.ts';
import type { Target } from '../../domain/target/target.types.ts';
import type { Block } from '../blocks/block.types.ts';
import { type PartRole, TARGETS_INTRO } from './find-parts.ts';
import type { FoundIndicator, Skipped } from './item.types.ts';
import { periodReader } from './plan-period.ts';
import { findNarrativeScopes, readNarrativeIndicators } from './read-narrative-indicators.ts';
import { type ParseTargetFn, readParagraphIndicators } from './read-paragraph-indicators.ts';
import type { HeaderResult } from './read-plan-header.ts';
import { readTableIndicators } from './read-table-indicators.ts';
import { withoutYearRole } from './year-words.ts';

export interface FoundIndicators {
  table: FoundIndicator[];
  paragraph: FoundIndicator[];
  /** Blocks read as a numbered list of targets (not task text). */
  targetBlocks: Set<number>;
  /** Tables or lists of an earlier year's targets, left out. */
  pastSkipped: Array<{ period: string; start: number; end: number }>;
  /** Rows and clauses that looked like targets but were not read. */
  skipped: Skipped[];
  periodStart: number | null;
  periodEnd: number | null;
}

/** The heading just before a table (its caption), within two blocks. */
export function captionOf(blocks: Block[], i: number): string {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const b = blocks[k];
    if (b.kind === 'heading') return b.text;
  }
  return '';
}

/**
 * Every stated target: the rows of main-targets tables and the clauses of 主要(预期)目标
 * paragraphs (or the numbered list after one), each with the period it is for.
 */
export function findIndicators(
  blocks: Block[],
  text: string,
  header: HeaderResult,
  roles: PartRole[] = [],
): FoundIndicators {
  const { periodOf, statedPeriod, range } = periodReader(header);
  const parse = (t: string, name: string): Target => parseTarget(t, { indicatorName: name });
  const out: FoundIndicators = {
    table: [],
    paragraph: [],
    targetBlocks: new Set(),
    pastSkipped: [],
    skipped: [],
    periodStart: null,
    periodEnd: null,
  };
  // Last year's targets (with their results) belong to the review, not to this plan.
  const currentOnly = (found: FoundIndicator[], b: Block): FoundIndicator[] => {
    const year = header.year;
    const past = found.filter((f) => year !== null && /^\d{4}$/.test(f.period) && Number(f.period) < year);
    if (past.length > 0) out.pastSkipped.push({ period: past[0].period, start: b.start, end: b.end });
    return past.length === 0 ? found : found.filter((f) => !past.includes(f));
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'table') {
      const caption = captionOf(blocks, i);
      out.table.push(
        ...currentOnly(
          readTableIndicators(b.rows, (y) => periodOf(caption, y), parse, out.skipped),
          b,
        ),
      );
      return;
    }
    const intro = b.kind === 'paragraph' ? TARGETS_INTRO.exec(b.text) : null;
    if (!intro) return;
    const at = intro.index + intro[0].length;
    // The paragraph's own words say which period; the heading above only when they do not.
    const own = b.text.slice(0, intro.index);
    const saysPeriod = /\d{4}\s*年|今年|明年|五年|五”?时期|[一二三四五六七八九十]五”?规划/.test(
      withoutYearRole(own),
    );
    const heading = blocks
      .slice(0, i)
      .reverse()
      .find((x) => x.kind === 'heading');
    const context = saysPeriod || !heading || heading.kind !== 'heading' ? own : `${heading.text} ${own}`;
    const body = { text: b.text.slice(at), start: b.start + at, end: b.end };
    // "今后五年…目标是：…到2030年…" with no year anywhere else: the end year dates the five years.
    const endYear = header.year === null ? /(?:到|至)\s*\d{4}\s*年/.exec(body.text)?.[0] : undefined;
    const period = periodOf(endYear && /五年/.test(context) ? `${context} ${endYear}` : context);
    out.paragraph.push(
      ...currentOnly(readParagraphIndicators(body, period, parse, out.skipped, statedPeriod), b),
    );
    if (body.text.trim().length > 3) return;
    // "主要目标：" then a numbered list, one target per line.
    for (let k = i + 1; k < blocks.length; k++) {
      const item = blocks[k];
      if (item.kind === 'table' || item.marker?.level !== 'item') break;
      out.targetBlocks.add(k);
      const from = item.marker.end;
      const piece = { text: text.slice(from, item.end), start: from, end: item.end };
      out.paragraph.push(
        ...currentOnly(readParagraphIndicators(piece, period, parse, out.skipped, statedPeriod), item),
      );
    }
  });
  readNarrative(blocks, roles, header, out, parse, statedPeriod, periodOf);
  const r = range();
  out.periodStart = r.start;
  out.periodEnd = r.end;
  return out;
}

/**
 * Targets in running text (a five-year goals part, the paragraphs around the year's list), each
 * kept unless the list or table already states the same indicator for the same period.
 */
function readNarrative(
  blocks: Block[],
  roles: PartRole[],
  header: HeaderResult,
  out: FoundIndicators,
  parse: ParseTargetFn,
  statedPeriod: (words: string) => string | null,
  periodOf: (words: string) => string,
) {
  const planYear = header.year;
  const isRead = (i: number) => {
    const b = blocks[i];
    return out.targetBlocks.has(i) || (b.kind === 'paragraph' && TARGETS_INTRO.test(b.text));
  };
  // A goals heading of an earlier plan ("十四五"规划主要目标顺利完成) reviews, it does not plan.
  const isCurrent = (context: string) => {
    const stated = statedPeriod(context);
    if (stated === null || planYear === null) return true;
    const end = Number(stated.split('-').pop());
    return end >= planYear;
  };
  // Indicators already stated, by period and name form: each found one is looked up, not compared.
  const known = new Set([...out.table, ...out.paragraph].map((k) => `${k.period}\u0000${nameForm(k.name)}`));
  // In an outline the goals chapter holds its lists; in a work report the year's list ends the
  // five-year goals before it.
  const listInScope = header.kind === 'five_year';
  for (const scope of findNarrativeScopes(blocks, roles, isRead, isCurrent, listInScope)) {
    const period = scope.context === '' ? periodOf('') : periodOf(scope.context);
    for (const i of scope.blocks) {
      const b = blocks[i];
      if (b.kind !== 'paragraph') continue;
      const from = b.marker ? Math.max(0, b.marker.end - b.start) : 0;
      const body = { text: b.text.slice(from), start: b.start + from, end: b.end };
      for (const found of readNarrativeIndicators(body, period, parse)) {
        const key = `${found.period}\u0000${nameForm(found.name)}`;
        if (known.has(key)) continue;
        known.add(key);
        out.paragraph.push(found);
      }
    }
  }
}

// Words around a name that do not make it another indicator (全省生产总值 ≡ 地区生产总值增长).
const NAME_FILLER = /^(?:全省|全市|全区|全国|地区)|(?:增长|增速|总量|规模)$/g;

/** The form two names of one indicator share (全省生产总值 and 地区生产总值增长 → 生产总值). */
function nameForm(name: string): string {
  return (normalizeIndicatorName(name)[0] ?? name).replace(NAME_FILLER, '');
}
