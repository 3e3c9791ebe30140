import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AuthGate } from './auth/auth-context.tsx';
import { AppLayout } from './components/app-layout.tsx';
import { I18nProvider, useI18n } from './i18n/index.tsx';
import { HomeRedirect } from './pages/home-redirect.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PlansProvider } from './plan/plans-context.tsx';

// Pages load on demand: the overview doesn't pay for echarts or the review page.
const AdminPage = lazy(() => import('./pages/admin-page.tsx').then((m) => ({ default: m.AdminPage })));
const AlertsPage = lazy(() => import('./pages/alerts-page.tsx').then((m) => ({ default: m.AlertsPage })));
const DataEntryPage = lazy(() =>
  import('./pages/data-entry-page.tsx').then((m) => ({ default: m.DataEntryPage })),
);
const DepartmentsPage = lazy(() =>
  import('./pages/departments/departments-page.tsx').then((m) => ({ default: m.DepartmentsPage })),
);
const DuePage = lazy(() => import('./pages/due-page.tsx').then((m) => ({ default: m.DuePage })));
const SubmissionsPage = lazy(() =>
  import('./pages/submissions-page.tsx').then((m) => ({ default: m.SubmissionsPage })),
);
const ImportPage = lazy(() => import('./pages/import-page.tsx').then((m) => ({ default: m.ImportPage })));
const IndicatorsPage = lazy(() =>
  import('./pages/indicators-page.tsx').then((m) => ({ default: m.IndicatorsPage })),
);
const OverviewPage = lazy(() =>
  import('./pages/overview-page.tsx').then((m) => ({ default: m.OverviewPage })),
);
const ProjectsPage = lazy(() =>
  import('./pages/projects-page.tsx').then((m) => ({ default: m.ProjectsPage })),
);
const ReportPage = lazy(() => import('./pages/report-page.tsx').then((m) => ({ default: m.ReportPage })));
const ReviewPage = lazy(() =>
  import('./pages/review/review-page.tsx').then((m) => ({ default: m.ReviewPage })),
);
const TasksPage = lazy(() => import('./pages/tasks-page.tsx').then((m) => ({ default: m.TasksPage })));

const router = createBrowserRouter([
  {
    element: (
      <PlansProvider>
        <AppLayout />
      </PlansProvider>
    ),
    children: [
      { path: '/', element: <HomeRedirect /> },
      { path: '/import', element: <ImportPage /> },
      { path: '/admin', element: <AdminPage /> },
      { path: '/plans/:planId', element: <HomeRedirect /> },
      { path: '/plans/:planId/overview', element: <OverviewPage /> },
      { path: '/plans/:planId/indicators', element: <IndicatorsPage /> },
      { path: '/plans/:planId/tasks', element: <TasksPage /> },
      { path: '/plans/:planId/projects', element: <ProjectsPage /> },
      { path: '/plans/:planId/data', element: <DataEntryPage /> },
      { path: '/plans/:planId/submissions', element: <SubmissionsPage /> },
      { path: '/plans/:planId/due', element: <DuePage /> },
      { path: '/plans/:planId/departments', element: <DepartmentsPage /> },
      { path: '/plans/:planId/alerts', element: <AlertsPage /> },
      { path: '/plans/:planId/report', element: <ReportPage /> },
      { path: '/plans/:planId/import', element: <ImportPage /> },
      { path: '/plans/:planId/review', element: <ReviewPage /> },
      { path: '/plans/:planId/admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

function LocalizedApp() {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#c41d1d' } }}>
      <AntApp>
        <AuthGate>
          <RouterProvider router={router} />
        </AuthGate>
      </AntApp>
    </ConfigProvider>
  );
}

/** The web app: language, antd locale and theme, routes. */
export function App() {
  return (
    <I18nProvider>
      <LocalizedApp />
    </I18nProvider>
  );
}
