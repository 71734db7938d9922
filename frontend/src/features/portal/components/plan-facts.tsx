import { useI18n } from '@/i18n/i18n';
import type { PublicPlan } from '@/lib/api';

/** A published plan's years, issuing body, date of its latest approved data and its source document. */
export function PlanFacts({ plan }: { plan: PublicPlan }) {
  const { t, pick, date } = useI18n();
  return (
    <p className="plan-hero__meta">
      <span>{t('plan.years', { from: plan.firstYear, to: plan.lastYear })}</span>
      <span>{t('plan.issuedBy', { body: pick(plan.issuingBodyVi, plan.issuingBodyEn) })}</span>
      <span data-testid="plan-last-approved">
        {plan.lastApprovedAt ? t('portal.lastApproved', { date: date(plan.lastApprovedAt) }) : t('portal.noApprovedYet')}
      </span>
      <SourceLink plan={plan} />
    </p>
  );
}

/**
 * The plan's source document, opened in a new tab: its public address when it has one, else the
 * text stored with the plan (the API says where, in `sourceDocument`); said plainly when neither exists.
 */
export function SourceLink({ plan }: { plan: Pick<PublicPlan, 'sourceUrl' | 'sourceDocument'> }) {
  const { t } = useI18n();
  const href = plan.sourceUrl ?? plan.sourceDocument;
  if (!href) return <span>{t('portal.sourceNone')}</span>;
  const stored = !plan.sourceUrl;
  return (
    <a href={href} target="_blank" rel={stored ? 'noopener' : 'noopener noreferrer'} data-testid="source-link">
      {t('plan.source')}
      {stored && ` ${t('portal.sourceStored')}`}
      <span className="visually-hidden"> {t('portal.newTab')}</span>
    </a>
  );
}
