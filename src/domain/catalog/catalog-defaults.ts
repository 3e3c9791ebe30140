import type { CatalogEntry } from './catalog.types.ts';

// The usual cadence and observation kind of each family of indicators; entries override.

export type Defaults = Pick<CatalogEntry, 'direction' | 'frequency' | 'observationKind' | 'unit' | 'flow'>;

export const GROWTH_MONTHLY: Defaults = {
  direction: 'up',
  frequency: 'monthly',
  observationKind: 'ytd_growth',
  unit: '%',
  flow: false,
};
export const GROWTH_QUARTERLY: Defaults = { ...GROWTH_MONTHLY, frequency: 'quarterly' };
export const SHARE_YEARLY: Defaults = {
  direction: 'up',
  frequency: 'yearly',
  observationKind: 'level',
  unit: '%',
  flow: false,
};
export const FLOW_MONTHLY: Defaults = {
  direction: 'up',
  frequency: 'monthly',
  observationKind: 'ytd_value',
  unit: null,
  flow: true,
};
export const FLOW_QUARTERLY: Defaults = { ...FLOW_MONTHLY, frequency: 'quarterly' };
