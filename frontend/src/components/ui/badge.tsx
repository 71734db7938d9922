import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n';
import { cn } from '@/utils/cn';

export function Badge({ tone = 'neutral', children, title }: { tone?: string; children: ReactNode; title?: string }) {
  return (
    <span className={cn('badge', `badge--${tone}`)} title={title}>
      {children}
    </span>
  );
}

export type SubmissionStatusName = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';

const STATUS_TONES: Record<SubmissionStatusName, string> = {
  DRAFT: 'draft',
  SUBMITTED: 'submitted',
  RETURNED: 'returned',
  APPROVED: 'approved',
};
const STATUS_ICONS: Record<SubmissionStatusName, string> = { DRAFT: '✎', SUBMITTED: '➜', RETURNED: '↩', APPROVED: '✓' };

/** A report's status as text with an icon: the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: SubmissionStatusName }) {
  const { t } = useI18n();
  return (
    <Badge tone={STATUS_TONES[status]}>
      <span aria-hidden="true">{STATUS_ICONS[status]}</span>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** "Dữ liệu minh hoạ / Demo data": synthetic reports must never pass for real ones. */
export function DemoBadge() {
  const { t } = useI18n();
  return (
    <Badge tone="demo" title={t('common.demoHint')}>
      <span aria-hidden="true">◆</span>
      {t('common.demo')}
    </Badge>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useI18n();
  return active ? null : (
    <Badge tone="inactive">
      <span aria-hidden="true">⏸</span>
      {t('common.inactive')}
    </Badge>
  );
}
