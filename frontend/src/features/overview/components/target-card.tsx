import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import type { Indicator, OrgUnit, Target } from '@/lib/api';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { orderCodes } from '@/utils/unit-types';
import { useI18n } from '@/i18n/i18n';
import { reportsIndicator } from '@/utils/indicator-reporting';
import { formatThreshold, formatTiming } from '@/utils/describe-target';
import type { TargetProgress } from '@/lib/api';
import { ProgressBand } from '@/components/progress/progress-band';

export interface TargetCardProps {
  target: Target;
  indicator: Indicator | undefined;
  units: readonly OrgUnit[];
  planCode: string;
  /** The target's progress from the API, or undefined while the server does not compute it. */
  progress?: TargetProgress;
  /** Whether the progress is still being read (then the band says so rather than "no figure"). */
  progressLoading?: boolean;
  /** Whether to offer the "enter data" link (not to those who cannot report). */
  canReport?: boolean;
}

/**
 * One target of the plan. The bottom band is reserved for the district figure, its status and
 * trend once the API computes progress; until then it says plainly that there is no figure.
 */
export function TargetCard({ target, indicator, units, planCode, progress, progressLoading = false, canReport = true }: TargetCardProps) {
  const i18n = useI18n();
  const unitTypes = useUnitTypes();
  const { t, pick } = i18n;
  const reporting = indicator ? units.filter((u) => reportsIndicator(indicator, u)) : [];
  const types = orderCodes(unitTypes.data, reporting.map((u) => u.type)).map((type) => unitTypes.name(type)).join(', ');
  const headingId = `target-${target.code}`;
  return (
    <article className="card target-card" aria-labelledby={headingId}>
      <div className="target-card__head">
        <Badge tone="code">{target.code}</Badge>
        {indicator && !indicator.active && <Badge tone="inactive">{t('common.inactive')}</Badge>}
      </div>
      <h3 id={headingId} className="target-card__statement">
        {pick(target.statementVi, target.statementEn)}
      </h3>
      <p className="target-card__goal" aria-label={`${t('target.goal')}: ${formatThreshold(target, i18n)} — ${formatTiming(target, i18n)}`}>
        <span className="target-card__threshold">{formatThreshold(target, i18n)}</span>
        <span className="target-card__timing">— {formatTiming(target, i18n)}</span>
      </p>
      <dl>
        <dt>{t('overview.indicator')}</dt>
        <dd>
          {indicator ? pick(indicator.nameVi, indicator.nameEn) : target.indicatorCode}
          {indicator && <span className="muted"> · {t(`valueKind.${indicator.valueKind}`)}</span>}
        </dd>
        <dt>{t('overview.reportingUnitsTitle')}</dt>
        <dd>
          {reporting.length > 0 ? (
            <>
              {t('overview.reportingUnits', { count: reporting.length })}
              {types && <span className="muted"> ({types})</span>}
            </>
          ) : (
            <span className="muted">{t('overview.reportingUnitsNone')}</span>
          )}
        </dd>
        <dt>{t('overview.rule')}</dt>
        <dd>{t(`aggregation.${target.aggregation}`)}</dd>
      </dl>
      <div className="target-card__progress" data-slot="progress">
        {progress ? (
          <ProgressBand progress={progress} />
        ) : progressLoading ? (
          <span role="status" className="progress-loading">
            <span className="spinner" aria-hidden="true" /> {t('overview.progressLoading')}
          </span>
        ) : (
          <span>
            <span className="visually-hidden">{t('overview.progressLabel')}: </span>
            {t('overview.progressPending')}
          </span>
        )}
        <span className="btn-row">
          <Link
            to={`/targets/${encodeURIComponent(target.code)}?plan=${encodeURIComponent(planCode)}`}
            className="btn btn--small btn--primary"
            aria-label={t('overview.detailsLabel', { code: target.code })}
          >
            {t('overview.details')}
          </Link>
          {canReport && (
            <Link to={`/data-entry?plan=${encodeURIComponent(planCode)}`} className="btn btn--small">
              {t('overview.enterData')}
            </Link>
          )}
        </span>
      </div>
    </article>
  );
}
