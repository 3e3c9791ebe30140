/**
 * `npm run eval:parse [-- corpusDir] [--gold dir] [--verbose]`: the parser against the gold labels
 * of real reports — per document and on average, target and commitment recall and precision, and
 * whether the header (region, year, kind) is right. corpusDir defaults to $PLANWATCH_CORPUS, then
 * ../shared/corpus, then the copy in test/corpus. Matching is documented in test/corpus/score-parse.ts.
 */
import { existsSync } from 'node:fs';
import { evaluateCorpus, PROJECT_CORPUS } from '../test/corpus/evaluate-corpus.ts';
import { averageScores, type DocumentScore } from '../test/corpus/score-parse.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const goldAt = args.indexOf('--gold');
const goldDir = goldAt >= 0 ? args[goldAt + 1] : PROJECT_CORPUS;
const positional = args.filter((a, i) => !a.startsWith('-') && (goldAt < 0 || i !== goldAt + 1));
const corpusDir =
  positional[0] ??
  process.env.PLANWATCH_CORPUS ??
  (existsSync('../shared/corpus') ? '../shared/corpus' : PROJECT_CORPUS);

const scores = await evaluateCorpus(corpusDir, goldDir);
if (scores.length === 0) {
  process.stderr.write(`no document with a gold file in ${corpusDir}\n`);
  process.exit(1);
}

const pct = (x: number) => x.toFixed(2).padStart(5);
const line = (cols: string[]) => `${cols[0].padEnd(28)} ${cols.slice(1).join('  ')}\n`;
process.stdout.write(`corpus: ${corpusDir}\n\n`);
process.stdout.write(line(['document', 'T-rec', 'T-pre', ' T(g/p)', 'C-rec', 'C-pre', ' C(g/p)', 'header']));
for (const s of scores) {
  process.stdout.write(
    line([
      s.file.replace(/\.[^.]+$/, ''),
      pct(s.targets.recall),
      pct(s.targets.precision),
      `${s.targets.gold}/${s.targets.parsed}`.padStart(7),
      pct(s.commitments.recall),
      pct(s.commitments.precision),
      `${s.commitments.gold}/${s.commitments.parsed}`.padStart(7),
      headerCell(s) + (s.crossClass > 0 ? `  (${s.crossClass} found in the other class)` : ''),
    ]),
  );
  if (verbose) details(s);
}
const avg = averageScores(scores);
process.stdout.write(
  line([
    `mean of ${avg.documents}`,
    pct(avg.targetRecall),
    pct(avg.targetPrecision),
    ''.padStart(7),
    pct(avg.commitmentRecall),
    pct(avg.commitmentPrecision),
    ''.padStart(7),
    `${Math.round(avg.headerRight * avg.documents)}/${avg.documents} right`,
  ]),
);

function headerCell(s: DocumentScore): string {
  const h = s.header;
  if (h.region && h.year && h.kind) return 'ok';
  const wrong = [
    h.region ? '' : `region=${h.got.region}`,
    h.year ? '' : `year=${h.got.year}`,
    h.kind ? '' : `kind=${h.got.kind}`,
  ];
  return wrong.filter(Boolean).join(' ');
}

function details(s: DocumentScore) {
  for (const m of s.misses) {
    process.stdout.write(
      `    - missed ${m.kind} ${m.name}: ${m.quote}${m.quoteMissing ? '  [QUOTE NOT IN TEXT]' : ''}\n`,
    );
  }
  for (const e of s.extras) {
    process.stdout.write(`    + extra ${e.kind} ${e.name}: ${e.text} @${e.span[0]}\n`);
  }
}
