import { z } from 'zod';
import { SelectField, TextField } from '@/components/ui/form';
import { FormDialog } from '@/components/ui/form-dialog';
import { useDialogForm } from '@/hooks/use-dialog-form';
import type { OrgUnit, OrgUnitInput, UnitType } from '@/lib/api';
import { groupByType, topLevelCodes, typeName } from '@/utils/unit-types';
import { formRules } from '@/lib/form-rules';
import { useI18n, type I18n } from '@/i18n/i18n';
import { useSaveOrgUnit } from '../api/save-org-unit';
import { OrgUnitLineagePanel } from './org-unit-lineage';

/** `topLevel`: the types whose units need no parent (the district, a province). */
function schema(i18n: Pick<I18n, 't'>, topLevel: ReadonlySet<string>) {
  const { t } = i18n;
  const { code, text } = formRules(i18n);
  return z
    .object({
      code: code(),
      nameVi: text(200),
      nameEn: text(200),
      type: z.string().min(1, t('validation.required')),
      parentCode: z.string(),
      validFrom: z.string(),
      validTo: z.string(),
    })
    .refine((v) => topLevel.has(v.type) || v.parentCode !== '', { path: ['parentCode'], message: t('validation.required') })
    // ISO dates compare as text; validTo is the first day the unit no longer exists.
    .refine((v) => !v.validFrom || !v.validTo || v.validTo > v.validFrom, { path: ['validTo'], message: t('orgUnit.validToAfterFrom') });
}

type Values = z.infer<ReturnType<typeof schema>>;

/** Units this one may hang under: any other unit that is not below it (no cycles). */
function possibleParents(units: readonly OrgUnit[], editing?: OrgUnit): OrgUnit[] {
  if (!editing) return [...units];
  const below = new Set<string>([editing.code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentCode && below.has(u.parentCode) && !below.has(u.code)) {
        below.add(u.code);
        grew = true;
      }
    }
  }
  return units.filter((u) => !below.has(u.code));
}

export function OrgUnitForm({
  units,
  types,
  editing,
  onClose,
}: {
  units: readonly OrgUnit[];
  /** The unit types, loaded before the form opens (they decide which units need a parent). */
  types: readonly UnitType[];
  editing?: OrgUnit;
  onClose: (saved?: OrgUnit) => void;
}) {
  const topLevel = topLevelCodes(types);
  const { t, pick } = useI18n();
  const save = useSaveOrgUnit();
  const { form, dialog } = useDialogForm({
    schema: (i18n) => schema(i18n, topLevel),
    defaultValues: {
      code: editing?.code ?? '',
      nameVi: editing?.nameVi ?? '',
      nameEn: editing?.nameEn ?? '',
      type: editing?.type ?? types.find((ty) => !ty.topLevel)?.code ?? types[0]?.code ?? '',
      parentCode: editing?.parentCode ?? (editing ? '' : (units.find((u) => topLevel.has(u.type))?.code ?? '')),
      validFrom: editing?.validFrom ?? '',
      validTo: editing?.validTo ?? '',
    },
    save: (values: Values) => {
      // Without a validTo the unit is valid (again): `active` is left to its default.
      const input: OrgUnitInput = { ...values, parentCode: values.parentCode || null, validFrom: values.validFrom || null, validTo: values.validTo || null };
      return save.mutateAsync({ input, existing: editing });
    },
    mutation: save,
    onClose,
  });
  const parents = possibleParents(units, editing);

  return (
    <FormDialog
      id="org-unit-form"
      wide={false}
      title={editing ? t('admin.editTitle', { name: pick(editing.nameVi, editing.nameEn) }) : t('admin.createTitle', { what: t('orgUnit.what') })}
      {...dialog}
    >
      <TextField form={form} name="code" label={t('common.code')} required readOnly={!!editing} hint={editing ? undefined : 'P17, THCS-…'} />
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
        {groupByType(types, parents, (u) => u.type).map(({ type, items: group }) => {
          return (
            <optgroup key={type} label={typeName(types, type, pick)}>
              {group.map((u) => (
                <option key={u.code} value={u.code}>
                  {pick(u.nameVi, u.nameEn)} ({u.code})
                </option>
              ))}
            </optgroup>
          );
        })}
      </SelectField>
      <TextField form={form} name="validFrom" type="date" label={t('orgUnit.validFrom')} hint={t('orgUnit.validFromHint')} />
      <TextField form={form} name="validTo" type="date" label={t('orgUnit.validTo')} hint={t('orgUnit.validToHint')} />
      {editing && <OrgUnitLineagePanel unit={editing} />}
    </FormDialog>
  );
}
