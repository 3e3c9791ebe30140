import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanDocument } from '../../src/parse/index.ts';
import { type DocumentScore, type Gold, scoreDocument } from './score-parse.ts';

/** This folder: the corpus copied into the project (documents, SOURCES.tsv and gold labels). */
export const PROJECT_CORPUS = new URL('.', import.meta.url).pathname;

/**
 * Parse every document of `corpusDir` that has a gold file and score it. The gold file
 * `<name>.gold.json` is looked for beside the document, then in `goldDir`.
 */
export async function evaluateCorpus(corpusDir: string, goldDir = PROJECT_CORPUS): Promise<DocumentScore[]> {
  const scores: DocumentScore[] = [];
  for (const file of readdirSync(corpusDir)
    .filter((f) => /\.(?:txt|md|html?|docx)$/.test(f))
    .sort()) {
    const goldName = file.replace(/\.[^.]+$/, '.gold.json');
    const goldPath = [join(corpusDir, goldName), join(goldDir, goldName)].find((p) => existsSync(p));
    if (!goldPath) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    const bytes = new Uint8Array(readFileSync(join(corpusDir, file)));
    const { document, text } = await parsePlanDocument(bytes, file);
    scores.push(scoreDocument(text, document, { ...gold, file }));
  }
  return scores;
}
