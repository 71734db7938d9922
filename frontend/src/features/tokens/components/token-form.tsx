import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormProblem, TextField } from '@/components/ui/form';
import { UnitChecklist } from '@/components/ui/unit-checklist';
import { useServerErrors, withoutIndex } from '@/hooks/use-server-errors';
import type { OrgUnit } from '@/lib/api';
import { zodResolver } from '@/lib/zod-resolver';
import { useI18n, type I18n } from '@/i18n/i18n';
import { daysFromToday, endOfDayInVietnam, useCreateToken, type CreatedApiToken } from '../api/tokens';

const MAX_DAYS = 366;

function schema({ t }: Pick<I18n, 't'>) {
  return z
    .object({
      name: z.string().trim().min(1, t('validation.required')).max(100, t('validation.tooLong', { max: 100 })),
      scope: z.enum(['READ', 'WRITE']),
      unitCodes: z.array(z.string()),
      expiresOn: z
        .string()
        .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d > daysFromToday(0) && d <= daysFromToday(MAX_DAYS - 1), t('tokens.expiryRange', { max: MAX_DAYS })),
    })
    .refine((v) => v.scope === 'READ' || v.unitCodes.length > 0, { path: ['unitCodes'], message: t('tokens.unitsRequired') });
}

type Values = z.infer<ReturnType<typeof schema>>;

/** A token for another system: read everything, or also write reports for the listed units; it expires. */
export function TokenForm({ units, onClose }: { units: readonly OrgUnit[]; onClose: (created?: CreatedApiToken) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const create = useCreateToken();
  const resolver = useMemo(() => zodResolver(schema(i18n)), [i18n]);
  const form = useForm<Values>({ resolver, defaultValues: { name: '', scope: 'READ', unitCodes: [], expiresOn: daysFromToday(90) } });
  const server = useServerErrors(form, (field) => (field === 'expiresAt' ? 'expiresOn' : withoutIndex(field)));
  const scope = useWatch({ control: form.control, name: 'scope' });

  const onSubmit = form.handleSubmit(async (v) => {
    server.clear();
    try {
      onClose(
        await create.mutateAsync({
          name: v.name.trim(),
          scope: v.scope,
          unitCodes: v.scope === 'WRITE' ? v.unitCodes : null,
          expiresAt: endOfDayInVietnam(v.expiresOn),
        }),
      );
    } catch (error) {
      server.apply(error);
    }
  });

  const formId = 'token-form';
  return (
    <Dialog
      open
      wide
      onClose={() => onClose()}
      title={t('admin.createTitle', { what: t('tokens.what') })}
      footer={
        <>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" busy={create.isPending}>
            {t('tokens.create')}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="form-grid form-grid--2">
        <div className="span-all">
          <FormProblem error={create.error} unplaced={server.unplaced} />
        </div>
        <TextField form={form} name="name" label={t('tokens.name')} required hint={t('tokens.nameHint')} className="span-all" />
        <fieldset className="span-all">
          <legend className="field__label">{t('tokens.scope')}</legend>
          <div className="radio-row">
            {(['READ', 'WRITE'] as const).map((s) => (
              <label key={s} className="radio">
                <input type="radio" value={s} {...form.register('scope')} />
                {t(`tokens.scope.${s}`)}
              </label>
            ))}
          </div>
          <span className="field__hint">{t(`tokens.scopeHint.${scope}`)}</span>
        </fieldset>
        <TextField form={form} name="expiresOn" type="date" label={t('tokens.expiresOn')} required hint={t('tokens.expiresHint', { max: MAX_DAYS })} />
        {scope === 'WRITE' && (
          <UnitChecklist form={form} name="unitCodes" units={units.filter((u) => u.active && u.type !== 'DISTRICT')} legend={t('tokens.units')} hint={t('tokens.unitsHint')} />
        )}
      </form>
    </Dialog>
  );
}
