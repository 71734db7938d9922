import { useEffect } from 'react';
import { useI18n } from '@/i18n/i18n';

/** "Cổng thông tin công khai · <what the page shows>" in the browser tab and in shared links. */
export function usePageTitle(title: string | null | undefined) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} · ${t('portal.name')}` : t('portal.name');
  }, [title, t]);
}
