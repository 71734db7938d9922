import { z } from 'zod';
import { SelectField, TextField } from '@/components/ui/form';
import { FormDialog } from '@/components/ui/form-dialog';
import { useDialogForm } from '@/hooks/use-dialog-form';
import type { OrgUnit, UnitType } from '@/lib/api';
import { formRules } from '@/lib/form-rules';
import { useI18n, type I18n } from '@/i18n/i18n';
import { groupByType, topLevelCodes, typeName } from '@/utils/unit-types';
import { useRecordReorganisation } from '../api/reorganisations';

function schema(i18n: Pick<I18n, 't'>) {
  const { t } = i18n;
  const { code, text } = formRules(i18n);
  return z.object({
    effectiveDate: z.string().min(1, t('validation.required')),
    ending: z.array(z.string()).min(1, t('validation.required')),
    code: code(),
    nameVi: text(200),
    nameEn: text(200),
    type: z.string().min(1, t('validation.required')),
    parentCode: z.string(),
  });
}

type Values = z.infer<ReturnType<typeof schema>>;

/** The API names a merge's fields by its own shape (`begins[0].code`, `endingCodes[1]`); the form is flat. */
function mapField(apiField: string): string | null {
  if (apiField.startsWith('begins[0].')) return apiField.slice('begins[0].'.length);
  if (apiField.startsWith('endingCodes')) return 'ending';
  return apiField === 'effectiveDate' ? apiField : null;
}

/** Records a merge: the units that end on a date and the one unit that takes them over from that date. */
export function MergeForm({ units, types, onClose }: { units: readonly OrgUnit[]; types: readonly UnitType[]; onClose: (saved?: unknown) => void }) {
  const { t, pick } = useI18n();
  const record = useRecordReorganisation();
  const valid = units.filter((u) => u.active);
  const { form, dialog } = useDialogForm({
    schema,
    mapField,
    defaultValues: {
      effectiveDate: '',
      ending: [],
      code: '',
      nameVi: '',
      nameEn: '',
      type: types.find((ty) => !ty.topLevel)?.code ?? '',
      parentCode: units.find((u) => topLevelCodes(types).has(u.type))?.code ?? '',
    },
    save: (v: Values) =>
      record.mutateAsync({
        effectiveDate: v.effectiveDate,
        endingCodes: v.ending,
        begins: [{ code: v.code, nameVi: v.nameVi, nameEn: v.nameEn, type: v.type, parentCode: v.parentCode || null }],
      }),
    mutation: record,
    onClose,
  });

  return (
    <FormDialog id="merge-form" wide={false} title={t('orgUnit.mergeTitle')} {...dialog}>
      <p className="muted small span-all">{t('orgUnit.mergeHelp')}</p>
      <TextField form={form} name="effectiveDate" type="date" label={t('orgUnit.effectiveDate')} required className="span-all" />
      <SelectField form={form} name="ending" label={t('orgUnit.mergeEnding')} required multiple size={8} className="span-all">
        {groupByType(types, valid, (u) => u.type).map(({ type, items }) => (
          <optgroup key={type} label={typeName(types, type, pick)}>
            {items.map((u) => (
              <option key={u.code} value={u.code}>
                {pick(u.nameVi, u.nameEn)} ({u.code})
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextField form={form} name="code" label={t('orgUnit.mergeNewCode')} required />
      <SelectField form={form} name="type" label={t('orgUnit.type')} required>
        {types.map((type) => (
          <option key={type.code} value={type.code}>
            {pick(type.nameVi, type.nameEn)}
          </option>
        ))}
      </SelectField>
      <TextField form={form} name="nameVi" label={t('common.nameVi')} required lang="vi" />
      <TextField form={form} name="nameEn" label={t('common.nameEn')} required lang="en" />
      <SelectField form={form} name="parentCode" label={t('orgUnit.parent')} className="span-all">
        <option value="">{t('orgUnit.parentNone')}</option>
        {valid.map((u) => (
          <option key={u.code} value={u.code}>
            {pick(u.nameVi, u.nameEn)} ({u.code})
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}
