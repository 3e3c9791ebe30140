import { Button, Card, Empty, Table, Tag, Typography } from 'antd';
import type { AssessmentItemDto } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';
import { alertItems } from '../plan/alert-items.ts';
import { StatusTag } from './status-tag.tsx';

export interface AttentionCardProps {
  items: AssessmentItemDto[];
  /** How many rows to show before the link to the full 预警 list. */
  limit?: number;
  onOpenAll: () => void;
}

/** Binding items first, then what is clearly behind before what is slightly behind. */
function attentionOrder(items: AssessmentItemDto[]): AssessmentItemDto[] {
  const rank = (i: AssessmentItemDto) => (i.attribute === 'binding' ? 0 : 2) + (i.color === 'red' ? 0 : 1);
  return alertItems(items).sort((a, b) => rank(a) - rank(b));
}

/** 需要关注: the items behind pace on the leaders' one screen, with who leads them and why. */
export function AttentionCard({ items, limit = 8, onOpenAll }: AttentionCardProps) {
  const t = useT();
  const behind = attentionOrder(items);
  return (
    <Card
      size="small"
      title={t('overview.attention', { n: behind.length })}
      extra={
        behind.length > 0 && (
          <Button type="link" size="small" onClick={onOpenAll}>
            {t('overview.attentionAll')}
          </Button>
        )
      }
      styles={{ body: { padding: 0 } }}
      style={{ marginBottom: 16 }}
      data-testid="attention"
    >
      {behind.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('alerts.none')} />
      ) : (
        <Table<AssessmentItemDto>
          size="small"
          rowKey={(i) => `${i.type}-${i.id}`}
          dataSource={behind.slice(0, limit)}
          pagination={false}
          columns={[
            {
              title: t('col.name'),
              key: 'name',
              render: (_, i) => (
                <>
                  <Tag>{t(`type.${i.type}`)}</Tag>
                  {i.attribute === 'binding' && <Tag color="red">{t('attribute.binding')}</Tag>}
                  <Typography.Text>{i.name}</Typography.Text>
                </>
              ),
            },
            {
              title: t('collect.lead'),
              key: 'department',
              width: 150,
              responsive: ['md'],
              render: (_, i) => i.department ?? t('common.none'),
            },
            {
              title: t('indicators.summary'),
              key: 'summary',
              responsive: ['lg'],
              render: (_, i) => (
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 2, tooltip: i.explanation.summaryZh }}
                  style={{ margin: 0 }}
                >
                  {i.explanation.summaryZh}
                </Typography.Paragraph>
              ),
            },
            {
              title: t('col.status'),
              key: 'status',
              width: 130,
              render: (_, i) => <StatusTag status={i.status} color={i.color} />,
            },
          ]}
        />
      )}
    </Card>
  );
}
