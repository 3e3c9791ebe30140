import { unitDimension } from '../../../domain/numbers/units.ts';
import { parsePeriod } from '../../../domain/period/parse-period.ts';
import { AppError, notFound } from '../../../errors/app-error.ts';
import type { Store } from '../../../store/open-database.ts';
import { isoDate } from '../../validation.ts';
import { knownAtBound, OBSERVATION_KINDS } from '../observations/observation-view.ts';
import { normalizeRegionCode } from './find-region.ts';

function invalid(field: string, value: string, reason: string): AppError {
  return new AppError('VALIDATION_FAILED', `${field}: ${reason}: ${value}`, { field, value, reason });
}

/**
 * Checks what a roll-up or a comparison is asked for, so that garbage is a 400 and an unknown
 * indicator or region a 404 instead of an empty 200: returns the canonical period key.
 */
export async function checkRegionQuery(
  store: Store,
  input: {
    planId: number;
    indicatorId: number;
    period: string;
    kind?: string;
    asOf?: string;
    knownAt?: string;
    regions?: Array<[field: string, code: string | undefined]>;
  },
): Promise<{
  period: string;
  indicator: { id: number; observation_kind: string | null; unit: string | null };
}> {
  const period = parsePeriod(input.period);
  if (!period) throw invalid('period', input.period, '无法识别的期间 (period must be like 2026-06, 2026Q2)');
  if (input.kind !== undefined && !(OBSERVATION_KINDS as readonly string[]).includes(input.kind))
    throw invalid('kind', input.kind, `应为 ${OBSERVATION_KINDS.join(' / ')}`);
  if (input.asOf !== undefined && !isoDate.safeParse(input.asOf).success)
    throw invalid('asOf', input.asOf, '应为有效日期 YYYY-MM-DD');
  knownAtBound(input.knownAt);
  const indicator = await store.db
    .selectFrom('indicators')
    .select(['id', 'observation_kind', 'unit'])
    .where('id', '=', input.indicatorId)
    .where('plan_id', '=', input.planId)
    .executeTakeFirst();
  if (!indicator) throw notFound('指标 (indicator)', input.indicatorId);
  for (const [field, code] of input.regions ?? []) {
    if (code === undefined) continue;
    const normalized = normalizeRegionCode(code);
    const found = normalized
      ? await store.db.selectFrom('regions').select('code').where('code', '=', normalized).executeTakeFirst()
      : undefined;
    if (!found) throw notFound(`地区 (region, ${field})`, code);
  }
  return { period: period.key, indicator };
}

/** Units that never add up across regions: rates, shares, ratios. */
export function isRateUnit(unit: string | null): boolean {
  if (!unit) return false;
  const d = unitDimension(unit);
  return d === 'percent' || d === 'permille' || d === 'percentage_point' || d === 'money_per_person';
}
