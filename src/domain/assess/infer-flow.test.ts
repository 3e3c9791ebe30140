import { describe, expect, it } from 'vitest';
import type { Target } from '../target/target.types.ts';
import { readsAsAnnualFlow } from './infer-flow.ts';

const quantity = (text: string): Pick<Target, 'kind' | 'text'> => ({ kind: 'quantity', text });

describe('readsAsAnnualFlow', () => {
  it.each<[string, string, boolean]>([
    ['新增公园', '100座', true],
    ['城镇新增就业', '60万人以上', true],
    ['引进海外高层次人才', '5000人', true],
    ['培育专精特新企业', '500家', true],
    ['完成老旧小区改造', '3000户', true],
    ['旧住房成套改造面积', '30万平方米', true], // 改造 is done in the year, 面积 notwithstanding
    ['中小学校', '新建50所', true], // the target says what is done
    ['美丽乡村示范村建设', '100个', true],
    ['每万人口高价值发明专利拥有量', '68件左右', false],
    ['每万人口新增发明专利', '5件', false], // per head is a ratio whatever the verb
    ['常住人口', '2500万人以内', false],
    ['建设用地规模', '3200平方公里以内', false], // 建设用地 is a noun, 规模 a stock
    ['机动车保有量', '500万辆以内', false],
    ['城市绿地面积', '2万公顷', false],
    ['高新技术企业', '2.4万家', false], // says neither: a stock
  ])('%s %s → %s', (name, text, flow) => {
    expect(readsAsAnnualFlow(name, quantity(text))).toBe(flow);
  });

  it('is never true for rates and levels', () => {
    expect(readsAsAnnualFlow('城镇新增就业', { kind: 'growth', text: '增长5%' })).toBe(false);
    expect(readsAsAnnualFlow('新增公园', { kind: 'level', text: '45%以上' })).toBe(false);
  });
});
