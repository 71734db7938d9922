import { z } from 'zod';
import { CheckboxField, TextField } from '@/components/ui/form';
import { FormDialog } from '@/components/ui/form-dialog';
import { useDialogForm } from '@/hooks/use-dialog-form';
import type { UnitType, UnitTypeInput } from '@/lib/api';
import { formRules } from '@/lib/form-rules';
import { useI18n, type I18n } from '@/i18n/i18n';
import { useSaveUnitType } from '../api/save-unit-type';

/** The API keeps a type's code in 30 characters: units and indicators store it in columns that wide. */
const CODE_MAX = 30;
const SORT_ORDER_MAX = 1_000_000;

function schema(i18n: Pick<I18n, 't'>) {
  const { t } = i18n;
  const { code, text } = formRules(i18n);
  return z.object({
    code: code().max(CODE_MAX, t('validation.tooLong', { max: CODE_MAX })),
    nameVi: text(200),
    nameEn: text(200),
    sortOrder: z.string().trim().refine((s) => /^\d+$/.test(s) && Number(s) <= SORT_ORDER_MAX, t('validation.range', { min: 0, max: SORT_ORDER_MAX })),
    topLevel: z.boolean(),
  });
}

type Values = z.infer<ReturnType<typeof schema>>;

/** Create a unit type, or rename it and change its place; the code and whether it is top-level stay. */
export function UnitTypeForm({ editing, nextSortOrder, onClose }: { editing?: UnitType; nextSortOrder: number; onClose: (saved?: UnitType) => void }) {
  const { t, pick } = useI18n();
  const save = useSaveUnitType();
  const { form, dialog } = useDialogForm({
    schema,
    defaultValues: {
      code: editing?.code ?? '',
      nameVi: editing?.nameVi ?? '',
      nameEn: editing?.nameEn ?? '',
      sortOrder: String(editing?.sortOrder ?? nextSortOrder),
      topLevel: editing?.topLevel ?? false,
    },
    save: (values: Values) => {
      const input: UnitTypeInput = { ...values, sortOrder: Number(values.sortOrder) };
      return save.mutateAsync({ input, existing: editing });
    },
    mutation: save,
    onClose,
  });

  return (
    <FormDialog
      id="unit-type-form"
      wide={false}
      title={editing ? t('admin.editTitle', { name: pick(editing.nameVi, editing.nameEn) }) : t('admin.createTitle', { what: t('unitTypeAdmin.what') })}
      {...dialog}
    >
      <TextField form={form} name="code" label={t('common.code')} required readOnly={!!editing} hint={editing ? undefined : 'PROVINCE, COMMUNE, …'} />
      <TextField form={form} name="sortOrder" label={t('unitTypeAdmin.sortOrder')} required inputMode="numeric" hint={t('unitTypeAdmin.sortOrderHint')} />
      <TextField form={form} name="nameVi" label={t('common.nameVi')} required lang="vi" />
      <TextField form={form} name="nameEn" label={t('common.nameEn')} required lang="en" />
      {editing ? (
        <p className="muted small span-all">{t(editing.topLevel ? 'unitTypeAdmin.isTopLevel' : 'unitTypeAdmin.isNotTopLevel')}</p>
      ) : (
        <CheckboxField form={form} name="topLevel" label={t('unitTypeAdmin.topLevel')} className="span-all" />
      )}
    </FormDialog>
  );
}
