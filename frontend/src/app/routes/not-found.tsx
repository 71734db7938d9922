import { Link, useLocation } from 'react-router';
import { EmptyState } from '@/components/ui/states';
import { useI18n } from '@/i18n/i18n';

/** Whether a path is one of the public pages (the portal, the embeddable charts), which have no staff overview. */
export function isPublicPath(pathname: string): boolean {
  return /^\/(portal|embed)(\/|$)/.test(pathname);
}

/** The way home from a page: the staff overview, or the public portal from a public page. */
export function useHomeLink(): { to: string; label: string } {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return isPublicPath(pathname) ? { to: '/portal', label: t('state.backToPortal') } : { to: '/', label: t('state.backHome') };
}

export function NotFoundRoute() {
  const { t } = useI18n();
  const home = useHomeLink();
  return (
    <EmptyState title={t('state.notFoundTitle')} action={<Link className="btn" to={home.to}>{home.label}</Link>}>
      {t('state.notFoundBody')}
    </EmptyState>
  );
}
