/** The languages planwatch speaks: Chinese first, English available. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];
export const DEFAULT_LANG: Lang = 'zh';

/** A language tag (zh-CN, en-US, EN, zh_Hans) as a Lang, or null when planwatch does not speak it. */
export function toLang(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' || primary === 'en' ? primary : null;
}

/**
 * The language of a request: an explicit `?lang=` (or `--lang`) wins, then the best
 * Accept-Language entry planwatch speaks (by q-value, then order), then Chinese.
 *
 * @example negotiateLang({ acceptLanguage: 'en-US,en;q=0.9,zh;q=0.8' }) // 'en'
 * @example negotiateLang({ query: 'zh', acceptLanguage: 'en' })         // 'zh'
 * @example negotiateLang({ acceptLanguage: 'fr-FR' })                    // 'zh'
 */
export function negotiateLang(input: { query?: string | null; acceptLanguage?: string | null }): Lang {
  const explicit = toLang(input.query);
  if (explicit) return explicit;
  const ranked = (input.acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...attrs] = part.trim().split(';');
      const q = attrs.map((a) => /^\s*q=([\d.]+)\s*$/.exec(a)).find((m) => m != null);
      return { lang: toLang(tag), q: q ? Number(q[1]) : 1, index };
    })
    .filter((e): e is { lang: Lang; q: number; index: number } => e.lang != null && e.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang ?? DEFAULT_LANG;
}
