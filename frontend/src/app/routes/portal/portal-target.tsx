import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { ProgressStatusChip } from '@/components/progress/progress-band';
import { publicCsvUrl, usePublicTarget } from '@/features/portal/api/get-public-target';
import { ChartPlaceholder } from '@/features/portal/components/chart-placeholder';
import { DemoNotice } from '@/features/portal/components/demo-notice';
import { EmbedCode } from '@/features/portal/components/embed-code';
import { SourceLink } from '@/features/portal/components/plan-facts';
import { PortalTrail } from '@/features/portal/components/portal-trail';
import { PublicUnits } from '@/features/portal/components/public-units';
import { VisitCounter } from '@/features/portal/components/visit-counter';
import { YearTable } from '@/features/targets/components/year-table';
import { portalPlanPath } from '@/features/portal/utils/portal';
import { usePageTitle } from '@/features/portal/utils/use-page-title';
import { explainKind, explainStatusReason, explainStatusRule, formatFigure } from '@/utils/explain-progress';
import { formatThreshold, formatTiming } from '@/utils/describe-target';
import { savedShape, targetSentence } from '@/utils/target-sentence';
import { ApiError } from '@/lib/problem';
import { useI18n } from '@/i18n/i18n';

const TrendChart = lazy(() => import('@/features/targets/components/trend-chart'));

/**
 * `/portal/:code/targets/:targetCode`: one target as the public sees it — its status and why, the
 * district figure over the years against the threshold, how that figure is computed, every unit
 * compared, the date of the latest approved data, the CSV and the source document.
 */
export function PortalTargetRoute() {
  const i18n = useI18n();
  const { t, pick, date, dateTime } = i18n;
  const params = useParams();
  const code = params.code ?? '';
  const targetCode = params.targetCode ?? '';
  const query = usePublicTarget(code, targetCode);
  const data = query.data;
  usePageTitle(data ? `${data.target.code} · ${pick(data.target.statementVi, data.target.statementEn)}` : null);

  if (query.isPending) {
    return (
      <>
        <PortalTrail items={[]} />
        <LoadingState rows={6} />
      </>
    );
  }
  if (!data) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <PortalTrail items={[]} />
        {missing ? (
          <EmptyState
            title={t('targetDetail.notFound', { code: targetCode })}
            action={<Link className="btn" to={portalPlanPath(code)}>{t('portal.name')}</Link>}
          />
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        )}
      </>
    );
  }

  const { plan, target } = data;
  const statement = pick(target.statementVi, target.statementEn);
  return (
    <>
      <PortalTrail items={[{ label: pick(plan.titleVi, plan.titleEn), to: portalPlanPath(plan.code) }, { label: target.code }]} />
      <DemoNotice demo={plan.demo} />
      <section className="plan-hero target-hero section--tight" aria-labelledby="target-title">
        <p className="eyebrow">
          <Badge tone="code">{target.code}</Badge> {t('targetDetail.eyebrow')}
        </p>
        <h1 id="target-title">{statement}</h1>
        <p className="target-hero__sentence" data-testid="target-sentence">
          {targetSentence(savedShape(target, plan.firstYear), i18n)}
        </p>
        <p className="target-card__goal">
          <span className="visually-hidden">{t('target.goal')}: </span>
          <span className="target-card__threshold">{formatThreshold(target, i18n)}</span>
          <span className="target-card__timing">— {formatTiming(target, i18n)}</span>
          <span data-testid="target-status">
            <ProgressStatusChip status={target.status} />
          </span>
        </p>
        <p className="target-hero__reason" data-testid="status-reason">
          {explainStatusReason(target, i18n)}
        </p>
        <p className="plan-hero__meta">
          <span data-testid="target-last-approved">
            {target.lastApprovedAt ? t('portal.lastApproved', { date: date(target.lastApprovedAt) }) : t('portal.noApprovedYet')}
          </span>
          <a href={publicCsvUrl(plan.code, target.code)} download data-testid="csv-link">
            <span aria-hidden="true">⬇ </span>
            {t('portal.csv')}
          </a>
          <SourceLink plan={plan} />
        </p>
        <VisitCounter visit={{ page: `target:${target.code}`, plan: plan.code }} />
      </section>

      <div className="detail-grid section">
        <section className="card" aria-labelledby="trend-heading">
          <h2 id="trend-heading">{t('targetDetail.trendTitle')}</h2>
          <p className="muted small">{t('targetDetail.trendHint')}</p>
          <Suspense fallback={<ChartPlaceholder className="chart--trend" />}>
            <div data-testid="trend-chart">
              <TrendChart progress={target} />
            </div>
          </Suspense>
          <YearTable target={target} />
          {target.projection && (
            <p className="small">
              {t('targetDetail.projectionLine', {
                year: target.projection.dueYear,
                value: formatFigure(target, target.projection.projectedValue, i18n),
                slope: formatFigure(target, Math.abs(target.projection.slopePerYear), i18n),
                direction: t(`direction.${target.projection.direction}`),
                years: target.projection.basedOnYears,
              })}
            </p>
          )}
        </section>

        <section className="card explain" aria-labelledby="explain-heading">
          <h2 id="explain-heading">{t('targetDetail.howTitle')}</h2>
          <h3>{t('targetDetail.howFigure')}</h3>
          <p data-testid="explanation">{pick(target.explanationVi, target.explanationEn)}</p>
          <h3>{t('targetDetail.howStatus')}</h3>
          <p>{explainStatusRule(target, i18n)}</p>
          {explainKind(target, i18n).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <p>
            <strong>{t('targetDetail.now')}</strong> <ProgressStatusChip status={target.status} /> {explainStatusReason(target, i18n)}
          </p>
          <p className="muted small">{t('targetDetail.generatedAt', { time: dateTime(data.generatedAt) })}</p>
        </section>
      </div>

      <PublicUnits target={target} planCode={plan.code} />

      <div className="section">
        <EmbedCode planCode={plan.code} targetCode={target.code} title={`${target.code} · ${statement}`} />
      </div>
    </>
  );
}
