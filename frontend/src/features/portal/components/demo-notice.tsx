import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/i18n/i18n';

/** Shown whenever the API says demo reports count in the figures: sample data must never pass for real. */
export function DemoNotice({ demo }: { demo: boolean }) {
  const { t } = useI18n();
  if (!demo) return null;
  return (
    <Alert tone="warning" title={t('common.demo')} className="portal-demo" live={false}>
      <p>{t('portal.demoBody')}</p>
    </Alert>
  );
}
