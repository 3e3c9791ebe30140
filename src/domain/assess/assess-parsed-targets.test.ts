import { describe, expect, it } from 'vitest';
import { buildObservation as obs } from '../../../test/support/assess-builders.ts';
import { findCatalogEntry } from '../catalog/indicator-catalog.ts';
import { parseTarget } from '../target/parse-target.ts';
import type { AssessmentStatus, IndicatorItem, Observation } from './assess.types.ts';
import { assessIndicator } from './assess-indicator.ts';

/** An indicator as the lead wires it: the parsed target plus what the catalog knows. */
function itemFor(name: string, text: string): IndicatorItem {
  const entry = findCatalogEntry(name);
  return {
    id: name,
    name,
    planYear: 2026,
    target: parseTarget(text, { indicatorName: name }),
    direction: entry?.direction ?? null,
    observationKind: entry?.observationKind ?? null,
    flow: entry?.flow,
    unit: entry?.unit ?? null,
  };
}

describe('parsed targets end to end (parseTarget + catalog + assessIndicator)', () => {
  it.each<[string, string, Observation[], AssessmentStatus, string]>([
    ['地区生产总值', '增长5%左右', [obs('2026Q2', 'ytd_growth', 4.8)], 'on_track', 'rate_vs_level'],
    ['城镇新增就业', '60万人以上', [obs('2026-06', 'ytd_value', 285000)], 'on_track', 'flow_pace'],
    ['城镇调查失业率', '5%以内', [obs('2026-06', 'level', 5.3)], 'off_track', 'rate_vs_level'],
    ['居民消费价格涨幅', '2%左右', [obs('2026-06', 'ytd_growth', 0.3)], 'on_track', 'rate_vs_level'],
    ['居民消费价格指数', '102左右', [obs('2026-06', 'ytd_growth', 2.3)], 'at_risk', 'rate_vs_level'],
    ['地区生产总值', '4.5%至5%', [obs('2026Q2', 'ytd_growth', 4.4)], 'at_risk', 'rate_vs_level'],
    ['居民人均可支配收入', '与经济增长同步', [obs('2026Q2', 'ytd_growth', 4.4)], 'pending', 'relative'],
    ['单位生产总值能耗降低', '完成国家下达目标', [], 'pending', 'external'],
    ['环境空气质量', '持续改善', [], 'pending', 'qualitative'],
  ])('%s %s', (name, text, observations, status, rule) => {
    const a = assessIndicator({
      item: itemFor(name, text),
      observations,
      asOf: '2026-07-31',
      knownAt: '2026-07-31T00:00:00Z',
    });
    expect([a.status, a.explanation.rule]).toEqual([status, rule]);
  });

  it('reports jobs as a plan office would', () => {
    const a = assessIndicator({
      item: itemFor('城镇新增就业', '60万人以上'),
      observations: [obs('2026-06', 'ytd_value', 285000)],
      asOf: '2026-07-20',
      knownAt: '2026-07-20T00:00:00Z',
    });
    expect(a.explanation.summaryZh).toBe(
      '1—6月城镇新增就业28.5万人，完成全年目标的47.5%，低于序时进度2.5个百分点',
    );
  });
});
