import type { Locale } from '../i18n/index.tsx';

/** ` (english words)` after a Chinese phrase: no CJK inside, at least one lowercase letter. */
const GLOSS = /\s+\(([^()\u3400-\u9fff]*[a-z][^()\u3400-\u9fff]*)\)/g;
const CJK = /[\u3400-\u9fff]/;
/** The first Chinese phrase, its gloss, and what follows. */
const LEADING = /^([^()]*?)\s+\(([^()\u3400-\u9fff]*[a-z][^()\u3400-\u9fff]*)\)(.*)$/s;

/**
 * The server writes its messages in both languages, `中文 (english)`: the reader gets the half in
 * their language. Chinese drops the English glosses; English takes the gloss of a message that
 * opens with one Chinese phrase and keeps any details after it (names stay as written).
 *
 * @example serverMessage('不是数字 (not a number)', 'zh-CN') // '不是数字'
 * @example serverMessage('跨页断句已拼接 (sentence rejoined across a page break)', 'en')
 *   // 'sentence rejoined across a page break'
 */
export function serverMessage(message: string, locale: Locale): string {
  if (locale !== 'en') return message.replace(GLOSS, '');
  const m = LEADING.exec(message);
  // Several glosses interleaved (规划 (plan) 1 不存在 (not found)): both halves are kept.
  if (!m || !CJK.test(m[1]) || m[3].replace(GLOSS, '') !== m[3]) return message;
  const [, , gloss, rest] = m;
  return `${gloss.charAt(0).toUpperCase()}${gloss.slice(1)}${rest}`;
}
