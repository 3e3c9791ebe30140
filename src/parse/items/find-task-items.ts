import type { Block } from '../blocks/block.types.ts';
import { type FoundCommitment, findCommitments } from './find-commitments.ts';
import { TARGETS_INTRO } from './find-parts.ts';
import { type FoundFact, findPortfolioFacts } from './find-portfolio.ts';
import { type FoundProject, findProjects } from './find-projects.ts';
import { sentences } from './split-text.ts';

export interface FoundTaskItems {
  commitments: FoundCommitment[];
  projects: FoundProject[];
  facts: FoundFact[];
}

/** Quantitative commitments, named projects and portfolio facts of the tasks text, sentence by sentence. */
export function findTaskItems(taskBlocks: Block[]): FoundTaskItems {
  const out: FoundTaskItems = { commitments: [], projects: [], facts: [] };
  for (const b of taskBlocks) {
    if (b.kind !== 'paragraph' || TARGETS_INTRO.test(b.text)) continue;
    // The list marker (1. · (2)) is no part of what the item says.
    const from = b.marker ? Math.max(0, b.marker.end - b.start) : 0;
    const lead = b.text.slice(from).length - b.text.slice(from).trimStart().length;
    const body = { text: b.text.slice(from + lead), start: b.start + from + lead, end: b.end };
    for (const s of sentences(body)) {
      out.commitments.push(...findCommitments(s));
      out.projects.push(...findProjects(s));
      out.facts.push(...findPortfolioFacts(s));
    }
  }
  return out;
}
