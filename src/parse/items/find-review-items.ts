import type { Block } from '../blocks/block.types.ts';
import { type FoundChallenge, findChallenges } from './find-challenges.ts';
import { type FoundOutcome, findOutcomes } from './find-outcomes.ts';
import type { PartRole } from './find-parts.ts';
import { findTableOutcomes } from './find-table-outcomes.ts';

export interface FoundReviewItems {
  challenges: FoundChallenge[];
  outcomes: FoundOutcome[];
}

/**
 * What the review part states: the problems list (一是…二是…) and last year's figures, from
 * its text and from result columns of tables. A paragraph listing problems holds no outcomes
 * even when it quotes a number.
 */
export function findReviewItems(
  blocks: Block[],
  roles: PartRole[],
  planYear: number | null,
): FoundReviewItems {
  const out: FoundReviewItems = { challenges: [], outcomes: [] };
  const fromTables: FoundOutcome[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'table' && roles[i] !== 'tasks') {
      fromTables.push(...findTableOutcomes(b.rows, planYear ? planYear - 1 : null));
      return;
    }
    if (b.kind !== 'paragraph' || roles[i] === 'tasks' || roles[i] === 'targets') return;
    const p = { text: b.text, start: b.start, end: b.end };
    const challenges = findChallenges(p);
    out.challenges.push(...challenges);
    if (roles[i] !== 'execution') return;
    // Figures come before the problems list, never from inside it.
    const upTo = challenges.length > 0 ? challenges[0].start - b.start : b.text.length;
    const before = { text: b.text.slice(0, upTo), start: b.start, end: b.start + upTo };
    out.outcomes.push(...findOutcomes(before, planYear ? planYear - 1 : null));
  });
  // A figure the text already reports is not repeated from the table.
  const core = (name: string) => name.replace(/增长|增速|增幅|涨幅|降低|下降|人数|总额|总量/g, '');
  const stated = (o: FoundOutcome) =>
    out.outcomes.some(
      (t) =>
        t.value === o.value &&
        t.unit === o.unit &&
        (core(t.name).includes(core(o.name)) || core(o.name).includes(core(t.name))),
    );
  out.outcomes.push(...fromTables.filter((o) => !stated(o)));
  return out;
}
