import { Link, Outlet, useNavigation } from 'react-router';
import { EmptyState } from '@/components/ui/states';
import { useI18n } from '@/i18n/i18n';
import { LanguageSwitch } from './app-shell';

/**
 * The public portal's frame: anonymous, no staff navigation and nothing that asks the API who is
 * signed in (so nobody is sent to the sign-in page). The language switch, and a discreet way in for staff.
 */
export function PortalLayout() {
  const { t } = useI18n();
  const navigation = useNavigation();
  return (
    <div className="shell portal">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="header">
        <div className="header__bar">
          <Link to="/portal" className="header__brand">
            <span className="header__logo" aria-hidden="true">
              Q11
            </span>
            <span className="header__titles">
              <span className="header__app">{t('portal.name')}</span>
              <span className="header__plan">{t('portal.tagline')}</span>
            </span>
          </Link>
          <div className="header__tools">
            <Link className="portal__staff" to="/sign-in">
              {t('portal.staffSignIn')}
            </Link>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      {navigation.state === 'loading' && <div className="route-progress" role="progressbar" aria-label={t('state.loading')} />}
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">{t('portal.footer')}</footer>
    </div>
  );
}

/** An address under /portal that matches no page. */
export function PortalNotFound() {
  const { t } = useI18n();
  return (
    <EmptyState title={t('state.notFoundTitle')} action={<Link className="btn" to="/portal">{t('portal.name')}</Link>}>
      {t('portal.notFound')}
    </EmptyState>
  );
}
