import { ProgressStatusChip } from '@/components/progress/progress-band';
import { useI18n } from '@/i18n/i18n';
import type { PublicTarget } from '@/lib/api';
import { statusCounts } from '../utils/portal';

/** The headline: how many targets are achieved, on track, at risk, off track or without figures. */
export function StatusSummary({ targets, headingLevel = 'h2' }: { targets: readonly PublicTarget[]; headingLevel?: 'h2' | 'h3' }) {
  const { t, number } = useI18n();
  const Heading = headingLevel;
  return (
    <div className="status-summary">
      <Heading className="status-summary__title">
        {t('portal.statusSummary')} <span className="muted">· {t('overview.targetsCount', { count: targets.length })}</span>
      </Heading>
      <ul className="status-summary__list">
        {statusCounts(targets).map(({ status, count }) => (
          <li key={status} data-status={status}>
            <strong className="status-summary__count">{number(count)}</strong> <ProgressStatusChip status={status} />
          </li>
        ))}
      </ul>
    </div>
  );
}
