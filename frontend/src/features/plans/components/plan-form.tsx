import { z } from 'zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { TextField, TextareaField } from '@/components/ui/form';
import { useDialogForm } from '@/hooks/use-dialog-form';
import type { Plan, PlanInput } from '@/lib/api';
import { formRules } from '@/lib/form-rules';
import { useI18n, type I18n } from '@/i18n/i18n';
import { useSavePlan } from '../api/save-plan';

function schema(i18n: Pick<I18n, 't'>) {
  const { t } = i18n;
  const { code, text } = formRules(i18n);
  const year = z.string().trim().refine((s) => /^\d{4}$/.test(s) && Number(s) >= 1900 && Number(s) <= 2999, t('validation.year'));
  return z
    .object({
      code: code(),
      titleVi: text(300),
      titleEn: text(300),
      firstYear: year,
      lastYear: year,
      issuingBodyVi: text(200),
      issuingBodyEn: text(200),
      sourceUrl: z.string().trim().max(500, t('validation.tooLong', { max: 500 })).refine((s) => s === '' || /^https?:\/\/\S+$/.test(s), t('validation.url')),
      sourceText: z.string(),
      reportDeadlineDays: z.string().trim().refine((s) => /^\d+$/.test(s) && Number(s) <= 366, t('validation.range', { min: 0, max: 366 })),
    })
    .refine((v) => Number(v.lastYear) >= Number(v.firstYear), { path: ['lastYear'], message: t('validation.beforeFirstYear') });
}

type Values = z.infer<ReturnType<typeof schema>>;

export function PlanForm({ editing, onClose }: { editing?: Plan; onClose: (saved?: Plan) => void }) {
  const { t, pick } = useI18n();
  const save = useSavePlan();
  const { form, dialog } = useDialogForm({
    schema,
    defaultValues: {
      code: editing?.code ?? '',
      titleVi: editing?.titleVi ?? '',
      titleEn: editing?.titleEn ?? '',
      firstYear: editing ? String(editing.firstYear) : '',
      lastYear: editing ? String(editing.lastYear) : '',
      issuingBodyVi: editing?.issuingBodyVi ?? '',
      issuingBodyEn: editing?.issuingBodyEn ?? '',
      sourceUrl: editing?.sourceUrl ?? '',
      sourceText: editing?.sourceText ?? '',
      reportDeadlineDays: String(editing?.reportDeadlineDays ?? 31),
    },
    save: (v: Values) => {
      const input: PlanInput = {
        ...v,
        firstYear: Number(v.firstYear),
        lastYear: Number(v.lastYear),
        sourceUrl: v.sourceUrl || null,
        sourceText: v.sourceText || null,
        reportDeadlineDays: Number(v.reportDeadlineDays),
      };
      return save.mutateAsync({ input, existing: editing });
    },
    mutation: save,
    onClose,
  });

  return (
    <FormDialog
      id="plan-form"
      title={editing ? t('admin.editTitle', { name: pick(editing.titleVi, editing.titleEn) }) : t('admin.createTitle', { what: t('planAdmin.what') })}
      {...dialog}
    >
      <TextField form={form} name="code" label={t('common.code')} required readOnly={!!editing} className="span-all" />
      <TextareaField form={form} name="titleVi" label={t('planAdmin.titleVi')} required lang="vi" rows={2} className="span-all" />
      <TextareaField form={form} name="titleEn" label={t('planAdmin.titleEn')} required lang="en" rows={2} className="span-all" />
      <TextField form={form} name="firstYear" label={t('planAdmin.firstYear')} required inputMode="numeric" />
      <TextField form={form} name="lastYear" label={t('planAdmin.lastYear')} required inputMode="numeric" />
      <TextField form={form} name="issuingBodyVi" label={t('planAdmin.issuingBodyVi')} required lang="vi" />
      <TextField form={form} name="issuingBodyEn" label={t('planAdmin.issuingBodyEn')} required lang="en" />
      <TextField form={form} name="reportDeadlineDays" label={t('planAdmin.reportDeadlineDays')} required inputMode="numeric" />
      <TextField form={form} name="sourceUrl" label={t('planAdmin.sourceUrl')} type="url" placeholder="https://" />
      <TextareaField form={form} name="sourceText" label={t('planAdmin.sourceText')} rows={5} lang="vi" className="span-all" />
    </FormDialog>
  );
}
