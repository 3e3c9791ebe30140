import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight-segments.ts';

const slice = (text: string, segments: ReturnType<typeof highlightSegments>) =>
  segments.map((s) => [text.slice(s.start, s.end), s.top]);

describe('highlightSegments', () => {
  it('covers the whole text with runs cut at every span boundary', () => {
    const text = '着力扩大有效投资。新增公园100座，建成轨道交通19号线。';
    const measure = { key: 'measure-1', type: 'measure' as const, span: [9, 29] as [number, number] };
    const commitment = {
      key: 'commitment-2',
      type: 'commitment' as const,
      span: [9, 17] as [number, number],
    };
    const project = { key: 'project-3', type: 'project' as const, span: [20, 28] as [number, number] };
    const segments = highlightSegments(text.length, [measure, commitment, project]);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(slice(text, segments)).toEqual([
      ['着力扩大有效投资。', null],
      ['新增公园100座', 'commitment-2'],
      ['，建成', 'measure-1'],
      ['轨道交通19号线', 'project-3'],
      ['。', 'measure-1'],
    ]);
    expect(segments[1].types).toEqual(['measure', 'commitment']);
    expect(segments[1].anchors).toEqual(['measure-1', 'commitment-2']);
  });

  it('clips spans outside the text and ignores empty ones', () => {
    const segments = highlightSegments(5, [
      { key: 'a', type: 'indicator', span: [3, 99] },
      { key: 'b', type: 'indicator', span: [2, 2] },
      { key: 'c', type: 'indicator', span: null },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.items])).toEqual([
      [0, 3, []],
      [3, 5, ['a']],
    ]);
  });
});
