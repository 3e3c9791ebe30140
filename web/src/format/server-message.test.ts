import { describe, expect, it } from 'vitest';
import { serverMessage } from './server-message.ts';

describe('serverMessage', () => {
  it.each([
    ['不是数字 (not a number)', '不是数字', 'Not a number'],
    [
      '跨页断句已拼接 (sentence rejoined across a page break)',
      '跨页断句已拼接',
      'Sentence rejoined across a page break',
    ],
    [
      '表格与正文目标不一致 (table and text disagree): 城镇新增就业 表格「60万人」正文「55万人」',
      '表格与正文目标不一致: 城镇新增就业 表格「60万人」正文「55万人」',
      'Table and text disagree: 城镇新增就业 表格「60万人」正文「55万人」',
    ],
    // Interleaved glosses: English keeps the whole message.
    ['规划 (plan) 9 不存在 (not found)', '规划 9 不存在', '规划 (plan) 9 不存在 (not found)'],
    // Names with Latin letters are not glosses.
    ['细颗粒物(PM2.5)平均浓度无数据', '细颗粒物(PM2.5)平均浓度无数据', '细颗粒物(PM2.5)平均浓度无数据'],
    ['plain English message', 'plain English message', 'plain English message'],
  ])('%s', (message, zh, en) => {
    expect(serverMessage(message, 'zh-CN')).toBe(zh);
    expect(serverMessage(message, 'en')).toBe(en);
  });
});
