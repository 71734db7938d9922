import { NavLink, Outlet, useSearchParams } from 'react-router';
import { PageHead } from '@/components/ui/page-head';
import { useI18n, type MessageKey } from '@/i18n/i18n';

const SECTIONS: Array<{ to: string; label: MessageKey }> = [
  { to: 'org-units', label: 'admin.orgUnits' },
  { to: 'unit-types', label: 'admin.unitTypes' },
  { to: 'indicators', label: 'admin.indicators' },
  { to: 'targets', label: 'admin.targets' },
  { to: 'plans', label: 'admin.plans' },
  { to: 'users', label: 'admin.users' },
  { to: 'tokens', label: 'admin.tokens' },
  { to: 'webhooks', label: 'admin.webhooks' },
];

export function AdminLayout() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const plan = params.get('plan');
  return (
    <>
      <PageHead title={t('admin.title')} />
      <nav className="tabs" aria-label={t('admin.sections')}>
        {SECTIONS.map((s) => (
          <NavLink key={s.to} to={plan ? `${s.to}?plan=${encodeURIComponent(plan)}` : s.to}>
            {t(s.label)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
