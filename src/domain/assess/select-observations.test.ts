import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildObservation as obs } from '../../../test/support/assess-builders.ts';
import { selectObservations } from './select-observations.ts';

const options = { asOf: '2026-06-30', knownAt: '2026-07-20T00:00:00Z' };

describe('selectObservations', () => {
  it('keeps the latest revision recorded by knownAt per period, kind and region', () => {
    const rows = [
      obs('2026-06', 'ytd_value', 1, { revision: 1, recordedAt: '2026-07-10T00:00:00Z' }),
      obs('2026-M06', 'ytd_value', 2, { revision: 2, recordedAt: '2026-07-15T00:00:00Z' }),
      obs('2026-06', 'ytd_value', 3, { revision: 3, recordedAt: '2026-07-25T00:00:00Z' }),
      obs('2026-06', 'ytd_growth', 4, { revision: 1, recordedAt: '2026-07-10T00:00:00Z' }),
      obs('2026-06', 'ytd_value', 5, { revision: 1, recordedAt: '2026-07-10T00:00:00Z', region: '甲区' }),
    ];
    const selected = selectObservations(rows, options);
    expect(selected.map((o) => [o.period, o.kind, o.value])).toEqual([
      ['2026-06', 'ytd_growth', 4],
      ['2026-06', 'ytd_value', 2],
      ['2026-06', 'ytd_value', 5],
    ]);
  });

  it('drops periods ending after asOf, unreadable periods and non-finite values', () => {
    const rows = [
      obs('2026-07', 'level', 1),
      obs('2026Q3', 'level', 1),
      obs('2026', 'level', 1),
      obs('next month', 'level', 1),
      obs('2026-05', 'level', Number.NaN),
      obs('2026H1', 'level', 7),
    ];
    expect(selectObservations(rows, options).map((o) => o.period)).toEqual(['2026H1']);
  });

  it('sorts by period end, coarser first', () => {
    const rows = [
      obs('2026-06', 'ytd_value', 1),
      obs('2026Q2', 'ytd_value', 1),
      obs('2026-03', 'ytd_value', 1),
      obs('2025', 'ytd_value', 1),
    ];
    expect(selectObservations(rows, options).map((o) => o.period)).toEqual([
      '2025',
      '2026-03',
      '2026Q2',
      '2026-06',
    ]);
  });

  it('never returns a revision recorded after knownAt or a period after asOf', () => {
    const row = fc.record({
      period: fc.constantFrom('2026-01', '2026-06', '2026-07', '2026Q2', '2026Q3', '2025', '2026'),
      kind: fc.constantFrom('ytd_value' as const, 'level' as const),
      value: fc.double(),
      revision: fc.integer({ min: 0, max: 5 }),
      recordedAt: fc.constantFrom(
        '2026-07-01T00:00:00Z',
        '2026-07-20T00:00:00Z',
        '2026-08-01T00:00:00Z',
        'garbage',
      ),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) =>
        selectObservations(rows, options).every(
          (o) =>
            o.parsedPeriod.end <= options.asOf && Date.parse(o.recordedAt) <= Date.parse(options.knownAt),
        ),
      ),
    );
  });
});
