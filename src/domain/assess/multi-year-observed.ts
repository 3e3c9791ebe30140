import { parsePeriod } from '../period/parse-period.ts';
import type { AssessmentInputRow } from './assess.types.ts';
import { toInputRow } from './build-assessment.ts';
import { formatNumber } from './convert-unit.ts';
import type { RuleContext } from './rule-context.ts';
import type { SelectedObservation } from './select-observations.ts';

// What a five-year target is measured with: the base point and the observed annual rate since it.

/** Months since year 0 at the end of a period: differences are elapsed months. */
export const monthIndex = (o: { parsedPeriod: { year: number; endMonth: number } }) =>
  o.parsedPeriod.year * 12 + o.parsedPeriod.endMonth;

export const coversYear = (o: SelectedObservation) => o.parsedPeriod.endMonth === 12;

/** One value per year up to `end`: full-year observations preferred, else the year's latest. */
export function annual(
  selected: SelectedObservation[],
  kind: string,
  end: number,
): Map<number, SelectedObservation> {
  const out = new Map<number, SelectedObservation>();
  for (const o of selected) {
    if (o.kind !== kind || o.parsedPeriod.year > end) continue;
    const have = out.get(o.parsedPeriod.year);
    if (!have || o.parsedPeriod.endMonth >= have.parsedPeriod.endMonth) out.set(o.parsedPeriod.year, o);
  }
  return out;
}

/** Where the observed change is measured from: a value at the end of a month. */
export interface BasePoint {
  value: number;
  month: number;
  row: AssessmentInputRow;
}

/**
 * The base value: a stored observation of the base year, else the plan's baseline — with its
 * period when it gives one (a baseline of 2024 is measured from the end of 2024), else taken to
 * be the base year's.
 */
export function basePointOf(
  ctx: RuleContext,
  levels: Map<number, SelectedObservation>,
  base: number,
  unit: string | null,
): BasePoint | null {
  const stored = levels.get(base);
  if (stored) return { value: stored.value, month: monthIndex(stored), row: toInputRow(stored, 'baseline') };
  const b = ctx.item.baseline;
  if (!b || !Number.isFinite(b.value)) return null;
  const p = b.period ? parsePeriod(b.period) : null;
  if (b.period && (!p || p.year > base)) return null;
  const month = p ? p.year * 12 + p.endMonth : base * 12 + 12;
  return {
    value: b.value,
    month,
    row: {
      role: 'baseline',
      period: p?.key ?? String(base),
      kind: 'baseline',
      value: b.value,
      unit,
      revision: null,
      recordedAt: null,
      source: 'plan',
    },
  };
}

export interface Observed {
  /** Observed annual rate (0.05 = 5% a year). */
  rate: number;
  /** Elapsed years since the base, fractional for data ending mid-year. */
  years: number;
  latest: SelectedObservation;
  rows: AssessmentInputRow[];
  source: 'growth' | 'levels';
  note: string | null;
}

/**
 * The observed annual rate: from full-year growth rates (geometric mean) when every year since the
 * base has one — a year-to-date growth is year-on-year, not a part-year change, so only full-year
 * rates count — else from levels, (V_latest / V_base)^(1/n) − 1 with n the fractional years from
 * the base's period end to the latest data's (2025 → 2027-06 is 1.5 years). The later-reaching
 * measurement wins; on a tie, the published rates.
 */
export function observedRate(
  ctx: RuleContext,
  levels: Map<number, SelectedObservation>,
  basePoint: BasePoint | null,
  base: number,
  end: number,
): Observed | null {
  const growths = new Map<number, SelectedObservation>();
  let partialGrowth: SelectedObservation | null = null;
  for (const o of ctx.selected) {
    if (o.kind !== 'ytd_growth' || o.parsedPeriod.year > end) continue;
    if (coversYear(o)) growths.set(o.parsedPeriod.year, o);
    else partialGrowth = o;
  }
  const growthYears: SelectedObservation[] = [];
  for (let y = base + 1; growths.has(y); y++) growthYears.push(growths.get(y)!);
  let fromGrowth: Observed | null = null;
  if (ctx.target.kind !== 'level' && ctx.target.kind !== 'quantity' && growthYears.length > 0) {
    const years = growthYears.length;
    const product = growthYears.reduce((p, o) => p * (1 + o.value / 100), 1);
    const latest = growthYears[years - 1];
    const ignored = partialGrowth && monthIndex(partialGrowth) > monthIndex(latest) ? partialGrowth : null;
    fromGrowth = {
      rate: product > 0 ? product ** (1 / years) - 1 : -1,
      years,
      latest,
      rows: growthYears.map((o) => toInputRow(o)),
      source: 'growth',
      note: ignored ? `仅按全年增速测算，${ignored.period}累计增速未计入` : null,
    };
  }
  let fromLevels: Observed | null = null;
  if (basePoint && basePoint.value > 0) {
    const later = [...levels.values()]
      .filter((o) => monthIndex(o) > basePoint.month)
      .sort((a, b) => monthIndex(a) - monthIndex(b));
    const latest = later.at(-1);
    if (latest) {
      const years = (monthIndex(latest) - basePoint.month) / 12;
      fromLevels = {
        rate: latest.value > 0 ? (latest.value / basePoint.value) ** (1 / years) - 1 : -1,
        years,
        latest,
        rows: [basePoint.row, toInputRow(latest)],
        source: 'levels',
        note: coversYear(latest)
          ? null
          : `${latest.period}为年中数据，按${formatNumber(years)}年折算年均变化率`,
      };
    }
  }
  if (fromGrowth && fromLevels) {
    return monthIndex(fromLevels.latest) > monthIndex(fromGrowth.latest) ? fromLevels : fromGrowth;
  }
  return fromGrowth ?? fromLevels;
}
