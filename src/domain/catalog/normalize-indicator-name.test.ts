import { describe, expect, it } from 'vitest';
import { normalizeIndicatorName } from './normalize-indicator-name.ts';

describe('normalizeIndicatorName', () => {
  it.each<[string, string[]]>([
    ['全市生产总值', ['地区生产总值']],
    ['全省地区生产总值', ['地区生产总值']],
    ['国内生产总值(GDP)', ['地区生产总值', '地区生产总值地区生产总值']],
    ['地方一般公共预算收入', ['一般公共预算收入']],
    ['细颗粒物(PM <sub>2.5</sub> )平均浓度', ['细颗粒物平均浓度', '细颗粒物PM2.5平均浓度']],
    ['城鎮調查失業率（%）', ['城镇调查失业率', '城镇调查失业率%']],
    ['“城镇新增就业”', ['城镇新增就业']],
    ['', []],
  ])('%s', (name, forms) => {
    expect(normalizeIndicatorName(name)).toEqual(forms);
  });
});
