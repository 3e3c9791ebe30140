import { describe, expect, it } from 'vitest';
import { evaluateCorpus, PROJECT_CORPUS } from './evaluate-corpus.ts';
import { averageScores } from './score-parse.ts';

/**
 * Regression floor on the labelled real reports copied into test/corpus (`npm run eval:parse`
 * prints the detail). Raise the floor as the parser improves; never lower it to make a change pass.
 */
const FLOOR = {
  targetRecall: 0.82,
  targetPrecision: 0.95,
  commitmentRecall: 0.9,
  commitmentPrecision: 0.88,
  headerRight: 1,
};

describe('the parser on the labelled corpus of real reports', () => {
  it('keeps its mean recall, precision and header rate at or above the floor', async () => {
    const averages = averageScores(await evaluateCorpus(PROJECT_CORPUS));
    expect(averages.documents).toBeGreaterThanOrEqual(8);
    for (const [key, floor] of Object.entries(FLOOR)) {
      expect(averages[key as keyof typeof FLOOR], key).toBeGreaterThanOrEqual(floor);
    }
  });
});
