import { Link } from 'react-router';
import { DemoBadge } from '@/components/ui/badge';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { usePublicPlanPages } from '@/features/portal/api/get-public-plan';
import { usePublicPlans } from '@/features/portal/api/get-public-plans';
import type { PublicPlan } from '@/lib/api';
import { PlanFacts } from '@/features/portal/components/plan-facts';
import { StatusSummary } from '@/features/portal/components/status-summary';
import { VisitCounter } from '@/features/portal/components/visit-counter';
import { portalPlanPath } from '@/features/portal/utils/portal';
import { usePageTitle } from '@/features/portal/utils/use-page-title';
import { useI18n } from '@/i18n/i18n';

/** `/portal`: every published plan with the headline of its targets' status. */
export function PortalHomeRoute() {
  const { t } = useI18n();
  const plans = usePublicPlans();
  const items = plans.data?.items ?? [];
  const pages = usePublicPlanPages(items.map((p) => p.code));
  usePageTitle(null);

  return (
    <>
      <section className="plan-hero" aria-labelledby="portal-title">
        <h1 id="portal-title">{t('portal.homeTitle')}</h1>
        <p className="portal-intro">{t('portal.homeIntro')}</p>
        <VisitCounter visit={{ page: 'portal' }} />
      </section>
      <div className="section">
        {plans.isPending ? (
          <LoadingState rows={4} />
        ) : plans.error ? (
          <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title={t('portal.noPlans')} />
        ) : (
          <div className="grid portal-plans">
            {items.map((plan, i) => (
              <PlanCard key={plan.code} plan={plan} page={pages[i]} />
            ))}
          </div>
        )}
      </div>
    </>
  );
}

function PlanCard({ plan, page }: { plan: PublicPlan; page: ReturnType<typeof usePublicPlanPages>[number] | undefined }) {
  const { t, pick } = useI18n();
  const headingId = `plan-${plan.code}`;
  return (
    <article className="card portal-plan" aria-labelledby={headingId}>
      <h2 id={headingId} className="portal-plan__title">
        <Link to={portalPlanPath(plan.code)}>{pick(plan.titleVi, plan.titleEn)}</Link>
      </h2>
      {plan.demo && (
        <p className="portal-plan__demo">
          <DemoBadge /> <span className="muted small">{t('portal.demoBody')}</span>
        </p>
      )}
      <PlanFacts plan={plan} />
      {page?.data ? (
        <StatusSummary targets={page.data.targets} headingLevel="h3" />
      ) : page?.error ? (
        <ErrorState error={page.error} onRetry={() => void page.refetch()} />
      ) : (
        <LoadingState rows={1} />
      )}
      <p style={{ margin: 0 }}>
        <Link className="btn btn--primary" to={portalPlanPath(plan.code)}>
          {t('overview.details')}
          <span className="visually-hidden">: {pick(plan.titleVi, plan.titleEn)}</span>
        </Link>
      </p>
    </article>
  );
}
