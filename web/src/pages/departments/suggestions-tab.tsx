import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { collectionApi } from '../../api/collection-endpoints.ts';
import type { PlanItem, Suggestion } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { type MessageKey, useT } from '../../i18n/index.tsx';

type Row = { item: PlanItem; suggestions: Suggestion[] };

export interface SuggestionsTabProps {
  planId: number;
  onChanged: () => void;
}

/** 分工建议: unassigned items with departments suggested by keywords; the user confirms each. */
export function SuggestionsTab({ planId, onChanged }: SuggestionsTabProps) {
  const t = useT();
  const { message } = App.useApp();
  const list = useApi(`suggestions:${planId}`, () => collectionApi.suggestions(planId));
  const [busy, setBusy] = useState<string | null>(null);
  const rows = list.data?.suggestions ?? [];
  const withSuggestion = rows.filter((r) => r.suggestions.length > 0);

  async function accept(pairs: Array<[PlanItem, Suggestion]>, key: string) {
    setBusy(key);
    try {
      for (const [item, s] of pairs)
        await collectionApi.assign(planId, {
          itemType: item.type,
          itemId: item.id,
          departmentId: s.departmentId,
          role: 'lead',
        });
      message.success(t('suggestions.accepted', { count: pairs.length }));
      list.reload();
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card
      size="small"
      styles={{ body: { padding: 0 } }}
      title={t('suggestions.title', { count: rows.length, suggested: withSuggestion.length })}
      extra={
        <Popconfirm
          title={t('suggestions.acceptAllConfirm', { count: withSuggestion.length })}
          disabled={withSuggestion.length === 0}
          onConfirm={() =>
            void accept(
              withSuggestion.map((r) => [r.item, r.suggestions[0]]),
              'all',
            )
          }
        >
          <Button
            type="primary"
            icon={<CheckOutlined />}
            disabled={withSuggestion.length === 0}
            loading={busy === 'all'}
          >
            {t('suggestions.acceptAll')}
          </Button>
        </Popconfirm>
      }
    >
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Table<Row>
        data-testid="suggestions-table"
        rowKey={(r) => `${r.item.type}:${r.item.id}`}
        size="small"
        loading={list.loading}
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('suggestions.empty') }}
        columns={[
          {
            title: t('col.type'),
            key: 'type',
            width: 90,
            render: (_, r) => t(`type.${r.item.type}` as MessageKey),
          },
          {
            title: t('progress.item'),
            key: 'label',
            render: (_, r) => (
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.item.label }} style={{ margin: 0 }}>
                {r.item.label}
              </Typography.Paragraph>
            ),
          },
          {
            title: t('suggestions.suggested'),
            key: 'suggestions',
            width: 420,
            render: (_, r) =>
              r.suggestions.length === 0 ? (
                <Typography.Text type="secondary">{t('suggestions.none')}</Typography.Text>
              ) : (
                <Space wrap>
                  {r.suggestions.map((s, i) => (
                    <Tooltip
                      key={s.departmentId}
                      title={t('suggestions.matched', { words: s.matched.join('、') })}
                    >
                      <Button
                        size="small"
                        type={i === 0 ? 'primary' : 'default'}
                        ghost={i === 0}
                        loading={busy === `${r.item.type}:${r.item.id}:${s.departmentId}`}
                        onClick={() =>
                          void accept([[r.item, s]], `${r.item.type}:${r.item.id}:${s.departmentId}`)
                        }
                      >
                        <CheckOutlined /> {s.departmentName}
                        <Tag bordered={false} style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>
                          {s.matched[0]}
                        </Tag>
                      </Button>
                    </Tooltip>
                  ))}
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
