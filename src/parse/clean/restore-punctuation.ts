import type { MappedText } from './mapped-text.ts';

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};
// Quotes cleaning made “”: the report's corner quotes 「」『』 are shown as written.
const QUOTES: Record<string, string> = { '「': '“', '『': '“', '」': '”', '』': '”' };

/**
 * Text shown to people keeps the report's Chinese punctuation (，；：（）) where the original had
 * it; cleaning made it ASCII only so that the stages could match one form. `text` must be the
 * cleaned text at `start` (else it is returned as it is). Names keep the normalised form.
 */
export function restorePunctuation(text: string, m: MappedText, original: string, start: number): string {
  if (m.text.slice(start, start + text.length) !== text) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const wide = FULL_WIDTH[c];
    const at = m.starts[start + i];
    const single = m.ends[start + i] === at + 1;
    if (single && QUOTES[original[at]] === c) out += original[at];
    else out += wide && single && original[at] === wide ? wide : c;
  }
  return out;
}
