import { describe, expect, it } from 'vitest';
import { respectiveNames } from './respective-names.ts';

describe('respectiveNames', () => {
  it.each([
    [['城乡居民人均可支配收入'], ['城镇居民人均可支配收入', '农村居民人均可支配收入']],
    [
      ['城镇', '农村居民人均可支配收入'],
      ['城镇居民人均可支配收入', '农村居民人均可支配收入'],
    ],
    [
      ['城镇居民', '农村居民人均可支配收入'],
      ['城镇居民人均可支配收入', '农村居民人均可支配收入'],
    ],
    // Whole names stay as written: no shared ending is made up.
    [
      ['地区生产总值', '一般公共预算收入'],
      ['地区生产总值', '一般公共预算收入'],
    ],
    [
      ['工业', '服务业增加值'],
      ['工业', '服务业增加值'],
    ],
  ])('%j', (names, expected) => {
    expect(respectiveNames(names)).toEqual(expected);
  });
});
