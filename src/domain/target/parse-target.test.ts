import fc from 'fast-check';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { parseTarget } from './parse-target.ts';
import type { Target } from './target.types.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

type Case = [text: string, indicatorName: string | null, expected: Partial<Target>];

const growth = (value: number, comparator: Target['comparator'] = 'eq'): Partial<Target> => ({
  kind: 'growth',
  comparator,
  value,
  unit: '%',
  normalized: { value, unit: '%' },
});

// Every row of DESIGN.md "Target expressions", then the other forms real reports use.
const cases: Case[] = [
  ['增长5%左右', null, { ...growth(5, 'approx'), direction: 'up' }],
  ['增长2%', null, { ...growth(2), direction: 'up' }],
  ['增长7%以上', null, { ...growth(7, 'gte'), direction: 'up' }],
  ['4.5%至5%', null, { comparator: 'range', value: null, min: 4.5, max: 5, unit: '%' }],
  ['4.5%-5%', null, { comparator: 'range', value: null, min: 4.5, max: 5, unit: '%' }],
  ['增长4.5%—5%', null, { kind: 'growth', comparator: 'range', min: 4.5, max: 5 }],
  ['增长4.5—5%', null, { kind: 'growth', comparator: 'range', min: 4.5, max: 5, unit: '%' }],
  ['4.5~5%', null, { comparator: 'range', min: 4.5, max: 5 }],
  ['增长4.5%到5%', null, { kind: 'growth', comparator: 'range', min: 4.5, max: 5 }],
  ['45%以上', null, { kind: 'level', comparator: 'gte', value: 45, unit: '%', direction: 'up' }],
  ['不低于45%', null, { kind: 'level', comparator: 'gte', value: 45, direction: 'up' }],
  ['达到45%以上', null, { kind: 'level', comparator: 'gte', value: 45, direction: 'up' }],
  ['提高到45%', null, { kind: 'level', comparator: 'eq', value: 45, direction: 'up' }],
  ['5%以内', null, { kind: 'level', comparator: 'lte', value: 5, direction: 'down' }],
  ['控制在5%以内', null, { kind: 'level', comparator: 'lte', value: 5, direction: 'down' }],
  ['控制在5.5%以内', null, { kind: 'level', comparator: 'lte', value: 5.5, direction: 'down' }],
  ['不超过5%', null, { kind: 'level', comparator: 'lte', value: 5, direction: 'down' }],
  ['低于3%', null, { comparator: 'lte', value: 3, direction: 'down' }],
  ['保持在4.5%以内', null, { kind: 'level', comparator: 'lte', value: 4.5, direction: 'down' }],
  ['涨幅2%左右', null, { ...growth(2, 'approx'), direction: 'down' }],
  ['2%左右', '居民消费价格涨幅', { ...growth(2, 'approx'), direction: 'down' }],
  ['居民消费价格涨幅2%左右', null, { ...growth(2, 'approx'), direction: 'down' }],
  [
    '102左右',
    '居民消费价格指数',
    { kind: 'index', comparator: 'approx', value: 102, impliedGrowth: 2, direction: 'down' },
  ],
  ['102左右', null, { kind: 'index', value: 102, impliedGrowth: 2, normalized: { value: 102, unit: '' } }],
  [
    '60万人以上',
    null,
    {
      kind: 'quantity',
      comparator: 'gte',
      value: 60,
      unit: '万人',
      normalized: { value: 600000, unit: '人' },
    },
  ],
  [
    '5万套(间)',
    null,
    {
      kind: 'quantity',
      comparator: 'eq',
      value: 5,
      unit: '万套(间)',
      normalized: { value: 50000, unit: '套(间)' },
    },
  ],
  ['5万套（间）', null, { kind: 'quantity', value: 5, normalized: { value: 50000, unit: '套(间)' } }],
  ['68件左右', null, { kind: 'quantity', comparator: 'approx', value: 68, unit: '件', direction: 'up' }],
  [
    '60家左右',
    null,
    { kind: 'quantity', comparator: 'approx', value: 60, normalized: { value: 60, unit: '家' } },
  ],
  ['1,200万人以上', null, { kind: 'quantity', value: 1200, normalized: { value: 12000000, unit: '人' } }],
  [
    '一千五百个',
    null,
    { kind: 'quantity', value: 1500, unit: '个', normalized: { value: 1500, unit: '个' } },
  ],
  ['20万平方米', null, { kind: 'quantity', value: 20, normalized: { value: 200000, unit: '平方米' } }],
  [
    '与经济增长基本同步',
    null,
    { kind: 'relative', comparator: null, reference: '地区生产总值', normalized: null },
  ],
  ['与经济增长同步', null, { kind: 'relative', reference: '地区生产总值' }],
  [
    '增长与经济增长基本同步',
    '居民人均可支配收入',
    { kind: 'relative', reference: '地区生产总值', direction: 'up' },
  ],
  ['居民人均可支配收入增长与经济增长基本同步', null, { kind: 'relative', reference: '地区生产总值' }],
  ['完成国家下达目标', null, { kind: 'external', comparator: null, value: null, normalized: null }],
  ['完成省下达目标', null, { kind: 'external' }],
  ['完成上级下达任务', null, { kind: 'external' }],
  ['完成国家下达的节能减排目标任务', null, { kind: 'external' }],
  ['完成国家下达目标', '细颗粒物(PM <sub>2.5</sub> )平均浓度', { kind: 'external', direction: 'down' }],
  ['持续改善', null, { kind: 'qualitative', comparator: null, direction: 'up' }],
  ['持续改善', '细颗粒物平均浓度', { kind: 'qualitative', direction: 'down' }],
  ['稳步提升', null, { kind: 'qualitative', direction: 'up' }],
  ['保持稳定', null, { kind: 'qualitative', direction: 'band' }],
  ['稳中有升', null, { kind: 'qualitative', direction: 'up' }],
  ['稳中有降', null, { kind: 'qualitative', direction: 'down' }],
  ['进一步提升', null, { kind: 'qualitative', value: null, direction: 'up' }],
  ['下降3%左右', null, { ...growth(-3, 'approx'), direction: 'down' }],
  ['降低3%', null, { ...growth(-3), direction: 'down' }],
  ['下降3%-4%', null, { kind: 'growth', comparator: 'range', min: -4, max: -3, direction: 'down' }],
  ['3%', '万元地区生产总值能耗降低', { ...growth(-3), direction: 'down' }],
  ['年均增长7%以上', null, { kind: 'cagr', comparator: 'gte', value: 7, direction: 'up' }],
  ['十五五期间年均增长5%左右', null, { kind: 'cagr', comparator: 'approx', value: 5 }],
  ['累计降低17%', null, { kind: 'cumulative_change', value: -17, direction: 'down' }],
  [
    '累计下降13.5%',
    null,
    { kind: 'cumulative_change', value: -13.5, normalized: { value: -13.5, unit: '%' } },
  ],
  ['到2030年累计下降13.5%', null, { kind: 'cumulative_change', value: -13.5, byYear: 2030 }],
  ['提高到80岁', null, { kind: 'level', comparator: 'eq', value: 80, unit: '岁', direction: 'up' }],
  ['达到80岁', null, { kind: 'level', value: 80, unit: '岁' }],
  ['由75%提高到80%', null, { kind: 'level', value: 80 }],
  ['人均预期寿命提高0.2岁', null, { kind: 'cumulative_change', value: 0.2, unit: '岁', direction: 'up' }],
  ['提高0.5个百分点', null, { kind: 'cumulative_change', value: 0.5, unit: '个百分点' }],
  ['增长5%左右、力争更好', null, { ...growth(5, 'approx') }],
  ['增长5%左右,力争6%', null, { ...growth(5, 'approx'), stretch: 6 }],
  ['增长5%以上，力争达到6%', null, { ...growth(5, 'gte'), stretch: 6 }],
  ['增长6%左右,在实际工作中努力争取更好结果', null, { ...growth(6, 'approx') }],
  ['力争6%', null, { comparator: 'eq', value: 6 }],
  ['地区生产总值增长5%左右', '地区生产总值', { ...growth(5, 'approx') }],
  ['全市生产总值增长5%左右', null, { ...growth(5, 'approx') }],
  ['5%左右', '地区生产总值', { ...growth(5, 'approx') }],
  ['城镇调查失业率5.5%左右', null, { kind: 'level', comparator: 'approx', value: 5.5, direction: 'down' }],
  ['5.5%左右', '城镇调查失业率', { kind: 'level', comparator: 'approx', direction: 'down' }],
  [
    '城镇新增就业1100万人以上',
    null,
    { kind: 'quantity', value: 1100, normalized: { value: 11000000, unit: '人' } },
  ],
  [
    '粮食产量稳定在1.2万亿斤以上',
    null,
    { kind: 'quantity', comparator: 'gte', value: 1.2, normalized: { value: 1.2e12, unit: '斤' } },
  ],
  ['每千人口拥有3岁以下婴幼儿托位数达到4.5个', null, { kind: 'quantity', value: 4.5, unit: '个' }],
  ['人口自然增长率控制在5‰以内', null, { kind: 'level', comparator: 'lte', value: 5, unit: '‰' }],
  ['69%', '养老机构护理型床位占比', { kind: 'level', comparator: 'eq', value: 69, direction: 'up' }],
  ['46%左右', '生活垃圾回收利用率', { kind: 'level', comparator: 'approx', value: 46, direction: 'up' }],
  [
    '60以上',
    '城镇新增就业(万人)',
    { kind: 'quantity', value: 60, normalized: { value: 600000, unit: '人' } },
  ],
  ['保持正增长', null, { kind: 'growth', comparator: 'gte', value: 0 }],
  // Other regions' and the national report's wording.
  ['居民收入增长和经济增长同步', null, { kind: 'relative', reference: '地区生产总值' }],
  ['居民收入与经济同步增长', null, { kind: 'relative', reference: '地区生产总值' }],
  ['地区生产总值增长高于全国平均水平', null, { kind: 'relative', reference: '全国平均水平' }],
  ['国际收支保持基本平衡', null, { kind: 'qualitative', direction: 'band' }],
  ['保持在合理区间', null, { kind: 'qualitative', direction: 'band' }],
  ['实际使用外资稳中有增', null, { kind: 'qualitative', direction: 'up' }],
  ['总量不减少', null, { kind: 'qualitative', direction: 'up' }],
  [
    '粮食产量1.4万亿斤左右',
    null,
    { kind: 'quantity', comparator: 'approx', normalized: { value: 1.4e12, unit: '斤' } },
  ],
  ['单位国内生产总值能耗降低3%左右', null, { ...growth(-3, 'approx'), direction: 'down' }],
  [
    '城乡居民人均可支配收入分别增长5%和6%左右',
    null,
    { ...growth(5, 'approx'), warnings: ['several values (分别): the first is taken as the target'] },
  ],
  ['比2025年下降13.5%', null, { ...growth(-13.5), baseYear: 2025 }],
  ['以2020年为基数累计下降18%', null, { kind: 'cumulative_change', value: -18, baseYear: 2020 }],
  ['2030年达到80%', null, { kind: 'level', value: 80, byYear: 2030 }],
  ['常住人口城镇化率提高1个百分点', null, { kind: 'cumulative_change', value: 1, unit: '个百分点' }],
  ['下降3个百分点', null, { kind: 'cumulative_change', value: -3, direction: 'down' }],
  [
    '实际利用外资120亿美元',
    null,
    { kind: 'quantity', value: 120, normalized: { value: 1.2e10, unit: '美元' } },
  ],
  ['控制在3%左右', null, { kind: 'level', comparator: 'approx', value: 3, direction: 'down' }],
  ['居民消费价格总水平涨幅控制在3%左右', null, { ...growth(3, 'approx'), direction: 'down' }],
  ['下降到10%以下', null, { kind: 'level', comparator: 'lte', value: 10, direction: 'down' }],
  ['实现翻一番', null, { kind: 'cumulative_change', value: 100, unit: '%' }],
  ['增速在5%以上', null, { ...growth(5, 'gte') }],
  ['增长5%-5.5%', null, { kind: 'growth', comparator: 'range', min: 5, max: 5.5 }],
  ['同比增长5%', null, { ...growth(5) }],
  [
    '耕地保有量不低于1800万亩',
    null,
    { kind: 'quantity', comparator: 'gte', normalized: { value: 1.8e7, unit: '亩' } },
  ],
  ['新开工改造城镇老旧小区1200个', null, { kind: 'quantity', value: 1200, unit: '个' }],
  ['8', '规模以上工业增加值增长(%)', { ...growth(8) }],
  ['单位国内生产总值能耗下降3.4%以上', null, { ...growth(-3.4, 'lte'), direction: 'down' }],
  ['国内生产总值(GDP)增长6.5%左右,在实际工作中争取更好结果', null, { ...growth(6.5, 'approx') }],
  ['居民消费价格(CPI)涨幅3%左右', null, { ...growth(3, 'approx'), direction: 'down' }],
  ['城镇调查失业率全年控制在5.5%以内', null, { kind: 'level', comparator: 'lte', value: 5.5 }],
  ['主要污染物排放量继续下降', null, { kind: 'qualitative', direction: 'down' }],
  ['进出口回稳向好', null, { kind: 'qualitative', direction: 'up' }],
  ['供给侧结构性改革取得实质性进展', null, { kind: 'qualitative', direction: 'up' }],
  ['能耗强度目标在“十四五”规划期内统筹考核', null, { kind: 'qualitative', value: null }],
  ['数字经济核心产业增加值占比10%', null, { kind: 'level', comparator: 'eq', value: 10 }],
  ['规模以上工业增加值增长6%', null, { ...growth(6) }],
  ['总量达1.5万亿元', null, { kind: 'quantity', value: 1.5, normalized: { value: 1.5e12, unit: '元' } }],
  ['增长6%,高于全国平均水平', null, { ...growth(6), reference: '全国平均水平' }],
  ['<5.5,>3', null, { comparator: 'lte', value: 5.5 }],
  [
    '地区生产总值首次突破1万亿元',
    null,
    { kind: 'quantity', comparator: 'gte', normalized: { value: 1e12, unit: '元' } },
  ],
  ['不少于60万人', null, { kind: 'quantity', comparator: 'gte', value: 60 }],
  ['实现两位数增长', null, { kind: 'growth', comparator: 'gte', value: 10 }],
  ['增长5%至6%之间', null, { kind: 'growth', comparator: 'range', min: 5, max: 6 }],
  // Five-year tables: the verb and unit in the name, 〔〕 for five-year cumulative figures, > and <.
  ['保持在合理区间、各年度视情提出', '国内生产总值(GDP)增长(%)', { kind: 'qualitative', direction: 'band' }],
  ['高于GDP增长', '全员劳动生产率增长(%)', { kind: 'relative', reference: '地区生产总值' }],
  ['>GDP增长', '全员劳动生产率增长(%)', { kind: 'relative', reference: '地区生产总值' }],
  ['与GDP增长基本同步', '居民人均可支配收入增长(%)', { kind: 'relative', reference: '地区生产总值' }],
  ['65', '常住人口城镇化率(%)', { kind: 'level', comparator: 'eq', value: 65, unit: '%' }],
  ['>7', '研发经费投入增长(%)', { ...growth(7, 'gte') }],
  ['<5.5', '城镇调查失业率(%)', { kind: 'level', comparator: 'lte', value: 5.5, direction: 'down' }],
  ['12', '每万人口高价值发明专利拥有量(件)', { kind: 'quantity', value: 12, unit: '件' }],
  ['〔1〕', '人均预期寿命(岁)', { kind: 'cumulative_change', value: 1, unit: '岁' }],
  ['〔13.5〕', '单位GDP能源消耗降低(%)', { kind: 'cumulative_change', value: -13.5, direction: 'down' }],
  [
    '〔250〕',
    '城镇新增就业(万人)',
    { kind: 'quantity', value: 250, normalized: { value: 2500000, unit: '人' } },
  ],
  [
    '>6.5',
    '粮食综合生产能力(亿吨)',
    { kind: 'quantity', comparator: 'gte', normalized: { value: 6.5e8, unit: '吨' } },
  ],
  ['6左右', '地区生产总值年均增长(%)', { kind: 'cagr', comparator: 'approx', value: 6 }],
  // Width, script and OCR noise.
  ['國內生産總值增長5%左右', null, { ...growth(5, 'approx') }],
  [
    '糧食產量保持在1.3萬億斤以上',
    null,
    { kind: 'quantity', comparator: 'gte', normalized: { value: 1.3e12, unit: '斤' } },
  ],
  ['居民收入和經濟增長基本同步', null, { kind: 'relative', reference: '地区生产总值' }],
  ['增長5%左右', null, { ...growth(5, 'approx') }],
  ['增长５％左右', null, { ...growth(5, 'approx') }],
  ['達到45%以上', null, { kind: 'level', comparator: 'gte', value: 45 }],
  ['5%以內', null, { comparator: 'lte', value: 5 }],
  ['約5%', null, { comparator: 'approx', value: 5 }],
  ['增长百分之五', null, { ...growth(5) }],
  ['细颗粒物(PM <sub>2.5</sub> )平均浓度下降3%', null, { ...growth(-3), direction: 'down' }],
  ['PM<sub>2.5</sub>平均浓度35微克/立方米以下', null, { kind: 'level', comparator: 'lte', value: 35 }],
  ['增长 5 % 左右', null, { ...growth(5, 'approx') }],
  // Unreadable.
  ['', null, { kind: 'qualitative', comparator: null, normalized: null, warnings: ['empty target text'] }],
  ['完全不知道', null, { kind: 'qualitative', comparator: null, direction: null }],
];

describe('parseTarget', () => {
  it.each(cases)('%s (%s)', (text, indicatorName, expected) => {
    const target = parseTarget(text, indicatorName ? { indicatorName } : {});
    expect(target).toMatchObject({ text, ...expected });
  });

  it.each(cases)('reads %s the same in full-width forms', (text, indicatorName) => {
    const fullWidth = text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const context = indicatorName ? { indicatorName } : {};
    expect({ ...parseTarget(fullWidth, context), text }).toEqual(parseTarget(text, context));
  });

  it.each(cases)('reads %s the same in traditional characters', (text, indicatorName) => {
    const context = indicatorName ? { indicatorName: toTraditional(indicatorName) } : {};
    const traditional = toTraditional(text);
    expect({ ...parseTarget(traditional, context), text }).toEqual(
      parseTarget(text, indicatorName ? { indicatorName } : {}),
    );
  });

  it('has a table covering the required forms', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it('warns when it cannot read the text', () => {
    expect(parseTarget('完全不知道').warnings?.length).toBeGreaterThan(0);
  });

  it('never throws, and gives a normalized value whenever there is a number', () => {
    const pieces = [
      ...'0123456789.,%-—至万亿千百十一二两三五零',
      '增长',
      '下降',
      '左右',
      '以上',
      '以内',
      '不低于',
      '不超过',
      '控制在',
      '达到',
      '年均',
      '累计',
      '力争',
      '与经济增长同步',
      '完成国家下达目标',
      '万人',
      '套(间)',
      '个百分点',
      '岁',
      '<sub>',
      ' ',
    ];
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, fc.option(fc.string(), { nil: undefined }), (t, indicatorName) => {
        const target = parseTarget(t, { indicatorName });
        const hasNumber = target.value !== null || target.min !== null || target.max !== null;
        if (hasNumber && target.normalized === null) return false;
        if (target.comparator === null && hasNumber) return false;
        return target.text === t;
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizes any generated quantity to its base unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99999 }).map((n) => n / 10),
        fc.constantFrom<[string, number]>(['', 1], ['万', 1e4], ['亿', 1e8]),
        fc.constantFrom('人', '家', '套(间)', '元', '平方米', '个', '件', '辆'),
        fc.constantFrom<[string, string]>(['以上', 'gte'], ['左右', 'approx'], ['', 'eq']),
        (value, [prefix, multiplier], base, [suffix, comparator]) => {
          const target = parseTarget(`${value}${prefix}${base}${suffix}`);
          return (
            target.kind === 'quantity' &&
            target.value === value &&
            target.comparator === comparator &&
            target.normalized?.unit === base &&
            target.normalized.value === Number((value * multiplier).toPrecision(12))
          );
        },
      ),
    );
  });

  it('reads any generated growth target back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }).map((n) => n / 10),
        fc.constantFrom(['左右', 'approx'], ['以上', 'gte'], ['', 'eq']),
        (value, [suffix, comparator]) => {
          const target = parseTarget(`增长${value}%${suffix}`);
          return target.kind === 'growth' && target.value === value && target.comparator === comparator;
        },
      ),
    );
  });
});

describe('the target JSON shape', () => {
  const KEYS = [
    'text',
    'kind',
    'comparator',
    'value',
    'min',
    'max',
    'unit',
    'normalized',
    'direction',
    'reference',
    'impliedGrowth',
  ];
  it.each([
    '增长5%左右',
    '102左右',
    '持续改善',
    '完成国家下达目标',
    '与经济增长同步',
    '4.5%至5%',
    '60万人以上',
  ])('%s has every key of the contract', (text) => {
    expect(Object.keys(parseTarget(text))).toEqual(expect.arrayContaining(KEYS));
  });
});
