import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState } from '@/components/ui/states';
import { NotFoundRoute, useHomeLink } from './not-found';

/**
 * Last line of defence: a screen that crashed still tells the person what happened, and the way
 * home — the public portal from a public page (/portal, /embed), whose readers have no staff overview.
 */
export function RouteError() {
  const error = useRouteError();
  const home = useHomeLink();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <div className="main">
      <ErrorState error={error} onRetry={() => window.location.reload()} />
      <p style={{ marginTop: 16 }}>
        <Link to={home.to}>{home.label}</Link>
      </p>
    </div>
  );
}
