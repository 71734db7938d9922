import { PageHead } from '@/components/ui/page-head';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useProfile } from '@/features/notifications/api/profile';
import { ProfileForm } from '@/features/notifications/components/profile-form';
import { useI18n } from '@/i18n/i18n';

/** The signed-in person's own settings: where notification mails go, and in which language. */
export function ProfileRoute() {
  const { t } = useI18n();
  const profile = useProfile();
  return (
    <>
      <PageHead title={t('profile.title')} subtitle={profile.data ? `${profile.data.displayName} (${profile.data.username})` : undefined} />
      {profile.error ? (
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      ) : profile.isPending ? (
        <LoadingState rows={2} />
      ) : (
        // Keyed by version: after a save the form starts again from what the API stored.
        <ProfileForm key={profile.data.version} profile={profile.data} />
      )}
    </>
  );
}
