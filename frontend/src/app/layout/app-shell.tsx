import { useEffect, useId, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate, useNavigation, useSearchParams } from 'react-router';
import { usePermissions, useSignOut } from '@/features/auth/api/session';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { useI18n, type Language, type MessageKey } from '@/i18n/i18n';
import { UNAUTHORIZED_EVENT } from '@/lib/session-store';

type Need = 'admin' | 'readReports' | 'review' | 'exchange';
const NAV: Array<{ to: string; label: MessageKey; end?: boolean; needs?: Need }> = [
  { to: '/', label: 'nav.overview', end: true },
  { to: '/data-entry', label: 'nav.dataEntry', needs: 'readReports' },
  { to: '/reports', label: 'nav.reports', needs: 'readReports' },
  { to: '/review', label: 'nav.review', needs: 'review' },
  { to: '/completeness', label: 'nav.completeness' },
  { to: '/exchange', label: 'nav.exchange', needs: 'exchange' },
  { to: '/admin', label: 'nav.admin', needs: 'admin' },
];

function Account() {
  const { t } = useI18n();
  const permissions = usePermissions();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  if (!permissions.me) {
    if (location.pathname === '/sign-in') return null;
    return (
      <Link className="btn btn--header" to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}>
        {t('auth.signIn')}
      </Link>
    );
  }
  const { me } = permissions;
  const name = me.user?.displayName || me.name;
  const role = me.user?.role;
  return (
    <div className="account">
      {/* An API token has no inbox or profile: only a person's account (me.user) gets the bell. */}
      {me.user && <NotificationBell enabled />}
      {me.user ? (
        <Link className="account__name" to="/profile" title={`${role ? `${name} · ${t(`role.${role}`)}` : name} · ${t('profile.title')}`}>
          <span className="visually-hidden">{t('auth.signedInAs', { name })}, {t('profile.title')}</span>
          <span aria-hidden="true">{name}</span>
        </Link>
      ) : (
        <span className="account__name" title={role ? `${name} · ${t(`role.${role}`)}` : name}>
          <span className="visually-hidden">{t('auth.signedInAs', { name })}</span>
          <span aria-hidden="true">{name}</span>
        </span>
      )}
      <button
        type="button"
        className="btn btn--header"
        onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in') })}
      >
        {t('auth.signOut')}
      </button>
    </div>
  );
}

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const options: Array<{ value: Language; short: string; label: MessageKey }> = [
    { value: 'vi', short: 'VI', label: 'lang.vi' },
    { value: 'en', short: 'EN', label: 'lang.en' },
  ];
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          lang={option.value}
          aria-pressed={lang === option.value}
          title={t(option.label)}
          onClick={() => setLang(option.value)}
        >
          {/* The visible "VI"/"EN" must be part of the accessible name (WCAG 2.5.3), so the full name is added, not substituted. */}
          {option.short}
          <span className="visually-hidden"> ({t(option.label)})</span>
        </button>
      ))}
    </div>
  );
}

export function AppShell() {
  const { t, pick } = useI18n();
  const { plan } = useCurrentPlan();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigation = useNavigation();
  const [menuOpen, setMenuOpen] = useState(false);
  const navId = useId();
  const navigate = useNavigate();
  const permissions = usePermissions();

  // The API said 401 (expired session, or sign-in required): ask to sign in, then come back here.
  useEffect(() => {
    const onUnauthorized = () => {
      const here = window.location.pathname + window.location.search;
      if (window.location.pathname !== '/sign-in') navigate(`/sign-in?expired=1&next=${encodeURIComponent(here)}`, { replace: true });
    };
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, [navigate]);

  // The phone menu closes once a destination is chosen.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  useEffect(() => {
    document.title = `${t('app.name')} · ${plan ? pick(plan.titleVi, plan.titleEn) : t('app.tagline')}`;
  }, [t, pick, plan]);

  // Links keep the chosen plan, so switching screens never silently switches plans.
  const planParam = params.get('plan');
  const withPlan = (to: string) => (planParam ? `${to}?plan=${encodeURIComponent(planParam)}` : to);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="header">
        <div className="header__bar">
          <NavLink to={withPlan('/')} className="header__brand" end>
            <span className="header__logo" aria-hidden="true">
              Q11
            </span>
            <span className="header__titles">
              <span className="header__app">{t('app.name')}</span>
              <span className="header__plan" title={plan ? pick(plan.titleVi, plan.titleEn) : undefined}>
                {plan ? pick(plan.titleVi, plan.titleEn) : t('app.tagline')}
              </span>
            </span>
          </NavLink>
          <div className="header__tools">
            <Account />
            <LanguageSwitch />
            <button
              type="button"
              className="menu-toggle"
              aria-expanded={menuOpen}
              aria-controls={navId}
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span> {menuOpen ? t('nav.closeMenu') : t('nav.openMenu')}
            </button>
          </div>
        </div>
        <nav className="nav" id={navId} aria-label={t('nav.label')} data-open={menuOpen}>
          <ul>
            {NAV.filter((item) => !item.needs || permissions[item.needs]).map((item) => (
              <li key={item.to}>
                <NavLink to={withPlan(item.to)} end={item.end}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {navigation.state === 'loading' && <div className="route-progress" role="progressbar" aria-label={t('state.loading')} />}
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">{t('app.tagline')}</footer>
    </div>
  );
}
