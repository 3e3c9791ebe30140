import { describe, expect, it } from 'vitest';
import { normalizeChineseText, toSimplified } from './to-simplified.ts';

describe('toSimplified', () => {
  it.each([
    ['增長5%左右', '增长5%左右'],
    ['達到45%以上', '达到45%以上'],
    ['控制在5%以內', '控制在5%以内'],
    ['約', '约'],
    ['國內生產總值', '国内生产总值'],
    ['城鎮調查失業率', '城镇调查失业率'],
    ['增长5%左右', '增长5%左右'],
  ])('%s → %s', (input, expected) => {
    expect(toSimplified(input)).toBe(expected);
  });

  it('normalizes width and script together', () => {
    expect(normalizeChineseText('增長５％以內')).toBe('增长5%以内');
  });

  it('reads corner quotes as “”, so a name and its source compare equal', () => {
    expect(normalizeChineseText('「十五五」『双百』')).toBe('“十五五”“双百”');
  });
});
