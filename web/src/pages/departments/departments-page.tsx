import { Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useT } from '../../i18n/index.tsx';
import { assigneesByItem, flattenPlanItems } from '../../plan/plan-items.ts';
import { usePlanId } from '../../plan/plans-context.tsx';
import { useAssignments, useDepartments } from '../../plan/use-collection-data.ts';
import { usePlanDetail } from '../../plan/use-plan-data.ts';
import { DepartmentListTab } from './department-list-tab.tsx';
import { DivisionTab } from './division-tab.tsx';
import { SuggestionsTab } from './suggestions-tab.tsx';

/** 管理 → 部门与分工: the departments, the 任务分工方案 of the plan, and keyword suggestions. */
export function DepartmentsPage() {
  const t = useT();
  const planId = usePlanId();
  const detail = usePlanDetail(planId);
  const departments = useDepartments();
  const assignments = useAssignments(planId);
  const [params, setParams] = useSearchParams();
  const items = useMemo(() => (detail.data ? flattenPlanItems(detail.data) : []), [detail.data]);
  const assignees = useMemo(() => assigneesByItem(assignments.data?.assignments ?? []), [assignments.data]);

  if (planId === null) return null;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <PageLoading />;
  const list = departments.data?.departments ?? [];
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('departments.title')}
      </Typography.Title>
      {departments.error && <ErrorAlert error={departments.error} onRetry={departments.reload} />}
      {assignments.error && <ErrorAlert error={assignments.error} onRetry={assignments.reload} />}
      <Tabs
        activeKey={params.get('tab') ?? 'division'}
        onChange={(tab) => setParams(tab === 'division' ? {} : { tab }, { replace: true })}
        items={[
          {
            key: 'division',
            label: t('departments.tab.division'),
            children: (
              <DivisionTab
                planId={planId}
                items={items}
                departments={list}
                assignees={assignees}
                loading={assignments.loading && !assignments.data}
                onChanged={assignments.reload}
              />
            ),
          },
          {
            key: 'suggestions',
            label: t('departments.tab.suggestions'),
            children: <SuggestionsTab planId={planId} onChanged={assignments.reload} />,
          },
          {
            key: 'departments',
            label: t('departments.tab.list'),
            children: (
              <DepartmentListTab
                departments={list}
                loading={departments.loading}
                onChanged={departments.reload}
              />
            ),
          },
        ]}
      />
    </>
  );
}
