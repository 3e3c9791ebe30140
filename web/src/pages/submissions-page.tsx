import { CheckOutlined, EyeOutlined, PlusOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Input,
  Modal,
  Segmented,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { collectionApi } from '../api/collection-endpoints.ts';
import type { SubmissionView } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ReviewStatusTag } from '../components/collection-tags.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ProgressHistoryTable } from '../components/progress-history-table.tsx';
import { formatDate, formatPeriod } from '../format/period.ts';
import { useI18n } from '../i18n/index.tsx';
import { flattenPlanItems, itemKey } from '../plan/plan-items.ts';
import { usePlanId } from '../plan/plans-context.tsx';
import { useDepartments } from '../plan/use-collection-data.ts';
import { usePlanDetail } from '../plan/use-plan-data.ts';

const STATUSES = ['submitted', 'draft', 'returned', 'confirmed'] as const;
type StatusFilter = 'all' | (typeof STATUSES)[number];
type Action = 'submit' | 'confirm' | 'return';

/** The queue order: awaiting review first, then drafts, returned, confirmed. */
const rank = (status: string) => (STATUSES as readonly string[]).indexOf(status);

/**
 * 报送审核: the plan office's queue of department submissions (confirm, or return with a
 * comment); with a department chosen, that department's own drafts, which it submits.
 */
export function SubmissionsPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const planId = usePlanId();
  const detail = usePlanDetail(planId);
  const departments = useDepartments();
  const [departmentId, setDepartmentId] = useState<number>();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [openId, setOpenId] = useState<number | null>(null);
  const [returning, setReturning] = useState<SubmissionView | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [creating, setCreating] = useState(false);
  const [newPeriod, setNewPeriod] = useState(() => dayjs().subtract(1, 'month').format('YYYY-MM'));

  const list = useApi(planId === null ? null : `submissions:${planId}`, () =>
    collectionApi.submissions(planId!),
  );
  const progress = useApi(planId === null ? null : `progress:${planId}:all`, () =>
    collectionApi.progress(planId!),
  );
  const labels = useMemo(
    () => new Map((detail.data ? flattenPlanItems(detail.data) : []).map((i) => [i.key, i.label])),
    [detail.data],
  );
  const departmentName = (id: number | null) =>
    departments.data?.departments.find((d) => d.id === id)?.name ?? null;

  const all = list.data?.submissions ?? [];
  const rows = all
    .filter(
      (s) =>
        (departmentId === undefined || s.departmentId === departmentId) &&
        (status === 'all' || s.status === status),
    )
    .sort((a, b) => rank(a.status) - rank(b.status) || b.id - a.id);
  const count = (s: string) =>
    all.filter((x) => (departmentId === undefined || x.departmentId === departmentId) && x.status === s)
      .length;
  const open = all.find((s) => s.id === openId) ?? null;
  const openReports = (progress.data?.progress ?? []).filter((r) => r.submissionId === openId);

  async function act(s: SubmissionView, action: Action, text?: string) {
    setBusy(true);
    try {
      await collectionApi.transition(s.id, action, text);
      message.success(t(`submissions.done.${action}`));
      setReturning(null);
      setComment('');
      list.reload();
      progress.reload();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function create() {
    if (planId === null || departmentId === undefined) return;
    setCreating(true);
    try {
      const s = await collectionApi.createSubmission(planId, {
        departmentId,
        period: newPeriod.trim() || null,
      });
      message.success(t('submissions.created', { id: s.id }));
      list.reload();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setCreating(false);
    }
  }

  const actions = (s: SubmissionView) => (
    <Space wrap>
      {(s.status === 'draft' || s.status === 'returned') && (
        <Button size="small" icon={<SendOutlined />} loading={busy} onClick={() => void act(s, 'submit')}>
          {t('submissions.submit')}
        </Button>
      )}
      {s.status === 'submitted' && (
        <>
          <Button
            size="small"
            type="primary"
            icon={<CheckOutlined />}
            loading={busy}
            onClick={() => void act(s, 'confirm')}
          >
            {t('submissions.confirm')}
          </Button>
          <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(s)}>
            {t('submissions.return')}
          </Button>
        </>
      )}
    </Space>
  );

  if (planId === null) return null;
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('submissions.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('submissions.intro')}</Typography.Paragraph>
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card
        size="small"
        styles={{ body: { padding: 0 } }}
        title={
          <Space wrap>
            <Select
              aria-label={t('collect.department')}
              placeholder={t('submissions.viewAsOffice')}
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 220 }}
              value={departmentId}
              onChange={setDepartmentId}
              options={(departments.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
            <Segmented<StatusFilter>
              value={status}
              onChange={setStatus}
              options={[
                { value: 'all', label: t('common.all') },
                ...STATUSES.map((s) => ({ value: s, label: `${t(`review.state.${s}`)} ${count(s)}` })),
              ]}
            />
          </Space>
        }
        extra={
          departmentId !== undefined && (
            <Space>
              <Input
                aria-label={t('col.period')}
                value={newPeriod}
                onChange={(e) => setNewPeriod(e.target.value)}
                style={{ width: 100 }}
              />
              <Button icon={<PlusOutlined />} loading={creating} onClick={() => void create()}>
                {t('submissions.new')}
              </Button>
            </Space>
          )
        }
      >
        <Table<SubmissionView>
          data-testid="submissions-table"
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('submissions.empty') }}
          columns={[
            { title: t('submissions.no'), dataIndex: 'id', width: 70 },
            {
              title: t('collect.department'),
              key: 'department',
              render: (_, s) => departmentName(s.departmentId) ?? t('submissions.office'),
            },
            { title: t('col.period'), key: 'period', render: (_, s) => formatPeriod(s.period, locale) },
            {
              title: t('col.status'),
              key: 'status',
              render: (_, s) => (
                <Space orientation="vertical" size={2}>
                  <ReviewStatusTag status={s.status} />
                  {s.status === 'returned' && s.comment && (
                    <Typography.Text type="warning">{s.comment}</Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('submissions.contents'),
              key: 'contents',
              render: (_, s) =>
                t('submissions.contentsText', { progress: s.progressReports, observations: s.observations }),
            },
            {
              title: t('submissions.submittedAt'),
              key: 'submitted',
              render: (_, s) => formatDate(s.submittedAt, locale),
            },
            {
              title: t('submissions.reviewed'),
              key: 'reviewed',
              render: (_, s) =>
                s.reviewedAt ? `${formatDate(s.reviewedAt, locale)} ${s.reviewedBy ?? ''}` : t('common.none'),
            },
            {
              title: t('col.actions'),
              key: 'actions',
              render: (_, s) => (
                <Space wrap>
                  <Button size="small" icon={<EyeOutlined />} onClick={() => setOpenId(s.id)}>
                    {t('submissions.view')}
                  </Button>
                  {actions(s)}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Drawer
        open={open !== null}
        onClose={() => setOpenId(null)}
        width={Math.min(960, window.innerWidth)}
        title={
          open
            ? t('submissions.drawerTitle', {
                id: open.id,
                name: departmentName(open.departmentId) ?? t('submissions.office'),
              })
            : ''
        }
        extra={open && actions(open)}
        data-testid="submission-drawer"
      >
        {open && (
          <>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              bordered
              style={{ marginBottom: 16 }}
              items={[
                { key: 'status', label: t('col.status'), children: <ReviewStatusTag status={open.status} /> },
                { key: 'period', label: t('col.period'), children: formatPeriod(open.period, locale) },
                {
                  key: 'created',
                  label: t('col.createdAt'),
                  children: `${formatDate(open.createdAt, locale)} ${open.createdBy ?? ''}`,
                },
                {
                  key: 'submitted',
                  label: t('submissions.submittedAt'),
                  children: formatDate(open.submittedAt, locale),
                },
                {
                  key: 'reviewed',
                  label: t('submissions.reviewed'),
                  children: open.reviewedAt
                    ? `${formatDate(open.reviewedAt, locale)} ${open.reviewedBy ?? ''}`
                    : t('common.none'),
                },
                {
                  key: 'comment',
                  label: t('submissions.comment'),
                  children: open.comment ?? t('common.none'),
                },
                {
                  key: 'contents',
                  label: t('submissions.contents'),
                  children: t('submissions.contentsText', {
                    progress: open.progressReports,
                    observations: open.observations,
                  }),
                },
              ]}
            />
            <ProgressHistoryTable
              rows={openReports}
              loading={progress.loading}
              labelOf={(r) => labels.get(itemKey(r.itemType, r.itemId)) ?? `#${r.itemId}`}
            />
          </>
        )}
      </Drawer>
      <Modal
        open={returning !== null}
        title={t('submissions.returnTitle')}
        okText={t('submissions.return')}
        okButtonProps={{ danger: true, disabled: !comment.trim(), loading: busy }}
        onOk={() => returning && void act(returning, 'return', comment.trim())}
        onCancel={() => setReturning(null)}
      >
        <Input.TextArea
          rows={4}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          placeholder={t('submissions.commentPlaceholder')}
        />
      </Modal>
    </>
  );
}
