import { describe, expect, it } from 'vitest';
import { guessFields } from './item-form-modal.tsx';

describe('guessFields', () => {
  it('splits an indicator sentence into name and target', () => {
    expect(guessFields('indicator', '城镇新增就业60万人以上')).toEqual({
      name: '城镇新增就业',
      targetText: '60万人以上',
      attribute: 'expected',
    });
    expect(guessFields('indicator', '全市生产总值增长5%左右')).toMatchObject({
      name: '全市生产总值',
      targetText: '增长5%左右',
    });
  });

  it('reads the number, unit and comparator of a commitment', () => {
    expect(guessFields('commitment', '新增公园100座')).toEqual({
      text: '新增公园100座',
      subject: '新增公园',
      value: 100,
      unit: '座',
      comparator: 'eq',
    });
    expect(guessFields('commitment', '新增跨国公司地区总部60家左右')).toMatchObject({
      value: 60,
      unit: '家',
      comparator: 'approx',
    });
  });
});
