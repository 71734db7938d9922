import { useI18n } from '@/i18n/i18n';
import { Button } from './button';

export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (page: number) => void }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / size));
  if (total === 0) return null;
  const from = (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <span className="muted small num">{t('pager.summary', { from, to, total })}</span>
      <div className="btn-row">
        <Button size="small" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          ‹ {t('pager.previous')}
        </Button>
        <span className="small num" aria-current="page">
          {t('pager.page', { page, pages })}
        </span>
        <Button size="small" onClick={() => onPage(page + 1)} disabled={page >= pages}>
          {t('pager.next')} ›
        </Button>
      </div>
    </nav>
  );
}
