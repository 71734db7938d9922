import { z } from 'zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { TextField, TextareaField } from '@/components/ui/form';
import { useDialogForm } from '@/hooks/use-dialog-form';
import type { Plan } from '@/lib/api';
import { formRules } from '@/lib/form-rules';
import { useI18n, type I18n } from '@/i18n/i18n';
import { useCopyPlan } from '../api/plan-definition';

function schema(i18n: Pick<I18n, 't'>) {
  const { t } = i18n;
  const { code, text } = formRules(i18n);
  const year = z.string().trim().refine((s) => /^\d{4}$/.test(s) && Number(s) >= 1900 && Number(s) <= 2999, t('validation.year'));
  return z
    .object({ code: code(), titleVi: text(300), titleEn: text(300), firstYear: year, lastYear: year })
    .refine((v) => Number(v.lastYear) >= Number(v.firstYear), { path: ['lastYear'], message: t('validation.beforeFirstYear') });
}

type Values = z.infer<ReturnType<typeof schema>>;

/** The next cycle of a plan: the same length, starting the year after it ends. */
export function PlanCopyForm({ plan, onClose }: { plan: Plan; onClose: (copied?: Plan) => void }) {
  const { t, pick } = useI18n();
  const copy = useCopyPlan();
  const span = plan.lastYear - plan.firstYear;
  const first = plan.lastYear + 1;
  const { form, dialog } = useDialogForm({
    schema,
    defaultValues: {
      code: plan.code.replace(String(plan.firstYear), String(first)).replace(String(plan.lastYear), String(first + span)),
      titleVi: plan.titleVi.replaceAll(String(plan.lastYear), String(first + span)).replaceAll(String(plan.firstYear), String(first)),
      titleEn: plan.titleEn.replaceAll(String(plan.lastYear), String(first + span)).replaceAll(String(plan.firstYear), String(first)),
      firstYear: String(first),
      lastYear: String(first + span),
    },
    save: (v: Values) => copy.mutateAsync({ plan, input: { ...v, firstYear: Number(v.firstYear), lastYear: Number(v.lastYear) } }),
    mutation: copy,
    onClose,
  });
  return (
    <FormDialog
      id="plan-copy-form"
      title={t('planDefinition.copyTitle', { name: pick(plan.titleVi, plan.titleEn) })}
      submitLabel={t('planDefinition.copy')}
      {...dialog}
    >
      <p className="span-all muted small">{t('planDefinition.copyIntro')}</p>
      <TextField form={form} name="code" label={t('common.code')} required className="span-all" />
      <TextareaField form={form} name="titleVi" label={t('planAdmin.titleVi')} required lang="vi" rows={2} className="span-all" />
      <TextareaField form={form} name="titleEn" label={t('planAdmin.titleEn')} required lang="en" rows={2} className="span-all" />
      <TextField form={form} name="firstYear" label={t('planAdmin.firstYear')} required inputMode="numeric" />
      <TextField form={form} name="lastYear" label={t('planAdmin.lastYear')} required inputMode="numeric" />
    </FormDialog>
  );
}
