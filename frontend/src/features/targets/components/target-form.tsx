import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormDialog } from '@/components/ui/form-dialog';
import { SelectField, TextField, TextareaField } from '@/components/ui/form';
import { useDialogForm } from '@/hooks/use-dialog-form';
import { AGGREGATIONS, TARGET_TIMINGS, type Aggregation, type Indicator, type Plan, type Target, type TargetInput, type TargetTiming } from '@/lib/api';
import { formRules } from '@/lib/form-rules';
import { formatForInput, parseNumber } from '@/i18n/format';
import { useI18n, type I18n } from '@/i18n/i18n';
import { useSaveTarget } from '../api/save-target';
import { isPercentageRule } from '@/utils/describe-target';

function schema(i18n: Pick<I18n, 't' | 'lang'>) {
  const { t, lang } = i18n;
  const { code, text } = formRules(i18n);
  const figure = z.string().refine((s) => s.trim() === '' || (parseNumber(s, lang) ?? -1) >= 0, t('validation.notANumber'));
  return z
    .object({
      code: code(),
      indicatorCode: z.string().min(1, t('validation.required')),
      statementVi: text(1000),
      statementEn: text(1000),
      aggregation: z.enum(AGGREGATIONS as [Aggregation, ...Aggregation[]]),
      unitThreshold: figure,
      threshold: figure.refine((s) => s.trim() !== '', t('validation.required')),
      timing: z.enum(TARGET_TIMINGS as [TargetTiming, ...TargetTiming[]]),
      dueYear: z.string(),
      sortOrder: z.string().refine((s) => s.trim() === '' || /^\d+$/.test(s.trim()), t('validation.wholeNumber')),
    })
    .superRefine((v, ctx) => {
      if (v.aggregation === 'SHARE_OF_UNITS_MEETING' && v.unitThreshold.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['unitThreshold'], message: t('validation.required') });
      }
      if (isPercentageRule(v.aggregation) && (parseNumber(v.threshold, lang) ?? 0) > 100) {
        ctx.addIssue({ code: 'custom', path: ['threshold'], message: t('validation.range', { min: 0, max: 100 }) });
      }
      if (v.timing === 'BY_YEAR' && v.dueYear === '') ctx.addIssue({ code: 'custom', path: ['dueYear'], message: t('validation.required') });
    });
}

type Values = z.infer<ReturnType<typeof schema>>;

export function TargetForm({
  plan, indicators, editing, onClose,
}: { plan: Plan; indicators: readonly Indicator[]; editing?: Target; onClose: (saved?: Target) => void }) {
  const { t, pick, lang } = useI18n();
  const save = useSaveTarget();
  const { form, dialog } = useDialogForm({
    schema,
    defaultValues: {
      code: editing?.code ?? '',
      indicatorCode: editing?.indicatorCode ?? '',
      statementVi: editing?.statementVi ?? '',
      statementEn: editing?.statementEn ?? '',
      aggregation: editing?.aggregation ?? 'SHARE_OF_UNITS_MEETING',
      unitThreshold: formatForInput(editing?.unitThreshold ?? (editing ? null : 1), lang),
      threshold: formatForInput(editing?.threshold ?? (editing ? null : 100), lang),
      timing: editing?.timing ?? 'EVERY_YEAR',
      dueYear: editing?.dueYear ? String(editing.dueYear) : '',
      sortOrder: editing ? String(editing.sortOrder) : '',
    },
    save: (v: Values) => {
      const input: TargetInput = {
        code: v.code,
        planCode: plan.code,
        indicatorCode: v.indicatorCode,
        statementVi: v.statementVi,
        statementEn: v.statementEn,
        aggregation: v.aggregation,
        unitThreshold: v.aggregation === 'SHARE_OF_UNITS_MEETING' ? parseNumber(v.unitThreshold, lang) : null,
        threshold: parseNumber(v.threshold, lang) ?? 0,
        timing: v.timing,
        dueYear: v.timing === 'BY_YEAR' ? Number(v.dueYear) : null,
        sortOrder: v.sortOrder.trim() === '' ? null : Number(v.sortOrder),
      };
      return save.mutateAsync({ input, existing: editing });
    },
    mutation: save,
    onClose,
  });
  const [aggregation, timing] = useWatch({ control: form.control, name: ['aggregation', 'timing'] });
  const years = Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i);

  return (
    <FormDialog
      id="target-form"
      title={editing ? t('admin.editTitle', { name: editing.code }) : t('admin.createTitle', { what: t('target.what') })}
      {...dialog}
    >
      <TextField form={form} name="code" label={t('common.code')} required />
      <TextField form={form} name="sortOrder" label={t('target.sortOrder')} inputMode="numeric" />
      <SelectField form={form} name="indicatorCode" label={t('target.indicator')} required className="span-all">
        <option value="">—</option>
        {indicators.map((i) => (
          <option key={i.code} value={i.code}>
            {pick(i.nameVi, i.nameEn)} ({i.code})
          </option>
        ))}
      </SelectField>
      <TextareaField form={form} name="statementVi" label={t('target.statementVi')} required lang="vi" className="span-all" rows={2} />
      <TextareaField form={form} name="statementEn" label={t('target.statementEn')} required lang="en" className="span-all" rows={2} />
      <SelectField form={form} name="aggregation" label={t('target.aggregation')} required className="span-all">
        {AGGREGATIONS.map((a) => (
          <option key={a} value={a}>
            {t(`aggregation.${a}`)}
          </option>
        ))}
      </SelectField>
      {aggregation === 'SHARE_OF_UNITS_MEETING' && (
        <TextField form={form} name="unitThreshold" label={t('target.unitThreshold')} required inputMode="decimal" hint={t('target.unitThresholdHint')} />
      )}
      <TextField
        form={form}
        name="threshold"
        label={isPercentageRule(aggregation) ? `${t('target.threshold')} (%)` : t('target.threshold')}
        required
        inputMode="decimal"
        hint={isPercentageRule(aggregation) ? t('target.thresholdHint') : undefined}
      />
      <SelectField form={form} name="timing" label={t('target.timing')} required>
        {TARGET_TIMINGS.map((timingOption) => (
          <option key={timingOption} value={timingOption}>
            {t(`timingOption.${timingOption}`)}
          </option>
        ))}
      </SelectField>
      {timing === 'BY_YEAR' && (
        <SelectField form={form} name="dueYear" label={t('target.dueYear')} required>
          <option value="">—</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      )}
    </FormDialog>
  );
}
