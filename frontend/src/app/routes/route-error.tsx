import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState } from '@/components/ui/states';
import { useI18n } from '@/i18n/i18n';
import { NotFoundRoute } from './not-found';

/** Last line of defence: a screen that crashed still tells the person what happened. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <div className="main">
      <ErrorState error={error} onRetry={() => window.location.reload()} />
      <p style={{ marginTop: 16 }}>
        <Link to="/">{t('state.backHome')}</Link>
      </p>
    </div>
  );
}
