import { App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/endpoints.ts';
import type { PlanSummary } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { formatDate } from '../format/period.ts';
import { useI18n } from '../i18n/index.tsx';
import { usePlans } from '../plan/plans-context.tsx';

/** 管理: every plan with its status and counts (publish a draft), and the server's health. */
export function AdminPage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { plans, error, reload, loading } = usePlans();
  const health = useApi('health', api.health);
  const [publishing, setPublishing] = useState<number | null>(null);

  async function publish(plan: PlanSummary) {
    setPublishing(plan.id);
    try {
      await api.publish(plan.id);
      message.success(t('review.publishedOk'));
      reload();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setPublishing(null);
    }
  }

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('admin.title')}
      </Typography.Title>
      <Card size="small" title={t('admin.health')} style={{ marginBottom: 16 }}>
        {health.error && <ErrorAlert error={health.error} onRetry={health.reload} />}
        {health.data && (
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 3 }}
            items={[
              {
                key: 'status',
                label: t('plan.status'),
                children: (
                  <Tag color={health.data.status === 'ok' ? 'green' : 'orange'}>
                    {health.data.status === 'ok' ? t('admin.statusOk') : t('admin.statusDegraded')}
                  </Tag>
                ),
              },
              { key: 'version', label: t('admin.version'), children: health.data.version },
              {
                key: 'db',
                label: t('admin.database'),
                children: `${health.data.database.kind} · ${
                  health.data.database.reachable ? t('admin.reachable') : t('admin.unreachable')
                }`,
              },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('admin.plans')} styles={{ body: { padding: 0 } }}>
        {error && <ErrorAlert error={error} onRetry={reload} />}
        <Table<PlanSummary>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={plans}
          pagination={false}
          scroll={{ x: 1100 }}
          columns={[
            { title: 'ID', dataIndex: 'id', width: 60 },
            {
              title: t('col.name'),
              key: 'title',
              width: '34%',
              render: (_, p) => (
                <Space wrap>
                  {p.title}
                  {p.demo && <Tag color="gold">{t('admin.demo')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('plan.status'),
              key: 'status',
              render: (_, p) => (
                <Tag color={p.status === 'published' ? 'green' : 'default'}>
                  {t(`plan.status.${p.status}`)}
                </Tag>
              ),
            },
            {
              title: t('col.counts'),
              key: 'counts',
              render: (_, p) => t('admin.countsText', { ...p.counts }),
            },
            { title: t('col.createdAt'), key: 'created', render: (_, p) => formatDate(p.createdAt, locale) },
            {
              title: t('col.actions'),
              key: 'actions',
              render: (_, p) => (
                <Space>
                  <Button size="small" onClick={() => navigate(`/plans/${p.id}/overview`)}>
                    {t('admin.open')}
                  </Button>
                  <Button size="small" onClick={() => navigate(`/plans/${p.id}/review`)}>
                    {t('plan.review')}
                  </Button>
                  {p.status === 'draft' && (
                    <Button
                      size="small"
                      type="primary"
                      loading={publishing === p.id}
                      onClick={() => void publish(p)}
                    >
                      {t('admin.publish')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
