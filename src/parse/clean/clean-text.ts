import * as OpenCC from 'opencc-js/t2cn';
import { toHalfWidth } from '../../domain/numbers/to-half-width.ts';
import { applyEdits, type Edit, identityMapped, type MappedText, withSameLengthText } from './mapped-text.ts';
import { pageBreakEdits, type RemovedLine } from './page-breaks.ts';
import { flatLineEdits } from './split-flat-lines.ts';
import { markupEdits } from './strip-markup.ts';

export interface CleanedText {
  mapped: MappedText;
  /** Lines and notes removed as page noise, with their original text and span. */
  removed: Array<{ kind: RemovedLine['kind']; text: string; span: [number, number] }>;
  /** Original spans of the page breaks that were rejoined. */
  joins: Array<[number, number]>;
}

let toSimplified: ((s: string) => string) | null = null;

function simplify(s: string): string {
  const convert = toSimplified ?? OpenCC.Converter({ from: 'tw', to: 'cn' });
  toSimplified = convert;
  return convert(s);
}

/**
 * Stage 1 of the pipeline: original text → clean text with an offset map. Markup goes, widths
 * and scripts are normalised (full-width → ASCII, traditional → simplified), and page-break
 * noise is removed so that sentences cut by a page read whole again.
 */
export function cleanText(original: string): CleanedText {
  let m = identityMapped(original);
  m = applyEdits(m, markupEdits(m.text));
  if (/[\uff01-\uff5e\u3000﹪﹣﹢﹐﹒﹙﹚−]/.test(m.text)) m = withSameLengthText(m, toHalfWidth(m.text));
  // 「十五五」 quotes as “十五五” do: every later pattern knows one form.
  if (/[「」『』]/.test(m.text))
    m = withSameLengthText(m, m.text.replace(/[「『]/g, '“').replace(/[」』]/g, '”'));
  m = toSimplifiedMapped(m);
  m = applyEdits(m, flatLineEdits(m.text));
  const breaks = pageBreakEdits(m.text);
  const before = m;
  const orig = (s: number, e: number): [number, number] =>
    e > s ? [before.starts[s], before.ends[e - 1]] : [before.starts[s] ?? 0, before.starts[s] ?? 0];
  const removed = breaks.removed.map((r) => ({ kind: r.kind, text: r.text, span: orig(r.start, r.end) }));
  const joins = breaks.joins.map(([s, e]) => orig(Math.max(0, s - 1), Math.min(before.text.length, e + 1)));
  m = applyEdits(m, breaks.edits);
  return { mapped: m, removed, joins };
}

// Characters that are also correct simplified Chinese (显著, 乾坤): a simplified text keeps them;
// only a text that is traditional throughout has them converted.
const AMBIGUOUS = new Set(['著', '乾', '瞭', '覆', '麽', '夥', '藉', '閒']);

function keepAmbiguous(before: string, after: string): string {
  let changed = 0;
  let cjk = 0;
  for (let i = 0; i < before.length; i++) {
    if (before.charCodeAt(i) >= 0x4e00) cjk++;
    if (before[i] !== after[i] && !AMBIGUOUS.has(before[i])) changed++;
  }
  if (changed >= Math.max(3, cjk * 0.02)) return after;
  let out = '';
  for (let i = 0; i < before.length; i++) out += AMBIGUOUS.has(before[i]) ? before[i] : after[i];
  return out;
}

// Whether the converter changes a character on its own (cached: a report uses a few thousand).
const CHANGES = new Map<number, boolean>();

/** Whether any character other than the ambiguous ones is traditional: most reports have none. */
function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    let changes = CHANGES.get(code);
    if (changes === undefined) {
      const c = text[i];
      changes = !AMBIGUOUS.has(c) && simplify(c) !== c;
      CHANGES.set(code, changes);
    }
    if (changes) return true;
  }
  return false;
}

function toSimplifiedMapped(m: MappedText): MappedText {
  // A text without one traditional character stays as it is (the converter is the costly part).
  if (!hasTraditional(m.text)) return m;
  const whole = simplify(m.text);
  if (whole === m.text) return m;
  if (whole.length === m.text.length) return withSameLengthText(m, keepAmbiguous(m.text, whole));
  // A phrase conversion changed a length: convert line by line so only that line maps coarsely.
  const edits: Edit[] = [];
  let start = 0;
  while (start <= m.text.length) {
    const nl = m.text.indexOf('\n', start);
    const end = nl < 0 ? m.text.length : nl;
    const line = m.text.slice(start, end);
    const conv = simplify(line);
    if (conv !== line) edits.push({ start, end, replacement: conv });
    if (nl < 0) break;
    start = nl + 1;
  }
  return applyEdits(m, edits);
}
