import {
  AlertOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  BuildOutlined,
  ClockCircleOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FormOutlined,
  SettingOutlined,
  TeamOutlined,
  ToolOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Alert, Button, Grid, Layout, Menu, Select, Space, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useAuth } from '../auth/auth-context.tsx';
import { formatDate } from '../format/period.ts';
import { type MessageKey, useI18n } from '../i18n/index.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { useCurrentPlan, usePlanId, usePlans } from '../plan/plans-context.tsx';
import { PageLoading } from './page-loading.tsx';

/** The pages of a plan, in menu order: URL segment, label key, icon. */
export const PLAN_PAGES = [
  { key: 'overview', label: 'nav.overview', icon: <DashboardOutlined /> },
  { key: 'indicators', label: 'nav.indicators', icon: <BarChartOutlined /> },
  { key: 'tasks', label: 'nav.tasks', icon: <UnorderedListOutlined /> },
  { key: 'projects', label: 'nav.projects', icon: <BuildOutlined /> },
  { key: 'data', label: 'nav.data', icon: <FormOutlined /> },
  { key: 'submissions', label: 'nav.submissions', icon: <AuditOutlined /> },
  { key: 'due', label: 'nav.due', icon: <ClockCircleOutlined /> },
  { key: 'alerts', label: 'nav.alerts', icon: <AlertOutlined /> },
  { key: 'report', label: 'nav.report', icon: <FileTextOutlined /> },
  { key: 'import', label: 'nav.import', icon: <CloudUploadOutlined /> },
  { key: 'admin', label: 'nav.admin', icon: <SettingOutlined /> },
] as const satisfies ReadonlyArray<{ key: string; label: MessageKey; icon: React.ReactNode }>;

/** 管理 opens onto its sub-pages: the plans and the system, and the departments and 任务分工. */
const ADMIN_PAGES = [
  { key: 'admin', label: 'nav.adminPlans', icon: <ToolOutlined /> },
  { key: 'departments', label: 'nav.departments', icon: <TeamOutlined /> },
] as const satisfies ReadonlyArray<{ key: string; label: MessageKey; icon: React.ReactNode }>;
const ADMIN_GROUP = 'admin-group';

const PLAN_FREE = new Set(['import', 'admin']);

/** The page segment of the current URL: /plans/3/indicators → indicators, /import → import. */
function currentPage(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  if (parts[0] === 'plans') return parts[2] === 'review' ? 'import' : (parts[2] ?? 'overview');
  return parts[0] ?? 'overview';
}

export function pagePath(page: string, planId: number | null): string {
  if (planId === null) return PLAN_FREE.has(page) ? `/${page}` : '/';
  return `/plans/${planId}/${page}`;
}

/** Header (product name, plan selector, language switch), side menu and the demo-data banner. */
export function AppLayout() {
  const { t, locale, setLocale } = useI18n();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const [collapsed, setCollapsed] = useState(true);
  const navigate = useNavigate();
  const location = useLocation();
  const planId = usePlanId();
  const plan = useCurrentPlan();
  const { plans } = usePlans();
  const page = currentPage(location.pathname);
  const { user, may, logout } = useAuth();
  // The navigation shows only what the account may do (the server refuses the rest anyway).
  const visible = (key: string) =>
    key === 'import'
      ? may('plan.import')
      : key === 'admin'
        ? may('departments.manage') || may('users.manage')
        : true;
  // /plans/abc/… names no plan: say so instead of loading forever.
  const badPlanId = useParams().planId !== undefined && planId === null;
  // Imports of the same report share a title: the selector tells them apart by number and date.
  const titleCount = new Map<string, number>();
  for (const p of plans) titleCount.set(p.title, (titleCount.get(p.title) ?? 0) + 1);

  const entry = (p: { key: string; label: MessageKey; icon: React.ReactNode }) => ({
    key: p.key,
    icon: p.icon,
    label: t(p.label),
    disabled: planId === null && !PLAN_FREE.has(p.key),
  });
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[page]}
      defaultOpenKeys={ADMIN_PAGES.some((p) => p.key === page) ? [ADMIN_GROUP] : []}
      items={PLAN_PAGES.filter((p) => visible(p.key)).map((p) =>
        p.key === 'admin'
          ? { key: ADMIN_GROUP, icon: p.icon, label: t(p.label), children: ADMIN_PAGES.map(entry) }
          : entry(p),
      )}
      onClick={({ key }) => {
        navigate(pagePath(key, planId));
        if (narrow) setCollapsed(true);
      }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: narrow ? 12 : 24,
          paddingBlock: narrow ? 8 : 0,
          background: '#a8071a',
          height: 'auto',
          minHeight: 64,
          flexWrap: 'wrap',
          lineHeight: narrow ? 'normal' : '64px',
        }}
      >
        {narrow && (
          <Button
            type="text"
            aria-label={t('app.menu')}
            icon={<AppstoreOutlined style={{ color: '#fff' }} />}
            onClick={() => setCollapsed((c) => !c)}
          />
        )}
        {/* On a phone the name fills its own line (ellipsised) and the selectors wrap below it. */}
        <Typography.Text
          strong
          ellipsis
          style={{
            color: '#fff',
            fontSize: narrow ? 16 : 18,
            flex: narrow ? '1 1 0' : undefined,
            minWidth: 120,
          }}
        >
          {t('app.name')}
        </Typography.Text>
        <Space style={{ marginLeft: 'auto' }} wrap>
          <Select
            aria-label={t('app.plan')}
            placeholder={t('app.selectPlan')}
            value={plan?.id}
            style={{ width: narrow ? 200 : 360 }}
            popupMatchSelectWidth={false}
            options={plans.map((p) => ({
              value: p.id,
              label: (
                <span>
                  {p.title}
                  {(titleCount.get(p.title) ?? 0) > 1 && (
                    <Typography.Text type="secondary">
                      {' '}
                      {t('app.planNumber', { id: p.id, date: formatDate(p.createdAt, locale) })}
                    </Typography.Text>
                  )}
                  {p.status === 'draft' && (
                    <Tag style={{ marginInlineStart: 8 }}>{t('plan.status.draft')}</Tag>
                  )}
                </span>
              ),
            }))}
            onChange={(id: number) => navigate(pagePath(page === 'import' ? 'overview' : page, id))}
          />
          <Button
            ghost
            size="small"
            autoInsertSpace={false}
            onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
          >
            {t('app.language')}
          </Button>
          <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-user">
            {user.displayName ?? user.username} · {t(`auth.role.${user.role}` as MessageKey)}
          </Typography.Text>
          <Button ghost size="small" onClick={() => void logout()} data-testid="logout">
            {t('auth.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        {narrow ? (
          !collapsed && <div style={{ background: '#fff', borderBottom: '1px solid #f0f0f0' }}>{menu}</div>
        ) : (
          <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
          {plan?.demo && !PLAN_FREE.has(page) && (
            <Alert type="warning" showIcon banner title={t('app.demoBanner')} style={{ marginBottom: 16 }} />
          )}
          {/* Keyed by plan: switching plans starts every page afresh (no stale selection or data). */}
          <Suspense key={planId ?? 'none'} fallback={<PageLoading />}>
            {badPlanId ? <NotFoundPage /> : <Outlet />}
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
