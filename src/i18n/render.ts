import { CATALOG } from './catalog/index.ts';
import type { Lang } from './lang.ts';
import type { Message } from './message.types.ts';

/**
 * The sentence of a message in a language. An unknown code (a newer server, a typo) renders as
 * the code itself rather than failing: what a reader sees is then searchable, never empty.
 *
 * @example render({ code: 'NOT_FOUND', params: { what: '规划', id: 7 } }, 'en') // '规划 7 not found'
 */
export function render(message: Message, lang: Lang): string {
  const entry = CATALOG[message.code];
  if (!entry) return message.code;
  try {
    return entry[lang](message.params ?? {});
  } catch {
    return message.code;
  }
}

/** Whether a code has a sentence (for tests and for callers that fall back to their own text). */
export function hasMessage(code: string): boolean {
  return Object.hasOwn(CATALOG, code);
}

/** A value that looks like a message ({code, params}), e.g. one nested in another's params. */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { params?: unknown }).params === 'object'
  );
}
