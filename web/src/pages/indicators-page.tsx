import { Alert, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import type { IndicatorDto } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ExplanationDrawer } from '../components/explanation-drawer.tsx';
import { type IndicatorRow, IndicatorTable } from '../components/indicator-table.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { formatDate, today } from '../format/period.ts';
import { useI18n } from '../i18n/index.tsx';
import { usePlanId } from '../plan/plans-context.tsx';
import { assessmentIndex, useAssessment, usePlanDetail } from '../plan/use-plan-data.ts';

/** Indicators in document order, grouped by their category (null → one ungrouped group). */
export function groupByCategory<T extends { indicator: IndicatorDto }>(
  rows: T[],
): Array<[string | null, T[]]> {
  const groups = new Map<string | null, T[]>();
  for (const row of rows) {
    const key = row.indicator.category;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()];
}

/** 指标: every indicator by category with status, expected vs actual, projection and a detail drawer. */
export function IndicatorsPage() {
  const { t, locale } = useI18n();
  const planId = usePlanId();
  const asOf = today();
  const detail = usePlanDetail(planId);
  const assessment = useAssessment(planId, asOf);
  const [open, setOpen] = useState<IndicatorRow | null>(null);

  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <PageLoading />;
  const find = assessmentIndex(assessment.data);
  const rows = detail.data.indicators.map((indicator) => ({
    indicator,
    assessment: find('indicator', indicator.id),
  }));

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('indicators.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {detail.data.title} ·{' '}
        {t('overview.asOf', { date: formatDate(assessment.data?.asOf ?? asOf, locale) })}
      </Typography.Paragraph>
      {assessment.error && (
        <Alert
          type="warning"
          showIcon
          title={t('overview.assessmentFailed', { message: assessment.error.message })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {groupByCategory(rows).map(([category, group]) => (
          <Card
            key={category ?? ''}
            size="small"
            title={category ?? t('indicators.uncategorized')}
            styles={{ body: { padding: 0 } }}
          >
            <IndicatorTable rows={group} detailed showCategory={false} onOpen={setOpen} />
          </Card>
        ))}
      </Space>
      <ExplanationDrawer
        indicator={open?.indicator ?? null}
        assessment={open?.assessment}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
