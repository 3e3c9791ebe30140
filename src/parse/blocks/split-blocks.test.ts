import { describe, expect, it } from 'vitest';
import type { Block } from './block.types.ts';
import { splitBlocks } from './split-blocks.ts';

const shape = (b: Block) =>
  b.kind === 'table'
    ? `table:${b.rows.map((r) => r.cells.map((c) => c.text).join('|')).join('/')}`
    : `${b.kind}${b.marker ? `:${b.marker.level}${b.marker.number}` : ''}`;

describe('splitBlocks', () => {
  it.each([
    ['## 二、主要目标\n\n正文。', ['heading:part2', 'paragraph']],
    ['### (三)推动发展\n\n提升能级。措施。', ['heading:section3', 'paragraph']],
    ['（五）推动更新，促进协调。优化格局。增强功能。', ['paragraph:section5']],
    ['1.加快建设。推进改革。', ['paragraph:item1']],
    // A numbered 民生实事 item is a sentence of figures, not a heading; a titled item still is.
    ['1.新增普惠托位2000个，建设托育点50个。', ['paragraph:item1']],
    ['1.做强黑茶主导产业', ['heading:item1']],
    ['（2）推进2026年重点改革。', ['heading:item2']],
    [
      '表五 2026年某市主要目标\n指标名称\t属性\t全年目标\nA\t预期性\t增长5%',
      ['heading', 'table:指标名称|属性|全年目标/A|预期性|增长5%'],
    ],
    ['| 指标 | 属性 |\n|---|---|\n| 粮食产量 | 约束性 |', ['table:指标|属性/粮食产量|约束性']],
    [
      '指标名称        属性      目标\n地区生产总值    预期性    6%左右',
      ['table:指标名称|属性|目标/地区生产总值|预期性|6%左右'],
    ],
    [
      '指标    属性    目标\n经济发展\nA增长    预期性    6%',
      ['table:指标|属性|目标/经济发展/A增长|预期性|6%'],
    ],
  ])('%j', (text, expected) => {
    expect(splitBlocks(text).map(shape)).toEqual(expected);
  });

  it('keeps cell offsets into the text', () => {
    const text = '指标名称\t属性\t全年目标\n全市生产总值\t预期性\t增长5%左右';
    const [table] = splitBlocks(text);
    if (table.kind !== 'table') throw new Error('expected a table');
    for (const cell of table.rows.flatMap((r) => r.cells))
      expect(text.slice(cell.start, cell.end)).toBe(cell.text);
  });
});

describe('splitBlocks on layout noise', () => {
  it.each([
    ['\t深入开展整治,推进改革。', ['paragraph']],
    ['    深入开展整治,推进改革。', ['paragraph']],
    ['二、  主要目标', ['heading:part2']],
    ['推进  产业升级,加快  发展', ['paragraph']],
  ])('%j', (text, expected) => {
    expect(splitBlocks(text).map(shape)).toEqual(expected);
  });
});

describe('splitBlocks on exported tables', () => {
  it('keeps a table whole across blank lines between rows', () => {
    expect(splitBlocks('指标\t属性\n\n粮食产量\t约束性\n\n正文。').map(shape)).toEqual([
      'table:指标|属性/粮食产量|约束性',
      'paragraph',
    ]);
  });

  it('keeps an empty cell between two tabs, unless tabs only align the columns', () => {
    expect(splitBlocks('指标\t2025年\t2030年\t属性\nA\t\t75\t预期性').map(shape)).toEqual([
      'table:指标|2025年|2030年|属性/A||75|预期性',
    ]);
    expect(splitBlocks('指标\t属性\t目标\nGDP\t\t预期性\t6%').map(shape)).toEqual([
      'table:指标|属性|目标/GDP|预期性|6%',
    ]);
  });
});
