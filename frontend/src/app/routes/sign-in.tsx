import { Link, useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useI18n } from '@/i18n/i18n';

/** `/sign-in?next=<path>`: back to where the person was once signed in. */
export function SignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = params.get('next');
  // Only paths inside the app are followed, never another site.
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  const { t } = useI18n();
  return (
    <>
      <SignInForm expired={params.get('expired') === '1'} onSignedIn={() => navigate(target, { replace: true })} />
      {/* Residents and the press need no account: the public portal. */}
      <p className="sign-in__portal">
        <Link to="/portal">{t('portal.link')}</Link>
        <span className="muted small"> — {t('portal.linkHint')}</span>
      </p>
    </>
  );
}
