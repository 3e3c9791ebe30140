import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildIndicatorInput,
  buildTarget,
  buildObservation as obs,
} from '../../../test/support/assess-builders.ts';
import type { Target } from '../target/target.types.ts';
import type { AssessmentStatus, ObservationKind } from './assess.types.ts';
import { assessCommitment } from './assess-commitment.ts';
import { assessIndicator } from './assess-indicator.ts';
import { STATUS_LABELS } from './status-labels.ts';

/** How good a judged status is; phases never mix within one comparison (same asOf). */
const GOODNESS: Record<AssessmentStatus, number> = {
  missed: 0,
  off_track: 1,
  at_risk: 2,
  basically_achieved: 2,
  on_track: 3,
  achieved: 4,
  pending: -1,
  no_data: -1,
};

const comparator = fc.constantFrom<Target['comparator']>('approx', 'gte', 'lte', 'eq', 'range');
const num = fc.oneof(
  fc.double({ min: -200, max: 200, noNaN: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const month = fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, '0')}`);
const asOf = fc.constantFrom('2026-07-31', '2026-12-31', '2027-02-01');

/** A target of the given direction, as a rate/level or as a flow. */
function targetArb(direction: 'up' | 'down') {
  return fc
    .record({
      kind: fc.constantFrom<Target['kind']>('growth', 'level', 'quantity', 'index'),
      comparator,
      value: fc.oneof(
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.double({ min: 0.1, max: 1e6, noNaN: true }),
      ),
      width: fc.double({ min: 0, max: 10, noNaN: true }),
    })
    .filter(
      ({ comparator: c }) => !(direction === 'up' && c === 'lte') && !(direction === 'down' && c === 'gte'),
    )
    .map(({ kind, comparator: c, value, width }) =>
      buildTarget({
        kind,
        comparator: c,
        value: c === 'range' ? null : value,
        min: c === 'range' ? value : null,
        max: c === 'range' ? value + width : null,
        unit: kind === 'quantity' ? '个' : '%',
        normalized: { value, unit: kind === 'quantity' ? '个' : '%' },
        direction,
        impliedGrowth: kind === 'index' ? value - 100 : null,
      }),
    );
}

function kindFor(target: Target): ObservationKind {
  return target.kind === 'quantity' ? 'ytd_value' : target.kind === 'level' ? 'level' : 'ytd_growth';
}

function statusWith(target: Target, period: string, value: number, asOfDate: string) {
  const kind = kindFor(target);
  return assessIndicator(
    buildIndicatorInput(
      { target, observationKind: kind },
      { observations: [obs(period, kind, value)], asOf: asOfDate },
    ),
  ).status;
}

describe('assessment properties', () => {
  it('more actual never makes a higher-is-better status worse', () => {
    fc.assert(
      fc.property(targetArb('up'), month, asOf, num, num, (target, period, a, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        return GOODNESS[statusWith(target, period, hi, a)] >= GOODNESS[statusWith(target, period, lo, a)];
      }),
      { numRuns: 500 },
    );
  });

  it('more actual never makes a lower-is-better status better', () => {
    fc.assert(
      fc.property(targetArb('down'), month, asOf, num, num, (target, period, a, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        return GOODNESS[statusWith(target, period, hi, a)] <= GOODNESS[statusWith(target, period, lo, a)];
      }),
      { numRuns: 500 },
    );
  });

  /** Five-year targets of each form, with the kind each is observed as. */
  const multiYearArb = fc.oneof(
    fc.record({
      target: fc.double({ min: 0.5, max: 200, noNaN: true }).chain((value) =>
        fc.constantFrom<'up' | 'down'>('up', 'down').map((direction) =>
          buildTarget({
            text: direction === 'up' ? `提高到${value}` : `降低到${value}`,
            kind: 'level',
            comparator: 'eq',
            value,
            unit: '岁',
            normalized: { value, unit: '岁' },
            direction,
          }),
        ),
      ),
      kind: fc.constant<ObservationKind>('level'),
    }),
    fc.record({
      target: fc.double({ min: -50, max: -0.5, noNaN: true }).map((value) =>
        buildTarget({
          text: '累计降低',
          kind: 'cumulative_change',
          comparator: 'eq',
          value,
          direction: 'down',
        }),
      ),
      kind: fc.constant<ObservationKind>('level'),
    }),
    fc.record({
      target: fc
        .double({ min: 0.5, max: 20, noNaN: true })
        .map((value) =>
          buildTarget({ text: '年均增长', kind: 'cagr', comparator: 'gte', value, direction: 'up' }),
        ),
      kind: fc.constant<ObservationKind>('ytd_growth'),
    }),
  );
  const laterPeriod = fc.constantFrom('2027', '2027-06', '2028', '2028-09', '2030', '2030-06');
  const multiAsOf = fc.constantFrom('2028-12-31', '2030-12-31', '2031-01-31', '2031-12-31');

  it('more actual never makes a multi-year status worse for up, better for down', () => {
    fc.assert(
      fc.property(
        multiYearArb,
        fc.double({ min: 1, max: 150, noNaN: true }),
        fc.double({ min: -20, max: 150, noNaN: true }),
        laterPeriod,
        multiAsOf,
        fc.boolean(),
        num,
        num,
        ({ target, kind }, base, middle, period, asOfDate, baselineFromPlan, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const status = (v: number) => {
            // A fixed history (a base, an earlier year) and a varying latest value.
            const history =
              kind === 'level'
                ? [...(baselineFromPlan ? [] : [obs('2025', kind, base)]), obs('2026', kind, middle)]
                : [obs('2026', kind, middle)];
            return assessIndicator(
              buildIndicatorInput(
                {
                  target,
                  observationKind: kind,
                  flow: false,
                  periodStart: 2026,
                  periodEnd: 2030,
                  baseline: baselineFromPlan ? { value: base, period: '2025' } : null,
                },
                { observations: [...history, obs(period, kind, v)], asOf: asOfDate },
              ),
            ).status;
          };
          const [a, b] = [GOODNESS[status(lo)], GOODNESS[status(hi)]];
          return target.direction === 'down' ? b <= a : b >= a;
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('more done never makes a commitment worse', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        num,
        num,
        month,
        asOf,
        (value, x, y, period, a) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const at = (completed: number) =>
            assessCommitment({
              item: { id: 1, name: 'x', value, planYear: 2026 },
              progress: [{ completed, at: '2026-01-01T00:00:00Z', period }],
              asOf: a,
              knownAt: '2030-01-01T00:00:00Z',
            }).status;
          return GOODNESS[at(hi)] >= GOODNESS[at(lo)];
        },
      ),
    );
  });

  it('never throws for arbitrary numeric inputs', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY),
    );
    const anyTarget = fc
      .record({
        kind: fc.constantFrom<Target['kind']>(
          'growth',
          'level',
          'quantity',
          'index',
          'relative',
          'external',
          'qualitative',
          'cagr',
          'cumulative_change',
        ),
        comparator: fc.option(comparator),
        value: fc.option(anyNumber),
        min: fc.option(anyNumber),
        max: fc.option(anyNumber),
        direction: fc.option(fc.constantFrom<'up' | 'down' | 'band'>('up', 'down', 'band')),
        normalized: fc.option(fc.record({ value: anyNumber, unit: fc.constantFrom('%', '人', '') })),
        impliedGrowth: fc.option(anyNumber),
      })
      .map((t) => buildTarget(t));
    const anyObs = fc.record({
      period: fc.constantFrom(
        '2025',
        '2025-12',
        '2026-02',
        '2026Q2',
        '2026-06',
        '2026H1',
        '2026',
        '2027',
        'x',
      ),
      kind: fc.constantFrom<ObservationKind>('ytd_value', 'ytd_growth', 'period_value', 'level'),
      value: anyNumber,
      unit: fc.option(fc.constantFrom('万人', '人', '%', '平方公里')),
    });
    fc.assert(
      fc.property(
        anyTarget,
        fc.array(anyObs, { maxLength: 12 }),
        fc.array(anyObs, { maxLength: 3 }),
        fc.option(fc.constantFrom<ObservationKind>('ytd_value', 'ytd_growth', 'period_value', 'level')),
        fc.option(fc.boolean()),
        fc.option(fc.record({ value: anyNumber })),
        asOf,
        (target, rows, refRows, observationKind, flow, baseline, asOfDate) => {
          const a = assessIndicator(
            buildIndicatorInput(
              {
                target,
                observationKind,
                flow: flow ?? undefined,
                baseline,
                periodStart: target.kind === 'cagr' ? 2026 : null,
                periodEnd: target.kind === 'cagr' ? 2030 : null,
              },
              {
                observations: rows.map((r) => obs(r.period, r.kind, r.value, { unit: r.unit })),
                referenceObservations: refRows.map((r) => obs(r.period, r.kind, r.value)),
                assignedValues: [{ value: 3, by: 'x', at: '2026-01-01T00:00:00Z' }],
                asOf: asOfDate,
              },
            ),
          );
          expect(STATUS_LABELS[a.status]).toBeDefined();
          expect(typeof a.explanation.summaryZh).toBe('string');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
