import { formatPeriodZh } from '../period/format-period.ts';
import type { AssessmentInputRow, ObservationKind } from './assess.types.ts';
import { isLate, isYearClosed, type RuleResult, toInputRow, undetermined } from './build-assessment.ts';
import { convertUnit, formatNumber } from './convert-unit.ts';
import { deriveGrowth } from './derive-growth.ts';
import { type Band, judgeAgainstTarget, type TargetSpec } from './judge-against-target.ts';
import { baseUnitOf, type RuleContext } from './rule-context.ts';
import { latestOf, type SelectedObservation } from './select-observations.ts';

const RULE_ZH: Record<'rate_vs_level' | 'year_end_level', string> = {
  rate_vs_level: '速度和水平类指标与目标值比较',
  year_end_level: '年末水平类指标按上年值到目标值的线性进度比较',
};

/**
 * The kind a target is judged on: rates always on ytd_growth (an index may be published as a
 * level, 101.5); levels on the item's kind unless that is a rate.
 */
export function defaultKindOf(ctx: RuleContext): ObservationKind {
  const kind = ctx.item.observationKind;
  const t = ctx.target.kind;
  if (t === 'growth' || t === 'relative') return 'ytd_growth';
  if (t === 'index') return kind === 'level' ? 'level' : 'ytd_growth';
  return kind && kind !== 'ytd_growth' ? kind : 'level';
}

/** The target as a comparable number: an index (102左右, last year = 100) becomes growth 2. */
function specOf(ctx: RuleContext): TargetSpec & { text: string } {
  const t = ctx.target;
  const direction = ctx.direction;
  if (t.kind === 'index') {
    const implied = t.impliedGrowth ?? (t.value !== null ? t.value - 100 : null);
    return { comparator: t.comparator, value: implied, direction, text: t.text };
  }
  const scale = (v: number | null | undefined) =>
    v == null ? null : (convertUnit(v, t.unit, t.normalized?.unit ?? t.unit) ?? v);
  if (t.comparator === 'range') {
    return {
      comparator: 'range',
      value: null,
      min: scale(t.min),
      max: scale(t.max),
      direction,
      text: t.text,
    };
  }
  return { comparator: t.comparator, value: t.normalized?.value ?? t.value, direction, text: t.text };
}

/** The stored observation behind a converted one: inputs show what was recorded, as recorded. */
function asRecorded(ctx: RuleContext, o: SelectedObservation): SelectedObservation {
  return (
    ctx.selected.find(
      (s) => s.period === o.period && s.kind === o.kind && (s.region ?? '') === (o.region ?? ''),
    ) ?? o
  );
}

const STATUS_BY_BAND: Record<'open' | 'final', Record<Band, RuleResult['status']>> = {
  open: { green: 'on_track', yellow: 'at_risk', red: 'off_track' },
  final: { green: 'achieved', yellow: 'basically_achieved', red: 'missed' },
};

interface Baseline {
  value: number;
  period: string | null;
  /** The stored observation it came from (its revision, recording time and source explain it). */
  observation?: SelectedObservation;
}

/**
 * Last year's value of the level: the latest stored observation of last year (taken from
 * `ofKind`, already in the unit judged; a statistic with its revision beats the plan's text),
 * else the item's baseline from the plan's outcomes.
 */
function baselineOf(ctx: RuleContext, ofKind: SelectedObservation[], kind: string): Baseline | null {
  const last = latestOf(ofKind, kind, ctx.item.planYear - 1);
  if (last) return { value: last.value, period: last.period, observation: last };
  const b = ctx.item.baseline;
  return b && Number.isFinite(b.value) ? { value: b.value, period: b.period ?? null } : null;
}

function baselineRow(ctx: RuleContext, b: Baseline, unit: string | null): AssessmentInputRow {
  if (b.observation) return { ...toInputRow(asRecorded(ctx, b.observation), 'baseline'), kind: 'baseline' };
  return {
    role: 'baseline',
    period: b.period,
    kind: 'baseline',
    value: b.value,
    unit,
    revision: null,
    recordedAt: null,
    source: 'plan',
  };
}

/**
 * Rates and levels against a target value (rule `rate_vs_level`), with the DESIGN tolerance;
 * a year-end level still to be reached (a share rising to 45%) is compared mid-year with the
 * straight line from last year's value to the target (rule `year_end_level`). After the year
 * closes with full-year data: green → achieved, yellow → basically achieved, red → missed.
 */
export function assessRate(ctx: RuleContext): RuleResult {
  const { item, target, thresholds } = ctx;
  const kind = defaultKindOf(ctx);
  const isRate =
    kind === 'ytd_growth' ||
    target.kind === 'growth' ||
    target.kind === 'index' ||
    (target.normalized?.unit ?? target.unit) === '%';
  // An index (102左右, last year = 100) is judged as the growth it implies, in %.
  const unit = kind === 'ytd_growth' || target.kind === 'index' ? '%' : baseUnitOf(ctx);
  const spec = specOf(ctx);
  if (spec.value === null && (spec.min == null || spec.max == null)) {
    return undetermined('pending', 'rate_vs_level', RULE_ZH.rate_vs_level, '目标未给出数值，待评估');
  }
  const convert = (o: SelectedObservation): SelectedObservation | null => {
    let value =
      kind === 'ytd_growth' || target.kind === 'index' ? o.value : convertUnit(o.value, o.unit, unit);
    if (value === null) return null;
    // An index published as a level (101.5, last year = 100) against an index target.
    if (target.kind === 'index' && o.kind === 'level') value -= 100;
    return { ...o, value };
  };
  const ofKind = ctx.selected.filter((o) => o.kind === kind).flatMap((o) => convert(o) ?? []);
  let latest = latestOf(ofKind, kind, item.planYear);
  // A rate computed from cumulative amounts (this year vs last) counts when nothing newer was published.
  let derived = kind === 'ytd_growth' ? deriveGrowth(ctx.selected, item.planYear) : null;
  if (derived && latest && derived.derived.parsedPeriod.end <= latest.parsedPeriod.end) derived = null;
  if (derived) latest = derived.derived;
  if (!latest)
    return undetermined(
      'no_data',
      'rate_vs_level',
      RULE_ZH.rate_vs_level,
      `${item.name}暂无${item.planYear}年数据`,
    );

  let rule: 'rate_vs_level' | 'year_end_level' = 'rate_vs_level';
  let point = spec.value;
  let baseline: Baseline | null = null;
  const oneSided =
    spec.comparator !== 'range' &&
    spec.value !== null &&
    (spec.direction === 'up' ||
      spec.direction === 'down' ||
      spec.comparator === 'gte' ||
      spec.comparator === 'lte');
  if (
    target.kind !== 'growth' &&
    target.kind !== 'index' &&
    kind === 'level' &&
    thresholds.levelTrajectory &&
    oneSided
  ) {
    baseline = baselineOf(ctx, ofKind, kind);
    const x = spec.value!;
    const up = spec.comparator === 'gte' || (spec.comparator !== 'lte' && spec.direction !== 'down');
    // Only a level that still has to move is on a trajectory; one already met must just be held.
    if (baseline && (up ? baseline.value < x : baseline.value > x) && latest.parsedPeriod.endMonth < 12) {
      rule = 'year_end_level';
      point = baseline.value + ((x - baseline.value) * latest.parsedPeriod.endMonth) / 12;
    }
  }
  const judged = judgeAgainstTarget(
    latest.value,
    { ...spec, value: point },
    isRate,
    thresholds,
    spec.value ?? undefined,
  );
  const final = isYearClosed(ctx.asOf, item.planYear) && latest.parsedPeriod.endMonth === 12;
  const status = STATUS_BY_BAND[final ? 'final' : 'open'][judged.band];

  const when = formatPeriodZh(latest.parsedPeriod, { ytd: kind === 'ytd_growth', withYear: false });
  // Amounts read in the unit the plan wrote (2480万人, not 24800000人).
  const written = !isRate && target.unit && target.unit !== unit ? target.unit : null;
  const shown = (v: number) => {
    const w = written ? convertUnit(v, unit, written) : null;
    return w === null ? `${formatNumber(v)}${unit ?? ''}` : `${formatNumber(w)}${written}`;
  };
  // A price index reads as its rise (涨幅), whether published as growth (1.5) or as a level (101.5).
  const valueZh =
    target.kind === 'index'
      ? `${latest.value >= 0 ? '上涨' : '下降'}${formatNumber(Math.abs(latest.value))}%`
      : kind === 'ytd_growth'
        ? `${latest.value >= 0 ? '增长' : '下降'}${formatNumber(Math.abs(latest.value))}%`
        : `为${shown(latest.value)}`;
  const side = judged.lower !== null && latest.value < judged.lower ? '低于' : '高于';
  const against = rule === 'year_end_level' ? `序时目标值（${shown(point!)}）` : `全年目标（${spec.text}）`;
  const summaryZh =
    judged.band === 'green'
      ? `${when}${item.name}${valueZh}，符合${against}要求`
      : `${when}${item.name}${valueZh}，${side}${against}${isRate ? `${formatNumber(judged.shortfall)}个百分点` : shown(judged.shortfall)}`;
  const inputs = derived
    ? derived.from.map((o) => toInputRow(o, 'derived_from'))
    : [toInputRow(asRecorded(ctx, latest))];
  if (rule === 'year_end_level' && baseline) inputs.unshift(baselineRow(ctx, baseline, unit));
  const reference = point ?? ((spec.min ?? 0) + (spec.max ?? 0)) / 2;
  return {
    status,
    expected: { value: reference, unit },
    actual: { value: latest.value, unit, period: latest.period, kind },
    gap: latest.value - reference,
    projection: {
      value: latest.value,
      unit,
      sentence: judged.band === 'green' ? '预计全年可完成' : '完成难度较大',
    },
    explanation: {
      rule,
      ruleZh: RULE_ZH[rule],
      inputs,
      comparison: {
        actual: latest.value,
        target: spec.value ?? null,
        min: spec.min ?? null,
        max: spec.max ?? null,
        trajectoryPoint: rule === 'year_end_level' ? point : null,
        tolerance: judged.tolerance,
        greenLower: judged.lower,
        greenUpper: judged.upper,
        shortfall: judged.shortfall,
        sides: judged.sides,
        band: judged.band,
        final,
        derivedFrom: derived ? 'ytd_value' : null,
      },
      summaryZh,
      late: isLate(latest, ctx.asOf, thresholds),
    },
  };
}
