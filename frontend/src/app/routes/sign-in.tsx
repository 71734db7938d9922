import { useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '@/features/auth/components/sign-in-form';

/** `/sign-in?next=<path>`: back to where the person was once signed in. */
export function SignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = params.get('next');
  // Only paths inside the app are followed, never another site.
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return <SignInForm expired={params.get('expired') === '1'} onSignedIn={() => navigate(target, { replace: true })} />;
}
