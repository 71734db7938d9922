import type { QueryClient } from '@tanstack/react-query';
import { Navigate, createBrowserRouter, type LoaderFunctionArgs } from 'react-router';
import { LoadingState } from '@/components/ui/states';
import { publicPlanQuery } from '@/features/portal/api/get-public-plan';
import { publicPlansQuery } from '@/features/portal/api/get-public-plans';
import { publicTargetQuery } from '@/features/portal/api/get-public-target';
import { AppShell } from './layout/app-shell';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/**
 * Every screen is its own chunk, fetched on first visit: the overview (the home page) does not
 * pay for the data entry form, the admin screens or the chart library.
 *
 * The public pages' loaders start the page's API request at once, in parallel with the download of
 * the page's code, instead of after it (a waterfall that costs a phone on a slow network a second).
 * They wait for nothing: the page shows its own loading and error states from the same query.
 */
export function createRouter(queryClient: QueryClient) {
  const plansLoader = () => {
    void queryClient.fetchQuery(publicPlansQuery)
      .then((plans) => plans.items.forEach((plan) => void queryClient.prefetchQuery(publicPlanQuery(plan.code))))
      .catch(() => undefined);
    return null;
  };
  const planLoader = ({ params }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(publicPlanQuery(params.code ?? ''));
    return null;
  };
  const targetLoader = ({ params }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(publicTargetQuery(params.code ?? '', params.targetCode ?? ''));
    return null;
  };
  return createBrowserRouter([
    {
      element: <AppShell />,
      hydrateFallbackElement: <LoadingState />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { path: 'sign-in', lazy: () => import('./routes/sign-in').then((m) => ({ Component: m.SignInRoute })) },
            { index: true, lazy: () => import('./routes/overview').then((m) => ({ Component: m.OverviewRoute })) },
            { path: 'data-entry', lazy: () => import('./routes/data-entry').then((m) => ({ Component: m.DataEntryRoute })) },
            { path: 'reports', lazy: () => import('./routes/reports').then((m) => ({ Component: m.ReportsRoute })) },
            { path: 'review', lazy: () => import('./routes/review-queue').then((m) => ({ Component: m.ReviewQueueRoute })) },
            { path: 'review/:id', lazy: () => import('./routes/review-detail').then((m) => ({ Component: m.ReviewDetailRoute })) },
            { path: 'targets/:code', lazy: () => import('./routes/target-detail').then((m) => ({ Component: m.TargetDetailRoute })) },
            { path: 'completeness', lazy: () => import('./routes/completeness').then((m) => ({ Component: m.CompletenessRoute })) },
            { path: 'notifications', lazy: () => import('./routes/notifications').then((m) => ({ Component: m.NotificationsRoute })) },
            { path: 'profile', lazy: () => import('./routes/profile').then((m) => ({ Component: m.ProfileRoute })) },
            { path: 'exchange', lazy: () => import('./routes/exchange').then((m) => ({ Component: m.ExchangeRoute })) },
            {
              path: 'admin',
              lazy: () => import('./routes/admin/admin-layout').then((m) => ({ Component: m.AdminLayout })),
              children: [
                { index: true, element: <Navigate to="org-units" replace /> },
                { path: 'org-units', lazy: () => import('./routes/admin/org-units').then((m) => ({ Component: m.OrgUnitsAdminRoute })) },
                { path: 'unit-types', lazy: () => import('./routes/admin/unit-types').then((m) => ({ Component: m.UnitTypesAdminRoute })) },
                { path: 'indicators', lazy: () => import('./routes/admin/indicators').then((m) => ({ Component: m.IndicatorsAdminRoute })) },
                { path: 'targets', lazy: () => import('./routes/admin/targets').then((m) => ({ Component: m.TargetsAdminRoute })) },
                { path: 'plans', lazy: () => import('./routes/admin/plans').then((m) => ({ Component: m.PlansAdminRoute })) },
                { path: 'users', lazy: () => import('./routes/admin/users').then((m) => ({ Component: m.UsersAdminRoute })) },
                { path: 'tokens', lazy: () => import('./routes/admin/tokens').then((m) => ({ Component: m.TokensAdminRoute })) },
                { path: 'webhooks', lazy: () => import('./routes/admin/webhooks').then((m) => ({ Component: m.WebhooksAdminRoute })) },
              ],
            },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
    // The public portal: anonymous, outside the staff shell (which asks who is signed in).
    {
      path: 'portal',
      lazy: () => import('./layout/portal-layout').then((m) => ({ Component: m.PortalLayout })),
      hydrateFallbackElement: <LoadingState />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, loader: plansLoader, lazy: () => import('./routes/portal/portal-home').then((m) => ({ Component: m.PortalHomeRoute })) },
            { path: ':code', loader: planLoader, lazy: () => import('./routes/portal/portal-plan').then((m) => ({ Component: m.PortalPlanRoute })) },
            { path: ':code/targets/:targetCode', loader: targetLoader, lazy: () => import('./routes/portal/portal-target').then((m) => ({ Component: m.PortalTargetRoute })) },
            { path: '*', lazy: () => import('./layout/portal-layout').then((m) => ({ Component: m.PortalNotFound })) },
          ],
        },
      ],
    },
    // A target's chart for a frame on another site (/embed/ may be framed by any site).
    { path: 'embed/targets/:code/:targetCode', errorElement: <RouteError />, loader: targetLoader, lazy: () => import('./routes/portal/embed-target').then((m) => ({ Component: m.EmbedTargetRoute })) },
  ]);
}
