/**
 * Full-width forms (U+FF01–U+FF5E, ideographic space and a few small forms) → ASCII, one
 * character for one character, so offsets computed on the result are valid in the original.
 *
 * @example toHalfWidth('增长１２．５％（约）') // '增长12.5%(约)'
 */
export function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += SMALL_FORMS[s[i]] ?? s[i];
  }
  return out;
}

// Small-form and look-alike variants that OCR and some typesetting produce.
const SMALL_FORMS: Record<string, string> = {
  '﹪': '%',
  '﹣': '-',
  '﹢': '+',
  '﹐': ',',
  '﹒': '.',
  '﹙': '(',
  '﹚': ')',
  '−': '-',
};
