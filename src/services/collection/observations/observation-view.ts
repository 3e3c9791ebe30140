import { endOfChinaDay } from '../../../domain/period/calendar.ts';
import { AppError } from '../../../errors/app-error.ts';
import type { ObservationRow } from '../../../store/schema.ts';
import { isoDate } from '../../validation.ts';

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
  /** When the plan office accepted it; null while it waits for review. */
  confirmedAt: string | null;
  importId: number | null;
  submissionId: number | null;
  /** The number and unit as the source wrote them; `unitAssumed` when the unit cell was blank. */
  written: { value: number; unit: string | null; unitAssumed: boolean } | null;
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
    confirmedAt: row.confirmed_at ?? null,
    importId: row.import_id,
    submissionId: row.submission_id ?? null,
    written:
      row.written_value == null
        ? null
        : { value: row.written_value, unit: row.written_unit ?? null, unitAssumed: row.unit_assumed === 1 },
  };
}

/**
 * The instant a `knownAt` stands for: a bare date means the end of that day (UTC), a datetime
 * needs its offset. Anything else is refused: a garbage knownAt must not quietly read "now".
 */
export function knownAtBound(knownAt: string | undefined, field = 'knownAt'): string {
  if (knownAt === undefined || knownAt === '') return new Date().toISOString();
  if (isoDate.safeParse(knownAt).success) return endOfChinaDay(knownAt);
  const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
  const t = Date.parse(knownAt);
  if (!withOffset.test(knownAt) || Number.isNaN(t))
    throw new AppError(
      'VALIDATION_FAILED',
      `${field} 应为日期 YYYY-MM-DD 或带时区的 ISO 时间 (a date, or an ISO datetime with offset): ${knownAt}`,
      { field, value: knownAt },
    );
  return new Date(t).toISOString();
}
