export type { AnyTranslations } from './catalog/index.ts';
export { AREA_CATALOGS, CATALOG } from './catalog/index.ts';
export { formatAmount, formatNumber, formatPeriod, formatPoints, formatShare } from './format.ts';
export type { Lang } from './lang.ts';
export { DEFAULT_LANG, LANGS, negotiateLang, toLang } from './lang.ts';
export type { CatalogFor, Message, MessageOf, Params, ParamValue, Translations } from './message.types.ts';
export { hasMessage, isMessage, render } from './render.ts';
