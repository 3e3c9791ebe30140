import type { ObservationRow } from '../../../store/schema.ts';

export const OBSERVATION_KINDS = ['ytd_value', 'ytd_growth', 'period_value', 'level'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/** What an API or CLI caller sees of one revision of one value. */
export interface ObservationView {
  id: number;
  indicatorId: number;
  region: string;
  period: string;
  periodEnd: string;
  kind: string;
  value: number;
  unit: string | null;
  revision: number;
  vintage: string | null;
  priceBasis: string | null;
  source: string | null;
  note: string | null;
  status: string;
  recordedAt: string;
  recordedBy: string | null;
  importId: number | null;
}

export function presentObservation(row: ObservationRow): ObservationView {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    region: row.region_code,
    period: row.period,
    periodEnd: row.period_end,
    kind: row.kind,
    value: row.value,
    unit: row.unit,
    revision: row.revision,
    vintage: row.vintage,
    priceBasis: row.price_basis,
    source: row.source,
    note: row.note,
    status: row.status,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    importId: row.import_id,
  };
}

/** A bare date as knownAt means the end of that day (UTC): what was recorded by then. */
export function knownAtBound(knownAt: string | undefined): string {
  if (!knownAt) return new Date().toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(knownAt)) return `${knownAt}T23:59:59.999Z`;
  const t = Date.parse(knownAt);
  return Number.isNaN(t) ? knownAt : new Date(t).toISOString();
}
