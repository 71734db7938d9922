import type { components } from '@/lib/api-types';
import { useI18n } from '@/i18n/i18n';

export type ReportState = components['schemas']['ReportState'];

export const REPORT_STATE_ICONS: Record<ReportState, string> = {
  MISSING: '✕',
  DRAFT: '✎',
  SUBMITTED: '➜',
  RETURNED: '↩',
  APPROVED: '✓',
  NOT_EXPECTED: '–',
};

/** A unit's report state for a period as an icon and words, in the state's colour. */
export function ReportStateLabel({ state, late }: { state: ReportState; late?: boolean }) {
  const { t } = useI18n();
  const pill = (
    <span className={`report-state report-state--${state.toLowerCase().replace('_', '-')}`}>
      <span aria-hidden="true" className="report-state__icon">
        {REPORT_STATE_ICONS[state]}
      </span>
      <span className="report-state__text">{t(`reportState.${state}`)}</span>
    </span>
  );
  if (!late) return pill;
  return (
    <span className="report-state-wrap">
      {pill}
      <span className="report-state__late">
        <span aria-hidden="true">◷ </span>
        <span className="report-state__text">{t('completeness.late')}</span>
      </span>
    </span>
  );
}
