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
  ])('%s', (text, expected) => {
    expect(commitments(text)).toEqual(expected);
  });

  it.each(['举办第十八届市运会', '高质量办好第48届大赛', '再延长30年试点', '推进19号线建设'])(
    'finds none in %s',
    (text) => {
      expect(commitments(text)).toEqual([]);
    },
  );

  it('normalises the unit multiplier', () => {
    const [c] = findCommitments({ text: '新增供应保障性租赁住房5万套(间)', start: 0, end: 17 });
    expect(c.normalized).toEqual({ value: 50000, unit: '套(间)' });
  });
});
