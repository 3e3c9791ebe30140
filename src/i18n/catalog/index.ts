import type { Translations } from '../message.types.ts';
import { alertsCatalog } from './alerts.ts';
import { errorsCatalog } from './errors.ts';
import { reportCatalog } from './report.ts';

/**
 * Every code planwatch can say, from every area's catalog. An area adds its file beside this one
 * (`catalog/<area>.ts`, codes prefixed by the area) and spreads it here; codes must not collide
 * (the i18n tests check that each code is defined once).
 */
export const AREA_CATALOGS = {
  errors: errorsCatalog,
  report: reportCatalog,
  alerts: alertsCatalog,
} as const;

// biome-ignore lint/suspicious/noExplicitAny: the registry is looked up by run-time codes; each area is typed on its own.
export type AnyTranslations = Translations<any>;

export const CATALOG: Readonly<Record<string, AnyTranslations>> = Object.assign(
  {},
  ...Object.values(AREA_CATALOGS),
);
