import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { ProgressBand } from '@/components/progress/progress-band';
import { explainStatusReason } from '@/utils/explain-progress';
import { formatThreshold, formatTiming } from '@/utils/describe-target';
import { useI18n } from '@/i18n/i18n';
import type { PublicTarget } from '@/lib/api';
import { portalTargetPath } from '../utils/portal';

/** One target on a plan's public page: the goal, its status with the reason, the latest figure and the trend. */
export function PublicTargetCard({ planCode, target }: { planCode: string; target: PublicTarget }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const headingId = `public-target-${target.code}`;
  return (
    <article className="card target-card" aria-labelledby={headingId} data-target={target.code}>
      <div className="target-card__head">
        <Badge tone="code">{target.code}</Badge>
      </div>
      <h3 id={headingId} className="target-card__statement">
        {pick(target.statementVi, target.statementEn)}
      </h3>
      <p className="target-card__goal">
        <span className="visually-hidden">{t('target.goal')}: </span>
        <span className="target-card__threshold">{formatThreshold(target, i18n)}</span>
        <span className="target-card__timing">— {formatTiming(target, i18n)}</span>
      </p>
      <div className="target-card__progress">
        <ProgressBand progress={target} />
        <p className="target-card__reason">{explainStatusReason(target, i18n)}</p>
        <Link
          to={portalTargetPath(planCode, target.code)}
          className="btn btn--small btn--primary"
          aria-label={t('overview.detailsLabel', { code: target.code })}
        >
          {t('overview.details')}
        </Link>
      </div>
    </article>
  );
}
