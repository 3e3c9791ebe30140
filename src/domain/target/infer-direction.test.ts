import { describe, expect, it } from 'vitest';
import { getCatalogEntry } from '../catalog/indicator-catalog.ts';
import { type DirectionClues, inferDirection, qualitativeDirection } from './infer-direction.ts';

const clues = (overrides: Partial<DirectionClues>): DirectionClues => ({
  kind: 'growth',
  comparator: 'approx',
  decreasing: false,
  ceiling: false,
  entry: null,
  ...overrides,
});

describe('inferDirection', () => {
  it.each<[string, Partial<DirectionClues>, string | null]>([
    ['以上 is up', { comparator: 'gte', entry: getCatalogEntry('cpi') }, 'up'],
    ['以内 is down', { comparator: 'lte' }, 'down'],
    ['涨幅 is a ceiling', { ceiling: true }, 'down'],
    [
      'the catalog decides an approx target',
      { entry: getCatalogEntry('surveyed_unemployment_rate') },
      'down',
    ],
    ['a band indicator stays a band', { entry: getCatalogEntry('population_natural_growth_rate') }, 'band'],
    ['下降 without a catalog entry', { decreasing: true }, 'down'],
    ['growth defaults to up', {}, 'up'],
    ['quantity defaults to up', { kind: 'quantity', comparator: 'eq' }, 'up'],
    ['qualitative has none by default', { kind: 'qualitative', comparator: null }, null],
  ])('%s', (_, overrides, expected) => {
    expect(inferDirection(clues(overrides))).toBe(expected);
  });
});

describe('qualitativeDirection', () => {
  it.each<[string, string | null, string | null | undefined]>([
    ['稳步提升', null, 'up'],
    ['稳中有升', null, 'up'],
    ['稳中有降', null, 'down'],
    ['持续下降', null, 'down'],
    ['保持稳定', null, 'band'],
    ['持续改善', null, 'up'],
    ['持续改善', 'pm25', 'down'],
    ['总量不减少', null, 'up'],
    ['看不懂', null, undefined],
  ])('%s (%s) → %s', (text, code, expected) => {
    expect(qualitativeDirection(text, code ? getCatalogEntry(code) : null)).toBe(expected);
  });
});
