import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from './to-half-width.ts';

describe('toHalfWidth', () => {
  it.each([
    ['１２．５％', '12.5%'],
    ['（间）', '(间)'],
    ['１，２００', '1,200'],
    ['ＰＭ２．５', 'PM2.5'],
    ['增长５％左右', '增长5%左右'],
    ['\u3000a', ' a'],
    ['－３', '-3'],
    ['4.5%-5%', '4.5%-5%'],
    ['。、', '。、'],
  ])('%s → %s', (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  it('preserves length so offsets stay valid', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => toHalfWidth(s).length === s.length));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => toHalfWidth(toHalfWidth(s)) === toHalfWidth(s)),
    );
  });
});
