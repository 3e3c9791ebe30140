import { describe, expect, it } from 'vitest';
import { findCommitments } from './find-commitments.ts';

const commitments = (text: string) =>
  findCommitments({ text, start: 0, end: text.length }).map((c) => [
    c.subject,
    c.value,
    c.unit,
    c.comparator,
  ]);

describe('findCommitments', () => {
  it.each([
    ['新增公园100座', [['新增公园', 100, '座', 'eq']]],
    ['培育打造20个融合性服务消费新场景', [['培育打造融合性服务消费新场景', 20, '个', 'eq']]],
    [
      '新建绿地500公顷、绿道100公里、立体绿化10万平方米',
      [
        ['新建绿地', 500, '公顷', 'eq'],
        ['新建绿道', 100, '公里', 'eq'],
        ['新建立体绿化', 10, '万平方米', 'eq'],
      ],
    ],
    [
      '新建50家社区心理健康诊室、30家社区护理中心',
      [
        ['新建社区心理健康诊室', 50, '家', 'eq'],
        ['新建社区护理中心', 30, '家', 'eq'],
      ],
    ],
    ['全年新增跨国公司地区总部60家左右', [['新增跨国公司地区总部', 60, '家', 'approx']]],
    ['筹措床位3万张以上', [['筹措床位', 3, '万张', 'gte']]],
    [
      '正式项目184项,其中新开工16项',
      [
        ['正式项目', 184, '项', 'eq'],
        ['新开工', 16, '项', 'eq'],
      ],
    ],
    [
      '新开工项目110个、续建项目180个',
      [
        ['新开工项目', 110, '个', 'eq'],
        ['续建项目', 180, '个', 'eq'],
      ],
    ],
    ['新建改扩建中小学、幼儿园12所', [['新建改扩建中小学、幼儿园', 12, '所', 'eq']]],
    ['培育年销售收入过10亿元的龙头企业2家', [['培育年销售收入过10亿元的龙头企业', 2, '家', 'eq']]],
    [
      '完成工业投资1600亿元，增长8%以上',
      [
        ['完成工业投资', 1600, '亿元', 'eq'],
        ['工业投资增长', 8, '%', 'gte'],
      ],
    ],
    [
      '城乡低保标准分别提高到每人每月830元和620元',
      [
        ['城镇低保标准提高到每人每月', 830, '元', 'eq'],
        ['农村低保标准提高到每人每月', 620, '元', 'eq'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });

  it.each([
    '举办第十八届市运会',
    '高质量办好第48届大赛',
    '再延长30年试点',
    '推进19号线建设',
    '企业开办时间压缩至1个工作日以内',
  ])('finds none in %s', (text) => {
    expect(commitments(text)).toEqual([]);
  });

  it.each([
    ['清洁能源改造覆盖率达到90%', '清洁能源改造覆盖率', 90, '%'],
    ['数字经济核心产业增加值占地区生产总值比重达到12%', '数字经济核心产业增加值占地区生产总值比重', 12, '%'],
    ['研发投入强度提高0.1个百分点', '研发投入强度提高', 0.1, '个百分点'],
  ])(
    'takes a share or rate set as a level or a change as a commitment to track: %s',
    (text, subject, value, unit) => {
      expect(commitments(text).map((c) => [c[0], c[1], c[2]])).toEqual([[subject, value, unit]]);
    },
  );

  it.each([
    ['以新一轮“3个100万”为抓手推进新型城镇化', []],
    ['重点做好十一个方面工作', []],
    ['推进北海20万吨级航道建设', []],
    ['步行300米内公交站点覆盖率提高到95%', [['步行300米内公交站点覆盖率', 95, '%']]],
    ['新引进落地总投资超10亿元项目50个以上', [['新引进落地总投资超10亿元项目', 50, '个']]],
  ])('takes no slogan, class or qualifying figure for the commitment: %s', (text, expected) => {
    expect(commitments(text).map((c) => [c[0], c[1], c[2]])).toEqual(expected);
  });

  it('normalises the unit multiplier', () => {
    const [c] = findCommitments({ text: '新增供应保障性租赁住房5万套(间)', start: 0, end: 17 });
    expect(c.normalized).toEqual({ value: 50000, unit: '套(间)' });
  });
});
