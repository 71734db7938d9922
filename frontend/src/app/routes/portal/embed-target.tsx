import { lazy, Suspense, useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { DemoBadge } from '@/components/ui/badge';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { ProgressStatusChip } from '@/components/progress/progress-band';
import { usePublicTarget } from '@/features/portal/api/get-public-target';
import { useVisitCount } from '@/features/portal/api/count-visit';
import { ChartPlaceholder } from '@/features/portal/components/chart-placeholder';
import { YearTable } from '@/features/targets/components/year-table';
import { portalTargetPath } from '@/features/portal/utils/portal';
import { usePageTitle } from '@/features/portal/utils/use-page-title';
import { formatFigure } from '@/utils/explain-progress';
import { formatThreshold, formatTiming } from '@/utils/describe-target';
import { savedShape, targetSentence } from '@/utils/target-sentence';
import { useI18n } from '@/i18n/i18n';

const TrendChart = lazy(() => import('@/features/targets/components/trend-chart'));

/**
 * `/embed/targets/:code/:targetCode`: one target's chart for a frame on another site (the backend
 * and nginx allow any site to frame /embed/). No navigation: the title, the status, the chart, the
 * date of the latest approved data and the way to the full page, opened in a new tab. It counts as
 * a view of the target's page. `?lang=en` shows it in English.
 */
export function EmbedTargetRoute() {
  const i18n = useI18n();
  const { t, pick, date, number, setLang, lang } = i18n;
  const params = useParams();
  const [search] = useSearchParams();
  const code = params.code ?? '';
  const targetCode = params.targetCode ?? '';
  const wanted = search.get('lang');
  useEffect(() => {
    if ((wanted === 'vi' || wanted === 'en') && wanted !== lang) setLang(wanted);
  }, [wanted, lang, setLang]);
  const query = usePublicTarget(code, targetCode);
  const { counts } = useVisitCount({ page: `target:${targetCode}`, plan: code });
  const data = query.data;
  usePageTitle(data ? `${data.target.code} · ${pick(data.target.statementVi, data.target.statementEn)}` : null);

  if (!data) {
    return (
      <main className="embed" id="main">
        {query.isPending ? <LoadingState rows={3} /> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      </main>
    );
  }

  const { plan, target } = data;
  const portalUrl = `${window.location.origin}${portalTargetPath(plan.code, target.code)}`;
  return (
    <main className="embed" id="main">
      <h1 className="embed__title">
        <span className="embed__code">{target.code}</span> {pick(target.statementVi, target.statementEn)}
      </h1>
      <p className="embed__status">
        <ProgressStatusChip status={target.status} />
        {target.latestFigure !== null && target.latestYear !== null && (
          <span>
            <strong>{formatFigure(target, target.latestFigure, i18n)}</strong> {t('progress.inYear', { year: target.latestYear })}
          </span>
        )}
        <span className="muted" data-testid="target-sentence">
          {targetSentence(savedShape(target, plan.firstYear), i18n) ??
            `${t('progress.threshold')}: ${formatThreshold(target, i18n)} ${formatTiming(target, i18n)}`}
        </span>
        {plan.demo && <DemoBadge />}
      </p>
      <div className="embed__chart" data-testid="trend-chart">
        <Suspense fallback={<ChartPlaceholder className="chart--trend" />}>
          <TrendChart progress={target} />
        </Suspense>
      </div>
      <YearTable target={target} hidden />
      <p className="embed__foot">
        <span>{target.lastApprovedAt ? t('portal.lastApproved', { date: date(target.lastApprovedAt) }) : t('portal.noApprovedYet')}</span>
        <span>
          {t('embed.source')}:{' '}
          <a href={portalUrl} target="_blank" rel="noopener">
            {t('embed.sourceLink')}
            <span className="visually-hidden"> {t('portal.newTab')}</span>
          </a>
        </span>
        {counts && <span data-testid="page-views" data-count={counts.pageViews}>{t('embed.views', { count: number(counts.pageViews) })}</span>}
      </p>
    </main>
  );
}
