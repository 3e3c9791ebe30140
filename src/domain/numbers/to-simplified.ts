import * as OpenCC from 'opencc-js/t2cn';
import { toHalfWidth } from './to-half-width.ts';

let convert: ((s: string) => string) | null = null;

/**
 * Traditional → simplified Chinese (增長 → 增长, 達到 → 达到, 以內 → 以内), so that reports from
 * Hong Kong / Taiwan sources or OCR output read the same as mainland ones. Character for
 * character in practice, but callers that need offsets should not rely on it.
 */
export function toSimplified(s: string): string {
  return hasTraditional(s) ? converter()(s) : s;
}

function converter(): (s: string) => string {
  // Built on first use: the dictionaries cost a few milliseconds to load.
  const built = convert ?? OpenCC.Converter({ from: 't', to: 'cn' });
  convert = built;
  return built;
}

// Whether the converter changes a character on its own; a text uses a few thousand characters.
const CHANGES = new Map<number, boolean>();

/**
 * Whether any character of `s` is converted: most texts are simplified already, and the
 * converter (a dictionary walk per character) is the costly part. Phrase entries only override
 * characters that convert on their own, so a text without one is left as it is.
 */
export function hasTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x3400) continue;
    let changes = CHANGES.get(code);
    if (changes === undefined) {
      changes = converter()(s[i]) !== s[i];
      CHANGES.set(code, changes);
    }
    if (changes) return true;
  }
  return false;
}

/** Half-width and simplified, corner quotes as “” (「十五五」): the form matching code compares. */
export function normalizeChineseText(s: string): string {
  const quoted = /[「」『』]/.test(s) ? s.replace(/[「『]/g, '“').replace(/[」』]/g, '”') : s;
  return toSimplified(toHalfWidth(quoted));
}
