import { parsePeriod } from '../period/parse-period.ts';
import type { Period } from '../period/period.types.ts';
import type { Observation } from './assess.types.ts';

export interface SelectOptions {
  /** YYYY-MM-DD: only periods ending on or before it. */
  asOf: string;
  /** ISO datetime: only revisions recorded at or before it. */
  knownAt: string;
  /** Only this region's observations when set. */
  region?: string | null;
}

/** An observation with its parsed period, as the rules use it. */
export interface SelectedObservation extends Observation {
  parsedPeriod: Period;
}

function toTime(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/**
 * What was known at `knownAt` about periods ending by `asOf`: per (period, kind, region) the
 * latest revision recorded at or before `knownAt` (ties broken by the later `recordedAt`).
 * Unreadable periods and non-finite values are dropped. Sorted by period end, coarser periods first on the same end (so the last is the finest), then kind.
 *
 * @example
 * // revision 2 recorded after knownAt is ignored: revision 1 is what the report saw then
 * selectObservations(history, { asOf: '2026-06-30', knownAt: '2026-07-20T00:00:00Z' })
 */
export function selectObservations(
  observations: Observation[],
  options: SelectOptions,
): SelectedObservation[] {
  const knownAt = toTime(options.knownAt);
  const best = new Map<string, SelectedObservation>();
  for (const o of observations) {
    if (!Number.isFinite(o.value)) continue;
    if (options.region != null && o.region != null && o.region !== options.region) continue;
    const p = parsePeriod(o.period);
    if (!p || p.end > options.asOf) continue;
    const recorded = toTime(o.recordedAt);
    if (!(recorded <= knownAt)) continue;
    const key = `${p.key}|${o.kind}|${o.region ?? ''}`;
    const current = best.get(key);
    if (
      !current ||
      o.revision > current.revision ||
      (o.revision === current.revision && recorded > toTime(current.recordedAt))
    ) {
      best.set(key, { ...o, period: p.key, parsedPeriod: p });
    }
  }
  return [...best.values()].sort(
    (a, b) =>
      a.parsedPeriod.end.localeCompare(b.parsedPeriod.end) ||
      a.parsedPeriod.start.localeCompare(b.parsedPeriod.start) ||
      a.kind.localeCompare(b.kind),
  );
}

/** The latest selected observation of a kind within a year (the finest period on ties). */
export function latestOf(
  selected: SelectedObservation[],
  kind: string,
  year?: number,
): SelectedObservation | undefined {
  let out: SelectedObservation | undefined;
  for (const o of selected) {
    if (o.kind !== kind || (year !== undefined && o.parsedPeriod.year !== year)) continue;
    out = o;
  }
  return out;
}
