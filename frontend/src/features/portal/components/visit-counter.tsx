import { useI18n } from '@/i18n/i18n';
import { useVisitCount, type PublicVisit } from '../api/count-visit';

/**
 * Counts this page once and shows the counters, as the district's news site does:
 * "Lượt truy cập cổng: 1.234 · Lượt xem trang: 56". Nothing is shown until the server answers
 * (a count shown before it would be one short), nor if it cannot be reached.
 */
export function VisitCounter({ visit, className }: { visit: PublicVisit; className?: string }) {
  const { t, number } = useI18n();
  const { counts } = useVisitCount(visit);
  return (
    <p className={className ?? 'visit-counter'} data-testid="visit-counter" aria-busy={!counts}>
      <span aria-hidden="true" className="visit-counter__icon">👁</span>
      {counts ? (
        <>
          <span data-testid="portal-visits" data-count={counts.portalVisits}>
            {t('portal.portalVisits', { count: number(counts.portalVisits) })}
          </span>
          {visit.page !== 'portal' && (
            <>
              <span aria-hidden="true"> · </span>
              <span data-testid="page-views" data-count={counts.pageViews}>
                {t('portal.pageViews', { count: number(counts.pageViews) })}
              </span>
            </>
          )}
        </>
      ) : (
        <span className="visit-counter__pending">{'\u00a0'}</span>
      )}
    </p>
  );
}
