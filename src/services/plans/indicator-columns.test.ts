import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../domain/target/parse-target.ts';
import { indicatorColumns } from './indicator-columns.ts';

const columns = (name: string, text: string) =>
  indicatorColumns(name, parseTarget(text, { indicatorName: name }));

describe('indicatorColumns', () => {
  it.each([
    // A growth-rate series given an amount for the year is judged on its year-to-date amount.
    ['固定资产投资', '2550亿元', 'ytd_value', 1],
    ['社会消费品零售总额', '达到1.8万亿元', 'ytd_value', 1],
    ['固定资产投资', '增长5%', 'ytd_growth', 0],
    ['城镇新增就业人数', '60万人以上', 'ytd_value', 1],
    ['每万人口高价值发明专利拥有量', '68件左右', 'level', 0],
  ])('%s %s → %s (flow %d)', (name, text, kind, flow) => {
    expect(columns(name, text)).toMatchObject({ observation_kind: kind, flow });
  });
});
