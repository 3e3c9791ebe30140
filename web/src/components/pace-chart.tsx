import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { AssessmentItemDto } from '../api/types.ts';
import { formatNumber } from '../format/number.ts';
import { periodYearFraction } from '../format/period.ts';
import { useI18n } from '../i18n/index.tsx';
import { COLOR_HEX } from './status-tag.tsx';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const OBSERVATION_KINDS = new Set(['ytd_value', 'ytd_growth', 'period_value', 'level']);

/** A value at a month of the year (6 = end of June). */
export interface ChartPoint {
  month: number;
  value: number;
}

function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The observations of the assessed year in period order (period values summed up for flows). */
export function chartPoints(item: AssessmentItemDto): ChartPoint[] {
  const rows = item.explanation.inputs.filter(
    (r) => r.period && r.value !== null && OBSERVATION_KINDS.has(r.kind),
  );
  const dated = rows.flatMap((r) => {
    const at = periodYearFraction(r.period!);
    return at ? [{ ...at, kind: r.kind, value: r.value! }] : [];
  });
  if (dated.length === 0) return [];
  const latestYear = item.actual?.period ? periodYearFraction(item.actual.period)?.year : undefined;
  const year = latestYear ?? Math.max(...dated.map((p) => p.year));
  // Later rows of the same period are later revisions: keep the last.
  const byMonth = new Map<number, { value: number; kind: string }>();
  for (const p of dated.filter((d) => d.year === year)) byMonth.set(Math.round(p.fraction * 12), p);
  const points = [...byMonth.entries()].sort(([a], [b]) => a - b);
  if (item.explanation.rule === 'flow_pace' && points.every(([, p]) => p.kind === 'period_value')) {
    let sum = 0;
    return points.map(([month, p]) => {
      sum += p.value;
      return { month, value: sum };
    });
  }
  return points.map(([month, p]) => ({ month, value: p.value }));
}

/**
 * The comparison line: for flows the pace of the annual total — through the server's expected
 * value at the latest period when it gives one (seasonal pace), else straight in time; for rates
 * and levels the target.
 */
export function referenceLine(
  item: AssessmentItemDto,
  latestMonth: number | null,
): { kind: 'pace' | 'target'; points: ChartPoint[] } | null {
  const c = item.explanation.comparison;
  if (item.explanation.rule === 'flow_pace') {
    const total = numberOf(c.total);
    if (total === null) return null;
    const expected = item.expected?.value;
    const through =
      latestMonth !== null && latestMonth > 0 && latestMonth < 12 && expected != null
        ? [{ month: latestMonth, value: expected }]
        : [];
    return {
      kind: 'pace',
      points: [{ month: 0, value: 0 }, ...through, { month: 12, value: total }],
    };
  }
  const target = numberOf(c.target) ?? item.expected?.value ?? null;
  return target === null
    ? null
    : {
        kind: 'target',
        points: [
          { month: 0, value: target },
          { month: 12, value: target },
        ],
      };
}

export interface PaceChartProps {
  item: AssessmentItemDto;
}

/** The year's actual values against the pace line (flows) or the target level (rates), Jan–Dec. */
export function PaceChart({ item }: PaceChartProps) {
  const { t, locale } = useI18n();
  const points = chartPoints(item);
  if (points.length === 0) return null;
  const flow = item.explanation.rule === 'flow_pace';
  const reference = referenceLine(item, points[points.length - 1].month);
  const actual = flow && points[0].month > 0 ? [{ month: 0, value: 0 }, ...points] : points;
  const monthLabel = (m: number) => t('indicators.month', { m });
  const option = {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v, locale) },
    legend: { bottom: 0 },
    grid: { left: 56, right: 24, top: 16, bottom: 48 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 12,
      interval: 1,
      axisLabel: { formatter: (m: number) => (m === 0 ? '' : monthLabel(m)) },
    },
    yAxis: { type: 'value', scale: !flow, axisLabel: { formatter: (v: number) => formatNumber(v, locale) } },
    series: [
      {
        name: t('indicators.chartActual'),
        type: 'line',
        data: actual.map((p) => [p.month, p.value]),
        itemStyle: { color: COLOR_HEX[item.color === 'grey' ? 'green' : item.color] },
        symbolSize: 8,
      },
      ...(reference
        ? [
            {
              name: t(reference.kind === 'pace' ? 'indicators.chartPace' : 'indicators.chartTarget'),
              type: 'line',
              data: reference.points.map((p) => [p.month, p.value]),
              lineStyle: { type: 'dashed' },
              itemStyle: { color: '#1677ff' },
              symbol: 'none',
            },
          ]
        : []),
    ],
  };
  return (
    <div data-testid="pace-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 260 }} notMerge />
    </div>
  );
}
