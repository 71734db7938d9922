import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField, FormProblem, SelectField, TextField } from '@/components/ui/form';
import { useServerErrors } from '@/hooks/use-server-errors';
import { useI18n, type I18n } from '@/i18n/i18n';
import { zodResolver } from '@/lib/zod-resolver';
import { useSaveProfile, type Profile } from '../api/profile';

/** The API's rule (ProfileService): one @, a domain with a dot, no spaces; the API stays the judge. */
export const EMAIL_PATTERN = /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/;
const MAX_EMAIL = 254;

export function profileSchema({ t }: Pick<I18n, 't'>) {
  return z.object({
    email: z
      .string()
      .trim()
      .max(MAX_EMAIL, t('validation.tooLong', { max: MAX_EMAIL }))
      .refine((e) => e === '' || EMAIL_PATTERN.test(e), t('profile.emailFormat')),
    emailNotifications: z.boolean(),
    language: z.enum(['vi', 'en']),
  });
}

type Values = z.infer<ReturnType<typeof profileSchema>>;

/** Where notification mails go, whether they are sent, and their language. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const i18n = useI18n();
  const { t } = i18n;
  const save = useSaveProfile();
  const [saved, setSaved] = useState(false);
  const resolver = useMemo(() => zodResolver(profileSchema(i18n)), [i18n]);
  const form = useForm<Values>({
    resolver,
    defaultValues: { email: profile.email ?? '', emailNotifications: profile.emailNotifications, language: profile.language },
  });
  const server = useServerErrors(form);
  const onSubmit = form.handleSubmit(async (v) => {
    server.clear();
    setSaved(false);
    try {
      await save.mutateAsync({
        input: { email: v.email.trim() === '' ? null : v.email.trim(), emailNotifications: v.emailNotifications, language: v.language },
        existing: profile,
      });
      setSaved(true);
    } catch (error) {
      server.apply(error);
    }
  });
  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-label={t('profile.mailTitle')}>
      <h2>{t('profile.mailTitle')}</h2>
      <TextField form={form} name="email" type="email" label={t('profile.email')} hint={t('profile.emailHint')} autoComplete="email" />
      <CheckboxField form={form} name="emailNotifications" label={t('profile.emailNotifications')} />
      <SelectField form={form} name="language" label={t('profile.language')}>
        <option value="vi">{t('lang.vi')}</option>
        <option value="en">{t('lang.en')}</option>
      </SelectField>
      <FormProblem error={save.error} unplaced={server.unplaced} />
      {saved && <Alert tone="success" title={t('common.saved')} />}
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </form>
  );
}
