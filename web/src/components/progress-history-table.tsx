import { Space, Table, Typography } from 'antd';
import type { ProgressView } from '../api/types.ts';
import { formatNumber } from '../format/number.ts';
import { formatDateTime, formatPeriod } from '../format/period.ts';
import { type MessageKey, useI18n } from '../i18n/index.tsx';
import { ProgressStatusTag, ReviewStatusTag } from './collection-tags.tsx';

export interface ProgressHistoryTableProps {
  rows: ProgressView[];
  loading?: boolean;
  /** The item's name, when the table mixes items. */
  labelOf?: (row: ProgressView) => string;
  departmentName?: (id: number | null) => string | null;
  pageSize?: number;
}

/** Every revision of progress reports, newest first: what was said, by whom and when, and its review. */
export function ProgressHistoryTable({
  rows,
  loading,
  labelOf,
  departmentName,
  pageSize = 10,
}: ProgressHistoryTableProps) {
  const { t, locale } = useI18n();
  const sorted = [...rows].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt) || b.id - a.id);
  return (
    <Table<ProgressView>
      data-testid="progress-history"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={sorted}
      pagination={sorted.length > pageSize ? { pageSize, showSizeChanger: false } : false}
      scroll={{ x: labelOf ? 1000 : 640 }}
      locale={{ emptyText: t('progress.noHistory') }}
      columns={[
        {
          title: t('progress.recorded'),
          key: 'at',
          width: 170,
          render: (_, r) => (
            <Space orientation="vertical" size={0}>
              <span>{formatDateTime(r.recordedAt, locale)}</span>
              <Typography.Text type="secondary">
                {[r.recordedBy, departmentName?.(r.departmentId)].filter(Boolean).join(' · ') ||
                  t('common.none')}
              </Typography.Text>
            </Space>
          ),
        },
        ...(labelOf
          ? [
              {
                title: t('progress.item'),
                key: 'item',
                width: 260,
                render: (_: unknown, r: ProgressView) => (
                  <Typography.Paragraph ellipsis={{ rows: 2, tooltip: labelOf(r) }} style={{ margin: 0 }}>
                    <Typography.Text type="secondary">
                      {t(`type.${r.itemType}` as MessageKey)}
                    </Typography.Text>{' '}
                    {labelOf(r)}
                  </Typography.Paragraph>
                ),
              },
            ]
          : []),
        {
          title: t('col.period'),
          key: 'period',
          width: 110,
          render: (_, r) => formatPeriod(r.period, locale),
        },
        {
          title: t('progress.result'),
          key: 'result',
          width: 150,
          render: (_, r) => (
            <Space orientation="vertical" size={2}>
              <ProgressStatusTag status={r.status} />
              {r.stage && <span>{t(`projectStage.${r.stage}` as MessageKey)}</span>}
              {r.completedQuantity !== null && (
                <span>
                  {t('progress.completedShort', {
                    value: `${formatNumber(r.completedWritten?.value ?? r.completedQuantity, locale)}${
                      r.completedWritten?.unit ?? r.completedUnit ?? ''
                    }`,
                  })}
                </span>
              )}
              {(r.investmentPlanned !== null || r.investmentCompleted !== null) && (
                <span>
                  {t('progress.investmentShort', {
                    done: formatNumber(r.investmentCompleted, locale),
                    planned: formatNumber(r.investmentPlanned, locale),
                  })}
                </span>
              )}
            </Space>
          ),
        },
        {
          title: t('progress.text'),
          key: 'text',
          render: (_, r) => (
            <Space orientation="vertical" size={2}>
              {r.text && <span>{r.text}</span>}
              {r.delayReason && (
                <Typography.Text type="danger">
                  {t('progress.delayReason')}：{r.delayReason}
                </Typography.Text>
              )}
              {r.remedy && (
                <span>
                  {t('progress.remedy')}：{r.remedy}
                </span>
              )}
              {r.note && <Typography.Text type="secondary">{r.note}</Typography.Text>}
            </Space>
          ),
        },
        {
          title: t('progress.review'),
          key: 'review',
          width: 90,
          render: (_, r) => <ReviewStatusTag status={r.reviewStatus} />,
        },
      ]}
    />
  );
}
