import { Descriptions, Drawer, Grid, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import type { AssessmentItemDto, IndicatorDto } from '../api/types.ts';
import { formatQuantity, formatShare } from '../format/number.ts';
import { formatDate, formatPeriod } from '../format/period.ts';
import { useI18n } from '../i18n/index.tsx';
import {
  comparisonLabel,
  formatComparison,
  inputKindLabel,
  inputRoleLabel,
  projectionLabel,
  ruleLabel,
} from './explanation-labels.ts';
import { StatusTag } from './status-tag.tsx';

// Loaded when a drawer first draws a chart: echarts is the largest library of the app and the
// overview must not wait for it.
const PaceChart = lazy(() => import('./pace-chart.tsx').then((m) => ({ default: m.PaceChart })));

export interface ExplanationDrawerProps {
  indicator: IndicatorDto | null;
  assessment: AssessmentItemDto | undefined;
  onClose: () => void;
}

type InputRow = AssessmentItemDto['explanation']['inputs'][number];

/** Why an indicator has its status: the rule, the inputs, the numbers compared, and the chart. */
export function ExplanationDrawer({ indicator, assessment, onClose }: ExplanationDrawerProps) {
  const { t, locale } = useI18n();
  const screens = Grid.useBreakpoint();
  const e = assessment?.explanation;
  const unit = assessment?.actual?.unit ?? assessment?.expected?.unit ?? indicator?.unit ?? null;
  // Unset numbers (no upper bound, no gap) say nothing: only what was compared is listed.
  const compared = Object.entries(e?.comparison ?? {}).filter(([, value]) => value !== null);
  return (
    <Drawer
      open={indicator !== null}
      onClose={onClose}
      title={indicator?.name}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      data-testid="explanation-drawer"
    >
      {indicator && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Tag color={indicator.attribute === 'binding' ? 'red' : undefined}>
              {t(`attribute.${indicator.attribute}`)}
            </Tag>
            <Typography.Text>{t('indicators.targetLine', { target: indicator.target.text })}</Typography.Text>
            {assessment && <StatusTag status={assessment.status} color={assessment.color} />}
          </Space>
          {!assessment || !e ? (
            <Typography.Text type="secondary">{t('indicators.noAssessment')}</Typography.Text>
          ) : (
            <>
              <Descriptions
                size="small"
                column={1}
                bordered
                styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
                items={[
                  { key: 'summary', label: t('indicators.summary'), children: e.summaryZh },
                  {
                    key: 'rule',
                    label: t('indicators.rule'),
                    children: ruleLabel(e.rule, e.ruleZh, locale, t),
                  },
                  {
                    key: 'expected',
                    label: t('col.expected'),
                    children: assessment.expected
                      ? formatQuantity(assessment.expected.value, assessment.expected.unit, locale)
                      : t('common.none'),
                  },
                  {
                    key: 'actual',
                    label: t('col.actual'),
                    children: assessment.actual
                      ? `${formatQuantity(assessment.actual.value, assessment.actual.unit, locale)}${t('common.parens', { text: formatPeriod(assessment.actual.period, locale) })}`
                      : t('common.none'),
                  },
                  ...(e.pace
                    ? [
                        {
                          key: 'pace',
                          label: t('indicators.pace'),
                          children: t('indicators.paceShare', { share: formatShare(e.pace.share) }),
                        },
                      ]
                    : []),
                  ...(assessment.projection
                    ? [
                        {
                          key: 'projection',
                          label: t('col.projection'),
                          children: projectionLabel(assessment.projection.sentence, locale, t),
                        },
                      ]
                    : []),
                  ...(e.late ? [{ key: 'late', label: '⚠', children: t('indicators.late') }] : []),
                ]}
              />
              <Suspense fallback={null}>
                <PaceChart item={assessment} />
              </Suspense>
              <Typography.Title level={5}>{t('indicators.inputs')}</Typography.Title>
              <Table<InputRow>
                size="small"
                pagination={false}
                rowKey={(_, i) => String(i)}
                dataSource={e.inputs}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('col.period'), key: 'period', render: (_, r) => formatPeriod(r.period, locale) },
                  {
                    title: t('col.role'),
                    key: 'role',
                    render: (_, r) => inputRoleLabel(r.role, r.series, t),
                  },
                  { title: t('col.kind'), key: 'kind', render: (_, r) => inputKindLabel(r.kind, t) },
                  {
                    title: t('col.value'),
                    key: 'value',
                    render: (_, r) => formatQuantity(r.value, r.unit, locale),
                  },
                  {
                    title: t('col.revision'),
                    key: 'revision',
                    render: (_, r) => r.revision ?? t('common.none'),
                  },
                  { title: t('col.source'), key: 'source', render: (_, r) => r.source ?? t('common.none') },
                  {
                    title: t('col.recordedAt'),
                    key: 'at',
                    render: (_, r) => formatDate(r.recordedAt, locale),
                  },
                ]}
              />
              <Typography.Title level={5}>{t('indicators.comparison')}</Typography.Title>
              <Descriptions
                size="small"
                bordered
                column={{ xs: 1, sm: 2 }}
                data-testid="comparison"
                items={compared.map(([key, value]) => ({
                  key,
                  label: comparisonLabel(key, t),
                  children: formatComparison(key, value, unit, locale, t),
                }))}
              />
            </>
          )}
        </Space>
      )}
    </Drawer>
  );
}
