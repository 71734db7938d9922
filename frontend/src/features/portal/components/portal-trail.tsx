import { Link } from 'react-router';
import { useI18n } from '@/i18n/i18n';

/** Where this page sits in the portal: a breadcrumb, the current page last and not a link. */
export function PortalTrail({ items }: { items: Array<{ label: string; to?: string }> }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('portal.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to="/portal">{t('portal.name')}</Link>
        </li>
        {items.map((item) => (
          <li key={item.label}>
            {item.to ? (
              <Link to={item.to}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
