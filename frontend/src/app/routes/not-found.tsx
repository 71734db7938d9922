import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/states';
import { useI18n } from '@/i18n/i18n';

export function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <EmptyState title={t('state.notFoundTitle')} action={<Link className="btn" to="/">{t('state.backHome')}</Link>}>
      {t('state.notFoundBody')}
    </EmptyState>
  );
}
