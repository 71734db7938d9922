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
      <svg className="visit-counter__icon" viewBox="0 0 24 16" width="18" height="12" aria-hidden="true" focusable="false">
        <path d="M12 1C6.5 1 2.4 4.6 1 8c1.4 3.4 5.5 7 11 7s9.6-3.6 11-7c-1.4-3.4-5.5-7-11-7Z" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <circle cx="12" cy="8" r="3.2" fill="currentColor" />
      </svg>
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
