import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/parse/index.ts';
import {
  averageScores,
  findAll,
  type Gold,
  numbersOf,
  pairUp,
  scoreDocument,
  similarity,
  targetNumberAgrees,
} from './score-parse.ts';

const header = { region: '某省', year: 2026, kind: 'annual', periodStart: null, periodEnd: null };
const gold = (over: Partial<Gold>): Gold => ({
  file: 'x.txt',
  header,
  targets: [],
  commitments: [],
  ...over,
});

describe('scoring a parse against gold labels', () => {
  it('finds every occurrence of a quote', () => {
    expect(findAll('增长5%，又增长5%', '增长5%')).toEqual([
      [0, 4],
      [6, 10],
    ]);
    expect(findAll('abc', '')).toEqual([]);
  });

  it('reads the numbers of a target text, full-width too', () => {
    expect(numbersOf('增长5%—5.5%')).toEqual([5, 5.5]);
    expect(numbersOf('５．５%左右')).toEqual([5.5]);
    expect(numbersOf('与经济增长同步')).toEqual([]);
  });

  it('agrees on a number when one of the parsed bounds is a gold number; a decrease by its size', () => {
    const t = { value: null, min: 5, max: 5.5, stretch: null };
    expect(targetNumberAgrees('增长5%—5.5%', t)).toBe(true);
    expect(targetNumberAgrees('下降3%', { value: -3, min: null, max: null })).toBe(true);
    expect(targetNumberAgrees('300万吨', { value: 30, min: null, max: null })).toBe(false);
    expect(targetNumberAgrees('与经济增长同步', { value: null, min: null, max: null })).toBe(true);
  });

  it('pairs one to one, best score first', () => {
    const pairs = pairUp(
      ['能耗', '碳排放'],
      ['碳排放强度', '能耗强度'],
      () => true,
      (g, p) => similarity(g, p),
    );
    expect([...pairs.gold]).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('name similarity is a bigram Dice coefficient, punctuation ignored', () => {
    expect(similarity('地区生产总值', '地区生产总值')).toBe(1);
    expect(similarity('地区生产总值', '粮食产量')).toBe(0);
    expect(similarity('城镇调查失业率', '城镇调查 失业率。')).toBe(1);
  });

  it('scores a parsed report: a missed target, a matched one, a shared quote, the header', () => {
    const text =
      '某省人民政府工作报告\n今年主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%左右。\n新增公园100座。';
    const doc = parsePlanText(text);
    const score = scoreDocument(
      text,
      doc,
      gold({
        targets: [
          {
            name: '地区生产总值',
            target: '增长5%左右',
            period: '2026',
            attribute: null,
            quote: '地区生产总值增长5%左右',
          },
          {
            name: '城镇调查失业率',
            target: '5.5%左右',
            period: '2026',
            attribute: null,
            quote: '城镇调查失业率5.5%左右',
          },
          { name: '粮食产量', target: '300亿斤', period: '2026', attribute: null, quote: '粮食产量300亿斤' },
        ],
        commitments: [{ value: 100, unit: '座', context: '新增公园', quote: '新增公园100座' }],
      }),
    );
    expect(score.targets).toMatchObject({ gold: 3, matched: 2 });
    expect(score.targets.recall).toBeCloseTo(2 / 3);
    expect(score.misses).toEqual([
      { kind: 'target', name: '粮食产量', quote: '粮食产量300亿斤', quoteMissing: true },
    ]);
    expect(score.commitments).toMatchObject({ gold: 1, matched: 1, recall: 1 });
    expect(averageScores([score]).targetRecall).toBeCloseTo(2 / 3);
  });

  it('a parsed target whose number disagrees with the gold one does not match it', () => {
    const text = '主要预期目标是：地区生产总值增长6%左右。';
    const score = scoreDocument(
      text,
      parsePlanText(text),
      gold({
        targets: [
          {
            name: '地区生产总值',
            target: '增长5%',
            period: '2026',
            attribute: null,
            quote: '地区生产总值增长6%左右',
          },
        ],
      }),
    );
    expect(score.targets.matched).toBe(0);
    expect(score.extras.map((e) => e.name)).toEqual(['地区生产总值']);
  });

  it('counts a gold target found as a commitment (same span, same number) and reports it apart', () => {
    const text = '三、重点工作\n（一）稳就业。城镇新增就业17万人左右。';
    const score = scoreDocument(
      text,
      parsePlanText(text),
      gold({
        targets: [
          {
            name: '城镇新增就业',
            target: '17万人左右',
            period: '2026',
            attribute: null,
            quote: '城镇新增就业17万人左右',
          },
        ],
      }),
    );
    expect(score.targets.recall).toBe(1);
    expect(score.crossClass).toBe(1);
  });
});
