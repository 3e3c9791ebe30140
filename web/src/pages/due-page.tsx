import {
  Button,
  Card,
  Col,
  DatePicker,
  Row,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { collectionApi } from '../api/collection-endpoints.ts';
import type { DepartmentDueList, DueItem, DueState } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { DueStateTag } from '../components/collection-tags.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { formatDate, formatPeriod, today } from '../format/period.ts';
import { type MessageKey, useI18n } from '../i18n/index.tsx';
import { usePlanId } from '../plan/plans-context.tsx';

interface DueRow extends DueItem {
  key: string;
  departmentId: number | null;
  departmentName: string;
  daysOverdue: number;
}

const URGENCY: Record<DueState, number> = { escalated: 0, overdue: 1, due_soon: 2, upcoming: 3, reported: 4 };
const TILES: Array<{ state: DueState; color: string }> = [
  { state: 'escalated', color: '#c41d7f' },
  { state: 'overdue', color: '#cf1322' },
  { state: 'due_soon', color: '#d48806' },
  { state: 'reported', color: '#389e0d' },
];

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function flatten(lists: DepartmentDueList[], asOf: string): DueRow[] {
  return lists
    .flatMap((d) =>
      d.items.map((i) => ({
        ...i,
        key: `${d.departmentId}:${i.itemType}:${i.itemId}`,
        departmentId: d.departmentId,
        departmentName: d.departmentName,
        daysOverdue:
          i.state === 'overdue' || i.state === 'escalated' ? Math.max(0, daysBetween(i.dueDate, asOf)) : 0,
      })),
    )
    .sort((a, b) => URGENCY[a.state] - URGENCY[b.state] || b.daysOverdue - a.daysOverdue);
}

/** 督办: what each department owes as of a date — due soon, overdue, escalated — with a link to report. */
export function DuePage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const planId = usePlanId();
  const [asOf, setAsOf] = useState(today);
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const [outstanding, setOutstanding] = useState(true);
  // Everything is fetched (the tiles count reported items too); the switch filters the list.
  const due = useApi(planId === null ? null : `due:${planId}:${asOf}`, () =>
    collectionApi.due(planId!, { asOf }),
  );
  const lists = due.data?.departments ?? [];
  const rows = useMemo(() => flatten(lists, asOf), [lists, asOf]);
  const shown = rows.filter(
    (r) =>
      (departmentId === null || r.departmentId === departmentId) &&
      (!outstanding || r.state !== 'reported' || r.deadlineMissed !== null),
  );
  const total = (state: DueState) => lists.reduce((n, d) => n + d.counts[state], 0);

  function report(r: DueRow) {
    const q = new URLSearchParams();
    if (r.itemType !== 'indicator') {
      q.set('tab', 'progress');
      q.set('type', r.itemType);
      q.set('item', String(r.itemId));
    }
    if (r.departmentId !== null) q.set('department', String(r.departmentId));
    navigate(`/plans/${planId}/data?${q}`);
  }

  if (planId === null) return null;
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('due.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <span>{t('due.asOf')}</span>
        <DatePicker
          allowClear={false}
          value={dayjs(asOf)}
          onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))}
        />
        <Select
          aria-label={t('collect.department')}
          placeholder={t('collect.allDepartments')}
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 220 }}
          value={departmentId ?? undefined}
          onChange={(id?: number) => setDepartmentId(id ?? null)}
          options={lists.map((d) => ({ value: d.departmentId, label: d.departmentName }))}
        />
        <Space size={6}>
          <Switch checked={outstanding} onChange={setOutstanding} aria-label={t('due.onlyOutstanding')} />
          {t('due.onlyOutstanding')}
        </Space>
      </Space>
      {due.error && <ErrorAlert error={due.error} onRetry={due.reload} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="due-tiles">
        {TILES.map((tile) => (
          <Col xs={12} md={6} key={tile.state}>
            <Card size="small">
              <Statistic
                title={t(`due.state.${tile.state}`)}
                value={total(tile.state)}
                styles={{ content: { color: tile.color } }}
                suffix={t('due.itemsUnit')}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" styles={{ body: { padding: 0 } }} title={t('due.byDepartment')}>
        <Table<DepartmentDueList>
          size="small"
          rowKey={(d) => String(d.departmentId)}
          loading={due.loading}
          dataSource={lists}
          pagination={lists.length > 10 ? { pageSize: 10 } : false}
          scroll={{ x: 720 }}
          onRow={(d) => ({
            onClick: () => setDepartmentId(d.departmentId === departmentId ? null : d.departmentId),
            style: { cursor: 'pointer' },
            className: d.departmentId === departmentId ? 'ant-table-row-selected' : undefined,
          })}
          columns={[
            { title: t('collect.department'), dataIndex: 'departmentName' },
            ...(['escalated', 'overdue', 'due_soon', 'upcoming', 'reported'] as const).map((s) => ({
              title: t(`due.state.${s}`),
              key: s,
              width: 100,
              render: (_: unknown, d: DepartmentDueList) =>
                d.counts[s] > 0 && (s === 'escalated' || s === 'overdue') ? (
                  <Typography.Text type="danger" strong>
                    {d.counts[s]}
                  </Typography.Text>
                ) : (
                  d.counts[s]
                ),
            })),
          ]}
        />
      </Card>
      <Card
        size="small"
        styles={{ body: { padding: 0 } }}
        title={t('due.items', { count: shown.length })}
        style={{ marginTop: 16 }}
      >
        <Table<DueRow>
          data-testid="due-table"
          size="small"
          rowKey="key"
          loading={due.loading}
          dataSource={shown}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          scroll={{ x: 1100 }}
          rowClassName={(r) =>
            r.state === 'escalated' ? 'pw-row-escalated' : r.state === 'overdue' ? 'pw-row-overdue' : ''
          }
          locale={{ emptyText: t('due.empty') }}
          columns={[
            {
              title: t('col.status'),
              key: 'state',
              width: 100,
              render: (_, r) => <DueStateTag state={r.state} />,
            },
            {
              title: t('due.daysOverdue'),
              key: 'days',
              width: 100,
              sorter: (a, b) => a.daysOverdue - b.daysOverdue,
              render: (_, r) =>
                r.daysOverdue > 0 ? (
                  <Typography.Text type="danger" strong>
                    {t('due.days', { days: r.daysOverdue })}
                  </Typography.Text>
                ) : (
                  t('common.none')
                ),
            },
            { title: t('collect.lead'), dataIndex: 'departmentName', width: 140 },
            {
              title: t('progress.item'),
              key: 'label',
              render: (_, r) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.label }} style={{ margin: 0 }}>
                    <Tag>{t(`type.${r.itemType}` as MessageKey)}</Tag>
                    {r.label}
                  </Typography.Paragraph>
                  {r.deadlineMissed && (
                    <Typography.Text type="danger">
                      {t('due.deadlineMissed', { date: formatDate(r.deadlineMissed, locale) })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('due.frequency'),
              key: 'frequency',
              width: locale === 'en' ? 110 : 90,
              render: (_, r) => t(`frequency.${r.frequency}` as MessageKey),
            },
            {
              title: t('due.period'),
              key: 'period',
              width: 120,
              // The oldest unreported period stands for the row; the rest are counted, never dropped.
              render: (_, r) => (
                <Space orientation="vertical" size={0}>
                  <span>{formatPeriod(r.period, locale)}</span>
                  {r.unreportedPeriods.length > 1 && (
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {t('due.unreportedCount', { count: r.unreportedPeriods.length })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('due.dueDate'),
              key: 'due',
              width: 130,
              render: (_, r) => formatDate(r.dueDate, locale),
            },
            {
              title: t('due.lastReported'),
              key: 'last',
              width: 130,
              render: (_, r) => formatDate(r.lastReportedAt, locale),
            },
            {
              title: t('col.actions'),
              key: 'actions',
              width: locale === 'en' ? 140 : 100,
              fixed: 'right',
              render: (_, r) => (
                <Button
                  size="small"
                  type={r.state === 'reported' ? 'default' : 'primary'}
                  onClick={() => report(r)}
                >
                  {r.itemType === 'indicator' ? t('due.reportData') : t('due.reportProgress')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
