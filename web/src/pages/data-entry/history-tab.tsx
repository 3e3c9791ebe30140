import { Card, Segmented, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { collectionApi } from '../../api/collection-endpoints.ts';
import type { DepartmentView, ProgressView } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ProgressHistoryTable } from '../../components/progress-history-table.tsx';
import { useT } from '../../i18n/index.tsx';
import { itemKey, type PlanItemRow } from '../../plan/plan-items.ts';
import { COLLECTED_TYPES } from './item-picker.tsx';

export interface HistoryTabProps {
  planId: number;
  items: PlanItemRow[];
  departments: DepartmentView[];
}

type TypeFilter = 'all' | (typeof COLLECTED_TYPES)[number];

/** 进展历史: every progress report of the plan, newest first, with its review status. */
export function HistoryTab({ planId, items, departments }: HistoryTabProps) {
  const t = useT();
  const [type, setType] = useState<TypeFilter>('all');
  const [status, setStatus] = useState<string>();
  const [review, setReview] = useState<string>();
  const progress = useApi(`progress:${planId}:all`, () => collectionApi.progress(planId));
  const labels = useMemo(() => new Map(items.map((i) => [i.key, i.label])), [items]);
  const rows = (progress.data?.progress ?? []).filter(
    (r: ProgressView) =>
      (type === 'all' || r.itemType === type) &&
      (!status || r.status === status) &&
      (!review || r.reviewStatus === review),
  );
  return (
    <Card
      size="small"
      title={t('history.title', { count: rows.length })}
      extra={
        <Space wrap>
          <Segmented<TypeFilter>
            value={type}
            onChange={setType}
            options={[
              { value: 'all', label: t('common.all') },
              ...COLLECTED_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) })),
            ]}
          />
          <Select
            allowClear
            placeholder={t('progress.statusLabel')}
            style={{ width: 120 }}
            value={status}
            onChange={setStatus}
            options={(['in_progress', 'done', 'delayed'] as const).map((s) => ({
              value: s,
              label: t(`progress.status.${s}`),
            }))}
          />
          <Select
            allowClear
            placeholder={t('progress.review')}
            style={{ width: 120 }}
            value={review}
            onChange={setReview}
            options={(['draft', 'submitted', 'returned', 'confirmed'] as const).map((s) => ({
              value: s,
              label: t(`review.state.${s}`),
            }))}
          />
        </Space>
      }
    >
      {progress.error && <ErrorAlert error={progress.error} onRetry={progress.reload} />}
      <ProgressHistoryTable
        rows={rows}
        loading={progress.loading}
        labelOf={(r) => labels.get(itemKey(r.itemType, r.itemId)) ?? `#${r.itemId}`}
        departmentName={(id) => departments.find((d) => d.id === id)?.name ?? null}
        pageSize={20}
      />
    </Card>
  );
}
