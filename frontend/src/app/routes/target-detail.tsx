import { lazy, Suspense, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Field } from '@/components/ui/field';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePlanIndicators } from '@/features/indicators/api/get-indicators';
import { ProgressStatusChip } from '@/components/progress/progress-band';
import { useCurrentPlan } from '@/features/plans/api/use-current-plan';
import { useTargetProgress } from '@/features/targets/api/get-target-progress';
import { usePlanTargets } from '@/features/targets/api/get-targets';
import { UnitsTable } from '@/features/targets/components/units-table';
import { useBoundaries } from '@/features/org-units/api/boundaries';
import { unitValueText } from '@/features/portal/utils/portal';
import { UnitsMapSection } from '@/components/charts/units-map-section';
import { unitMapStatus, type MapUnit } from '@/components/charts/unit-map-status';
import { YearTable } from '@/features/targets/components/year-table';
import { RevisionHistory } from '@/features/targets/components/revision-history';
import { describeBasis, explainFigure, explainKind, explainStatusReason, explainStatusRule, figureText, formatFigure } from '@/utils/explain-progress';
import { formatThreshold, formatTiming } from '@/utils/describe-target';
import { savedShape, targetSentence } from '@/utils/target-sentence';
import { useSearchParamsState } from '@/hooks/use-search-params-state';
import { useI18n } from '@/i18n/i18n';

const TrendChart = lazy(() => import('@/features/targets/components/trend-chart'));
const UnitsChart = lazy(() => import('@/components/charts/units-chart'));

function ChartPlaceholder({ height }: { height?: number }) {
  const { t } = useI18n();
  return <div className="chart skeleton" style={height ? { height } : undefined} role="status" aria-label={t('overview.chartLoading')} />;
}

/**
 * One target of the plan: its figure over the years against the threshold with the trend to the
 * due year, how the figure and the status are worked out, and every unit's figure in a chosen year.
 */
export function TargetDetailRoute() {
  const i18n = useI18n();
  const { t, pick, number, dateTime } = i18n;
  const params = useParams();
  const code = params.code ?? '';
  const { plan, query: plansQuery } = useCurrentPlan();
  const [state, setState] = useSearchParamsState(['year', 'include'] as const);
  const provisional = state.include === 'submitted';
  const targets = usePlanTargets(plan?.code);
  const indicators = usePlanIndicators(plan?.code);
  const target = targets.data?.find((x) => x.code.toLowerCase() === code.toLowerCase());
  const progress = useTargetProgress(target?.id, provisional);
  const indicator = indicators.data?.find((i) => i.code === target?.indicatorCode);
  const data = progress.data?.targets[0];

  const years = useMemo(() => (data?.periods ?? []).map((p) => p.period), [data]);
  const defaultYear = data ? String(data.latestYear ?? data.periods[data.periods.length - 1]?.year ?? '') : '';
  const year = state.year && years.includes(state.year) ? state.year : defaultYear;
  const period = data?.periods.find((p) => p.period === year);
  const sortedUnits = useMemo(
    () => [...(period?.units ?? [])].sort((a, b) => a.orgUnitCode.localeCompare(b.orgUnitCode, 'vi', { numeric: true })),
    [period],
  );
  const boundaries = useBoundaries();
  const mapUnits = useMemo<MapUnit[]>(
    () =>
      data
        ? sortedUnits.map((u) => ({
            code: u.orgUnitCode,
            name: pick(u.nameVi, u.nameEn),
            status: unitMapStatus(u),
            text: unitValueText(data, u.counted ? u : { value: null }, i18n) ?? t('targetDetail.notCounted'),
          }))
        : [],
    [data, sortedUnits, pick, t, i18n],
  );
  const planParam = plan ? `?plan=${encodeURIComponent(plan.code)}` : '';
  const back = (
    <p className="back-link">
      <Link to={`/${planParam}`}>
        <span aria-hidden="true">← </span>
        {t('targetDetail.back')}
      </Link>
    </p>
  );

  const setup = [plansQuery, targets, indicators];
  const failed = setup.find((q) => q.error);
  if (failed) {
    return (
      <>
        {back}
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      </>
    );
  }
  if (setup.some((q) => q.isPending)) {
    return (
      <>
        {back}
        <LoadingState rows={5} />
      </>
    );
  }
  if (!plan || !target) {
    return (
      <>
        {back}
        <EmptyState title={t('targetDetail.notFound', { code })} />
      </>
    );
  }

  const numeratorLabel = indicator ? pick(indicator.numeratorVi, indicator.numeratorEn) || t('entry.numerator') : t('entry.numerator');
  const denominatorLabel = indicator ? pick(indicator.denominatorVi, indicator.denominatorEn) || t('entry.denominator') : t('entry.denominator');

  return (
    <>
      {back}
      <section className="plan-hero target-hero" aria-labelledby="target-title">
        <p className="eyebrow">
          <Badge tone="code">{target.code}</Badge> {t('targetDetail.eyebrow')}
        </p>
        <h1 id="target-title">{pick(target.statementVi, target.statementEn)}</h1>
        <p className="target-hero__sentence" data-testid="target-sentence">
          {targetSentence(savedShape(target, plan.firstYear), i18n)}
        </p>
        <p className="target-card__goal">
          <span className="target-card__threshold">{formatThreshold(target, i18n)}</span>
          <span className="target-card__timing">— {formatTiming(target, i18n)}</span>
          {data && <ProgressStatusChip status={data.status} />}
        </p>
        {data && <p className="target-hero__reason">{explainStatusReason(data, i18n)}</p>}
        <label className="checkbox small">
          <input type="checkbox" checked={provisional} onChange={(e) => setState({ include: e.target.checked ? 'submitted' : null })} />
          {t('targetDetail.includeSubmitted')}
        </label>
      </section>

      {progress.error ? (
        <div className="section">
          <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
        </div>
      ) : !data || !progress.data ? (
        <div className="card section">
          <LoadingState rows={6} />
        </div>
      ) : (
        <div aria-busy={progress.isFetching} style={{ opacity: progress.isPlaceholderData ? 0.6 : 1 }}>
          {data.provisional && (
            <Alert tone="warning" className="section" live={false}>
              {t('targetDetail.provisionalNote')}
            </Alert>
          )}
          <div className="detail-grid section">
            <section className="card" aria-labelledby="trend-heading">
              <h2 id="trend-heading">{t('targetDetail.trendTitle')}</h2>
              <p className="muted small">{t('targetDetail.trendHint')}</p>
              <Suspense fallback={<ChartPlaceholder />}>
                <TrendChart progress={data} />
              </Suspense>
              <YearTable target={data} />
              {data.projection && (
                <p className="small">
                  {t('targetDetail.projectionLine', {
                    year: data.projection.dueYear,
                    value: formatFigure(data, data.projection.projectedValue, i18n),
                    slope: formatFigure(data, Math.abs(data.projection.slopePerYear), i18n),
                    direction: t(`direction.${data.projection.direction}`),
                    years: data.projection.basedOnYears,
                  })}
                </p>
              )}
            </section>

            <section className="card explain" aria-labelledby="explain-heading">
              <h2 id="explain-heading">{t('targetDetail.howTitle')}</h2>
              <h3>{t('targetDetail.howFigure')}</h3>
              <p>{explainFigure(data, indicator, i18n)}</p>
              <p>{provisional ? t('explain.countedProvisional') : t('explain.counted')}</p>
              <h3>{t('targetDetail.howStatus')}</h3>
              <p>{explainStatusRule(data, i18n)}</p>
              {explainKind(data, i18n).map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
              <p>
                <strong>{t('targetDetail.now')}</strong> <ProgressStatusChip status={data.status} /> {explainStatusReason(data, i18n)}
              </p>
              <p className="muted small">{t('targetDetail.generatedAt', { time: dateTime(progress.data.generatedAt) })}</p>
            </section>
          </div>

          <section className="card section" aria-labelledby="units-heading">
            <div className="page-head" style={{ marginBottom: 8 }}>
              <h2 id="units-heading" style={{ margin: 0 }}>
                {t('targetDetail.unitsTitle')}
              </h2>
              <Field label={t('overview.year')} className="year-field">
                {(control) => (
                  <select {...control} className="select" value={year} onChange={(e) => setState({ year: e.target.value })}>
                    {years.map((y) => (
                      <option key={y} value={y}>
                        {y}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            {period && (
              <>
                <p className="year-summary" data-testid="year-summary">
                  {t('targetDetail.yearFigure', { year: period.period })}: <strong>{figureText(data, period, i18n)}</strong>
                  {describeBasis(data, period, i18n) && <span className="muted"> ({describeBasis(data, period, i18n)})</span>}
                  {' · '}
                  {t('targetDetail.yearUnits', {
                    reported: number(period.reportedUnits),
                    expected: number(period.expectedUnits),
                    missing: number(period.missingUnits),
                  })}
                </p>
                {period.allocations && (
                  <p className="year-summary" data-testid="allocation-summary">
                    {period.allocations.share === null
                      ? t('targetDetail.allocationSummaryNoShare', { allocated: number(period.allocations.allocatedUnits) })
                      : t('targetDetail.allocationSummary', {
                          meeting: number(period.allocations.meetingUnits),
                          allocated: number(period.allocations.allocatedUnits),
                          share: i18n.percent(period.allocations.share, 2),
                        })}
                    {period.inProgress && <span className="muted"> ({t('targetDetail.inProgress')})</span>}
                  </p>
                )}
                {sortedUnits.length === 0 ? (
                  <EmptyState title={t('targetDetail.noUnits')} />
                ) : (
                  <>
                    <Suspense fallback={<ChartPlaceholder height={Math.max(180, sortedUnits.length * 28 + 40)} />}>
                      <UnitsChart progress={data} units={sortedUnits} />
                    </Suspense>
                    {(data.unitThreshold !== null || period.allocations != null) && (
                      <p className="chart-legend small" aria-hidden="true">
                        <span className="chart-legend__item chart-legend__item--yes">{t('targetDetail.legendMeets')}</span>
                        <span className="chart-legend__item chart-legend__item--no">{t('targetDetail.legendNotMeets')}</span>
                        <span className="chart-legend__item chart-legend__item--none">{t('targetDetail.legendNotCounted')}</span>
                      </p>
                    )}
                    <UnitsMapSection boundaries={boundaries.data} units={mapUnits} />
                    <UnitsTable progress={data} period={period} numeratorLabel={numeratorLabel} denominatorLabel={denominatorLabel} />
                  </>
                )}
              </>
            )}
          </section>
        </div>
      )}
      <RevisionHistory targetId={target.id} firstYear={plan.firstYear} />
    </>
  );
}
