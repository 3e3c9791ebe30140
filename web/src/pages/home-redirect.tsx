import { Button, Empty } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoading } from '../components/page-loading.tsx';
import { useT } from '../i18n/index.tsx';
import { usePlanId, usePlans } from '../plan/plans-context.tsx';

/** `/` and `/plans/:id`: go to the overview of the URL's plan, else of the newest published one. */
export function HomeRedirect() {
  const t = useT();
  const navigate = useNavigate();
  const planId = usePlanId();
  const { plans, loading, error, reload } = usePlans();
  if (planId !== null) return <Navigate to={`/plans/${planId}/overview`} replace />;
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (loading) return <PageLoading />;
  if (plans.length > 0) return <Navigate to={`/plans/${plans[0].id}/overview`} replace />;
  return (
    <Empty description={t('app.noPlans')}>
      <Button type="primary" onClick={() => navigate('/import')}>
        {t('nav.import')}
      </Button>
    </Empty>
  );
}
