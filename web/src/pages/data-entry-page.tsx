import { Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CollectedItemType } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { useT } from '../i18n/index.tsx';
import { assigneesByItem, flattenPlanItems } from '../plan/plan-items.ts';
import { usePlanId } from '../plan/plans-context.tsx';
import { useAssignments, useDepartments } from '../plan/use-collection-data.ts';
import { usePlanDetail } from '../plan/use-plan-data.ts';
import { HistoryTab } from './data-entry/history-tab.tsx';
import { COLLECTED_TYPES, type ItemSelection } from './data-entry/item-picker.tsx';
import { ObservationsTab } from './data-entry/observations-tab.tsx';
import { ProgressTab } from './data-entry/progress-tab.tsx';

const TABS = ['observations', 'progress', 'history'] as const;
type Tab = (typeof TABS)[number];

/**
 * 数据填报: indicator data (files and department Excel forms), progress on measures, commitments
 * and projects, and the history of what was reported. The tab and the item live in the URL
 * (?tab=progress&type=measure&item=12&department=3) so the 督办 list can link straight to a form.
 */
export function DataEntryPage() {
  const t = useT();
  const planId = usePlanId();
  const detail = usePlanDetail(planId);
  const departments = useDepartments();
  const assignments = useAssignments(planId);
  const [params, setParams] = useSearchParams();

  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'observations';
  const typeParam = params.get('type') as CollectedItemType | null;
  const selection: ItemSelection = {
    type: typeParam && COLLECTED_TYPES.includes(typeParam) ? typeParam : 'measure',
    itemId: Number(params.get('item')) || null,
    departmentId: Number(params.get('department')) || null,
  };
  const items = useMemo(() => (detail.data ? flattenPlanItems(detail.data) : []), [detail.data]);
  const assignees = useMemo(() => assigneesByItem(assignments.data?.assignments ?? []), [assignments.data]);

  function update(next: Record<string, string | number | null>) {
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(next)) {
          if (v === null || v === '') p.delete(k);
          else p.set(k, String(v));
        }
        return p;
      },
      { replace: true },
    );
  }

  if (planId === null) return null;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <PageLoading />;
  const plan = detail.data;
  const departmentList = departments.data?.departments ?? [];

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('data.title')}
      </Typography.Title>
      {departments.error && <ErrorAlert error={departments.error} onRetry={departments.reload} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'observations' ? null : key })}
        items={[
          {
            key: 'observations',
            label: t('data.tab.observations'),
            children: (
              <ObservationsTab
                initialDepartmentId={selection.departmentId}
                planId={planId}
                indicators={plan.indicators}
                region={plan.region}
                year={plan.year}
              />
            ),
          },
          {
            key: 'progress',
            label: t('data.tab.progress'),
            children: (
              <ProgressTab
                planId={planId}
                items={items}
                departments={departmentList}
                assignees={assignees}
                selection={selection}
                onSelect={(s) => update({ type: s.type, item: s.itemId, department: s.departmentId })}
              />
            ),
          },
          {
            key: 'history',
            label: t('data.tab.history'),
            children: <HistoryTab planId={planId} items={items} departments={departmentList} />,
          },
        ]}
      />
    </>
  );
}
