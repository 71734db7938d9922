import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { TextField } from '@/components/ui/form';
import { FormDialog } from '@/components/ui/form-dialog';
import { UnitChecklist } from '@/components/ui/unit-checklist';
import { useDialogForm } from '@/hooks/use-dialog-form';
import { withoutIndex } from '@/hooks/use-server-errors';
import type { OrgUnit } from '@/lib/api';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { topLevelCodes } from '@/utils/unit-types';
import { useI18n, type I18n } from '@/i18n/i18n';
import { daysFromToday, endOfDayInVietnam, useCreateToken, type CreatedApiToken } from '../api/tokens';

const MAX_DAYS = 366;
/** The API's bounds for a token's own rate (requests a minute); empty means the server's default. */
const MAX_RATE = 60000;

function schema({ t, number }: Pick<I18n, 't' | 'number'>) {
  return z
    .object({
      name: z.string().trim().min(1, t('validation.required')).max(100, t('validation.tooLong', { max: 100 })),
      scope: z.enum(['READ', 'WRITE']),
      unitCodes: z.array(z.string()),
      expiresOn: z
        .string()
        .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d > daysFromToday(0) && d <= daysFromToday(MAX_DAYS - 1), t('tokens.expiryRange', { max: MAX_DAYS })),
      ratePerMinute: z
        .string()
        .trim()
        .refine((r) => r === '' || (/^\d+$/.test(r) && Number(r) >= 1 && Number(r) <= MAX_RATE), t('tokens.rateRange', { max: number(MAX_RATE) })),
    })
    .refine((v) => v.scope === 'READ' || v.unitCodes.length > 0, { path: ['unitCodes'], message: t('tokens.unitsRequired') });
}

type Values = z.infer<ReturnType<typeof schema>>;

/** A token for another system: read everything, or also write reports for the listed units; it expires. */
export function TokenForm({ units, onClose }: { units: readonly OrgUnit[]; onClose: (created?: CreatedApiToken) => void }) {
  const { t } = useI18n();
  const topLevel = topLevelCodes(useUnitTypes().data);
  const create = useCreateToken();
  const { form, dialog } = useDialogForm({
    schema,
    defaultValues: { name: '', scope: 'READ', unitCodes: [], expiresOn: daysFromToday(90), ratePerMinute: '' },
    mapField: (field) => (field === 'expiresAt' ? 'expiresOn' : withoutIndex(field)),
    save: (v: Values) =>
      create.mutateAsync({
        name: v.name.trim(),
        scope: v.scope,
        unitCodes: v.scope === 'WRITE' ? v.unitCodes : null,
        expiresAt: endOfDayInVietnam(v.expiresOn),
        ratePerMinute: v.ratePerMinute.trim() === '' ? null : Number(v.ratePerMinute.trim()),
      }),
    mutation: create,
    onClose,
  });
  const scope = useWatch({ control: form.control, name: 'scope' });

  return (
    <FormDialog
      id="token-form"
      title={t('admin.createTitle', { what: t('tokens.what') })}
      {...dialog}
      submitLabel={t('tokens.create')}
    >
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
      <TextField form={form} name="ratePerMinute" inputMode="numeric" label={t('tokens.rate')} hint={t('tokens.rateHint')} />
      {scope === 'WRITE' && (
        <UnitChecklist form={form} name="unitCodes" units={units.filter((u) => u.active && !topLevel.has(u.type))} legend={t('tokens.units')} hint={t('tokens.unitsHint')} />
      )}
    </FormDialog>
  );
}
