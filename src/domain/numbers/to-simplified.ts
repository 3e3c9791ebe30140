import * as OpenCC from 'opencc-js/t2cn';
import { toHalfWidth } from './to-half-width.ts';

let convert: ((s: string) => string) | null = null;

/**
 * Traditional → simplified Chinese (增長 → 增长, 達到 → 达到, 以內 → 以内), so that reports from
 * Hong Kong / Taiwan sources or OCR output read the same as mainland ones. Character for
 * character in practice, but callers that need offsets should not rely on it.
 */
export function toSimplified(s: string): string {
  // Built on first use: the dictionaries cost a few milliseconds to load.
  const converter = convert ?? OpenCC.Converter({ from: 't', to: 'cn' });
  convert = converter;
  return converter(s);
}

/** Half-width and simplified, corner quotes as “” (「十五五」): the form matching code compares. */
export function normalizeChineseText(s: string): string {
  const quoted = /[「」『』]/.test(s) ? s.replace(/[「『]/g, '“').replace(/[」』]/g, '”') : s;
  return toSimplified(toHalfWidth(quoted));
}
