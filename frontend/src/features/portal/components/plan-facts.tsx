import { useI18n } from '@/i18n/i18n';
import type { PublicPlan } from '../api/get-public-plans';

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
      <SourceLink url={plan.sourceUrl} />
    </p>
  );
}

/** The plan's source document, opened in a new tab; said plainly when no public address is known. */
export function SourceLink({ url }: { url: string | null }) {
  const { t } = useI18n();
  if (!url) return <span>{t('portal.sourceNone')}</span>;
  return (
    <a href={url} target="_blank" rel="noreferrer">
      {t('plan.source')}
      <span className="visually-hidden"> {t('portal.newTab')}</span>
    </a>
  );
}
