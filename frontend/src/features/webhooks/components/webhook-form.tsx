import { z } from 'zod';
import { TextField } from '@/components/ui/form';
import { errorOf } from '@/components/ui/form';
import { FormDialog } from '@/components/ui/form-dialog';
import { useDialogForm } from '@/hooks/use-dialog-form';
import { withoutIndex } from '@/hooks/use-server-errors';
import { useI18n, type I18n } from '@/i18n/i18n';
import { MIN_SECRET_BYTES, WEBHOOK_EVENTS, secretBytes, useSaveWebhook, type Webhook } from '../api/webhooks';

/** The API's rules (WebhookInput), checked here first; the API stays the judge (internal addresses, for one). */
function schema({ t }: Pick<I18n, 't'>, creating: boolean) {
  return z.object({
    url: z
      .string()
      .trim()
      .min(1, t('validation.required'))
      .max(2000, t('validation.tooLong', { max: 2000 }))
      .refine((u) => /^https?:\/\/[^/\s]+/i.test(u), t('webhooks.urlFormat')),
    events: z.array(z.string()).min(1, t('webhooks.eventsRequired')),
    secret: z
      .string()
      .refine((s) => (creating ? secretBytes(s) >= MIN_SECRET_BYTES : s === '' || secretBytes(s) >= MIN_SECRET_BYTES), t('webhooks.secretShort', { min: MIN_SECRET_BYTES }))
      .refine((s) => s.length <= 500, t('validation.tooLong', { max: 500 })),
    description: z.string().trim().max(200, t('validation.tooLong', { max: 200 })),
  });
}

type Values = z.infer<ReturnType<typeof schema>>;

/** Register or change an endpoint: where, which events, the signing secret (never shown again). */
export function WebhookForm({ editing, onClose }: { editing?: Webhook; onClose: (saved?: Webhook) => void }) {
  const { t } = useI18n();
  const save = useSaveWebhook();
  const { form, dialog } = useDialogForm({
    schema: (i18n) => schema(i18n, !editing),
    mapField: withoutIndex,
    defaultValues: {
      url: editing?.url ?? 'https://',
      events: editing?.events ?? [...WEBHOOK_EVENTS],
      secret: '',
      description: editing?.description ?? '',
    },
    save: (v: Values) =>
      save.mutateAsync({
        input: {
          url: v.url.trim(),
          events: v.events as Webhook['events'],
          secret: v.secret === '' ? null : v.secret,
          description: v.description.trim() === '' ? null : v.description.trim(),
          active: editing?.active ?? true,
        },
        existing: editing,
      }),
    mutation: save,
    onClose,
  });
  const eventsError = errorOf(form, 'events');

  return (
    <FormDialog
      id="webhook-form"
      title={editing ? t('admin.editTitle', { name: editing.url }) : t('admin.createTitle', { what: t('webhooks.what') })}
      {...dialog}
    >
      <TextField form={form} name="url" type="url" label={t('webhooks.url')} required hint={t('webhooks.urlHint')} className="span-all" spellCheck={false} />
      <fieldset className="span-all" aria-describedby={eventsError ? 'events-error' : undefined}>
        <legend className="field__label">{t('webhooks.events')}</legend>
        <div className="check-group">
          {WEBHOOK_EVENTS.map((e) => (
            <label key={e} className="checkbox">
              <input type="checkbox" value={e} {...form.register('events')} />
              {t(`webhooks.event.${e}`)} <span className="combo__code">{e}</span>
            </label>
          ))}
        </div>
        {eventsError && (
          <span id="events-error" className="field__error" role="alert">
            {eventsError}
          </span>
        )}
      </fieldset>
      <TextField
        form={form}
        name="secret"
        type="password"
        autoComplete="new-password"
        label={editing ? t('webhooks.newSecret') : t('webhooks.secret')}
        required={!editing}
        hint={editing ? t('webhooks.secretKeep', { min: MIN_SECRET_BYTES }) : t('webhooks.secretHint', { min: MIN_SECRET_BYTES })}
      />
      <TextField form={form} name="description" label={t('webhooks.description')} hint={t('webhooks.descriptionHint')} />
    </FormDialog>
  );
}
