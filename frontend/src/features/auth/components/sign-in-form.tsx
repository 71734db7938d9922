import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { describeError } from '@/components/ui/states';
import { useI18n } from '@/i18n/i18n';
import { useSignIn } from '../api/session';

export function SignInForm({ onSignedIn, expired }: { onSignedIn: () => void; expired?: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const failure = signIn.error ? describeError(signIn.error, i18n) : null;

  return (
    <form
      className="card sign-in"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        signIn.mutate({ username: username.trim(), password }, { onSuccess: onSignedIn });
      }}
    >
      <h1>{t('auth.signInTitle')}</h1>
      <p className="muted">{t('auth.signInIntro')}</p>
      {expired && !failure && <Alert tone="info">{t('auth.expired')}</Alert>}
      {failure && (
        <Alert tone="error" title={failure.title}>
          {failure.detail && <p>{failure.detail}</p>}
        </Alert>
      )}
      <Field label={t('auth.username')} required>
        {(control) => (
          <input {...control} className="input" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} autoFocus />
        )}
      </Field>
      <Field label={t('auth.password')} required>
        {(control) => (
          <input {...control} className="input" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        )}
      </Field>
      <Button type="submit" variant="primary" busy={signIn.isPending} disabled={!username.trim() || !password}>
        {signIn.isPending ? t('auth.signingIn') : t('auth.signIn')}
      </Button>
    </form>
  );
}
