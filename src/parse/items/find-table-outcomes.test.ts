import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../blocks/split-blocks.ts';
import { findTableOutcomes } from './find-table-outcomes.ts';

const outcomes = (table: string) => {
  const [block] = splitBlocks(table);
  if (block.kind !== 'table') throw new Error('expected a table');
  return findTableOutcomes(block.rows, 2025).map((o) => [o.name, o.year, o.value, o.unit, o.kind]);
};

describe('findTableOutcomes', () => {
  it.each([
    [
      '指标\t属性\t2025年目标\t2025年完成\n地区生产总值增长\t预期性\t6%\t5.8%\n城镇新增就业(万人)\t预期性\t5\t5.3',
      [
        ['地区生产总值增长', 2025, 5.8, '%', 'growth'],
        ['城镇新增就业', 2025, 5.3, '万人', 'level'],
      ],
    ],
    [
      '| 指标 | 单位 | 实际完成 |\n|---|---|---|\n| 单位GDP能耗降低 | % | 3.2 |\n| 粮食产量 | 万吨 | 1300 |',
      [
        ['单位GDP能耗降低', 2025, -3.2, '%', 'growth'],
        ['粮食产量', 2025, 1300, '万吨', 'level'],
      ],
    ],
    ['指标\t属性\t2026年目标\n地区生产总值增长\t预期性\t6%左右', []],
  ])('%j', (table, expected) => {
    expect(outcomes(table)).toEqual(expected);
  });
});
