import { Alert, Empty, Table, Tag, Typography } from 'antd';
import type { AssessmentItemDto } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { formatQuantity } from '../format/number.ts';
import { formatDate, today } from '../format/period.ts';
import { useI18n } from '../i18n/index.tsx';
import { alertItems } from '../plan/alert-items.ts';
import { usePlanId } from '../plan/plans-context.tsx';
import { useAssessment } from '../plan/use-plan-data.ts';

/** 预警: what is behind, binding targets first. */
export function AlertsPage() {
  const { t, locale } = useI18n();
  const planId = usePlanId();
  const asOf = today();
  const assessment = useAssessment(planId, asOf);
  if (assessment.error) return <ErrorAlert error={assessment.error} onRetry={assessment.reload} />;
  if (!assessment.data) return <PageLoading />;
  const items = alertItems(assessment.data.items);
  const binding = items.filter((i) => i.attribute === 'binding').length;

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('alerts.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('overview.asOf', { date: formatDate(assessment.data.asOf, locale) })}
      </Typography.Paragraph>
      {items.length === 0 ? (
        <Empty description={t('alerts.none')} />
      ) : (
        <>
          <Alert
            type={binding > 0 ? 'error' : 'warning'}
            showIcon
            title={t('alerts.count', { n: items.length, binding })}
            style={{ marginBottom: 12 }}
          />
          <Table<AssessmentItemDto>
            rowKey={(i) => `${i.type}-${i.id}`}
            size="middle"
            dataSource={items}
            pagination={false}
            scroll={{ x: 960 }}
            columns={[
              {
                title: t('col.severity'),
                key: 'severity',
                width: 80,
                render: (_, i) =>
                  i.severity === 'high' ? (
                    <Tag color="red">{t('alerts.high')}</Tag>
                  ) : (
                    <Tag>{t('alerts.normal')}</Tag>
                  ),
              },
              { title: t('col.type'), key: 'type', width: 100, render: (_, i) => t(`type.${i.type}`) },
              {
                title: t('col.name'),
                key: 'name',
                width: '36%',
                render: (_, i) => (
                  <>
                    {i.name} {i.attribute === 'binding' && <Tag color="red">{t('attribute.binding')}</Tag>}
                  </>
                ),
              },
              {
                title: t('col.status'),
                key: 'status',
                render: (_, i) => <StatusTag status={i.status} color={i.color} />,
              },
              {
                title: t('col.actual'),
                key: 'actual',
                render: (_, i) =>
                  i.actual ? formatQuantity(i.actual.value, i.actual.unit, locale) : t('common.none'),
              },
              {
                title: t('indicators.summary'),
                key: 'summary',
                render: (_, i) => <span style={{ whiteSpace: 'normal' }}>{i.explanation.summaryZh}</span>,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
