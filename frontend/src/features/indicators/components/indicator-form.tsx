import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { CheckboxField, SelectField, TextField, errorOf } from '@/components/ui/form';
import { FormDialog } from '@/components/ui/form-dialog';
import { useDialogForm } from '@/hooks/use-dialog-form';
import { withoutIndex } from '@/hooks/use-server-errors';
import { PERIOD_TYPES, VALUE_KINDS, type Indicator, type IndicatorInput, type OrgUnit, type PeriodType, type ValueKind } from '@/lib/api';
import { CODE_PATTERN, formRules } from '@/lib/form-rules';
import { formatForInput, parseNumber } from '@/i18n/format';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { useI18n, type I18n } from '@/i18n/i18n';
import { useSaveIndicator } from '../api/save-indicator';

const OPERATORS = ['RATIO', 'SUM', 'DIFFERENCE', 'SCALE'] as const;
const ROLL_UPS = ['FLOW', 'STOCK', 'RATIO'] as const;

function schema(i18n: Pick<I18n, 't' | 'lang'>) {
  const { t, lang } = i18n;
  const { code, text, optionalText: optional } = formRules(i18n);
  return z
    .object({
      code: code(),
      nameVi: text(300),
      nameEn: text(300),
      unitVi: text(50),
      unitEn: text(50),
      periodType: z.enum(PERIOD_TYPES as [PeriodType, ...PeriodType[]]),
      valueKind: z.enum(VALUE_KINDS as [ValueKind, ...ValueKind[]]),
      itemsRequired: z.boolean(),
      itemFlagVi: optional(200),
      itemFlagEn: optional(200),
      numeratorCode: z.string().trim(),
      numeratorVi: optional(300),
      numeratorEn: optional(300),
      denominatorCode: z.string().trim(),
      denominatorVi: optional(300),
      denominatorEn: optional(300),
      reportingUnitTypes: z.array(z.string()),
      derived: z.boolean(),
      formula: z.object({ operator: z.enum(OPERATORS), a: z.string(), b: z.string(), factor: z.string() }),
      periodRollUp: z.enum(['', ...ROLL_UPS]),
      reportingUnitCodes: z.array(z.string()),
      active: z.boolean(),
    })
    .superRefine((v, ctx) => {
      // The same rules as the API, so most mistakes are shown before saving.
      if (v.derived) {
        if (v.formula.a === '') ctx.addIssue({ code: 'custom', path: ['formula', 'a'], message: t('validation.required') });
        if (v.formula.operator !== 'SCALE' && v.formula.b === '') ctx.addIssue({ code: 'custom', path: ['formula', 'b'], message: t('validation.required') });
        if (v.formula.operator === 'SCALE' && !parseNumber(v.formula.factor, lang)) {
          ctx.addIssue({ code: 'custom', path: ['formula', 'factor'], message: t('validation.notANumber') });
        }
        return;
      }
      if (v.reportingUnitTypes.length === 0) ctx.addIssue({ code: 'custom', path: ['reportingUnitTypes'], message: t('validation.atLeastOne') });
      if (v.valueKind === 'RATIO') {
        for (const field of ['numeratorCode', 'numeratorVi', 'numeratorEn', 'denominatorCode', 'denominatorVi', 'denominatorEn'] as const) {
          if (v[field] === '') ctx.addIssue({ code: 'custom', path: [field], message: t('validation.required') });
        }
        for (const field of ['numeratorCode', 'denominatorCode'] as const) {
          if (v[field] !== '' && !CODE_PATTERN.test(v[field])) ctx.addIssue({ code: 'custom', path: [field], message: t('validation.codeFormat') });
        }
      }
      if (v.valueKind === 'COUNT' && v.itemsRequired && (v.itemFlagVi === '') !== (v.itemFlagEn === '')) {
        ctx.addIssue({ code: 'custom', path: [v.itemFlagVi === '' ? 'itemFlagVi' : 'itemFlagEn'], message: t('validation.required') });
      }
    });
}

type Values = z.infer<ReturnType<typeof schema>>;

/** Only the fields that apply to the kind of value are sent; the others are cleared. */
function toInput(v: Values, planCode: string, lang: I18n['lang']): IndicatorInput {
  const orNull = (s: string) => (s === '' ? null : s);
  if (v.derived) {
    // Nobody reports a derived indicator: its kind follows from the formula, and no one is asked for it.
    const scale = v.formula.operator === 'SCALE';
    return {
      code: v.code, planCode, nameVi: v.nameVi, nameEn: v.nameEn, unitVi: v.unitVi, unitEn: v.unitEn, periodType: v.periodType,
      itemsRequired: false, reportingUnitTypes: [], reportingUnitCodes: [], active: v.active, periodRollUp: null,
      formula: { operator: v.formula.operator, a: v.formula.a, b: scale ? null : v.formula.b, factor: scale ? parseNumber(v.formula.factor, lang) : null },
    };
  }
  const ratio = v.valueKind === 'RATIO';
  const items = v.valueKind === 'COUNT' && v.itemsRequired;
  return {
    formula: null,
    periodRollUp: v.periodType === 'YEARLY' || v.periodRollUp === '' ? null : v.periodRollUp,
    code: v.code,
    planCode,
    nameVi: v.nameVi,
    nameEn: v.nameEn,
    unitVi: v.unitVi,
    unitEn: v.unitEn,
    periodType: v.periodType,
    valueKind: v.valueKind,
    itemsRequired: items,
    itemFlagVi: items ? orNull(v.itemFlagVi) : null,
    itemFlagEn: items ? orNull(v.itemFlagEn) : null,
    numeratorCode: ratio ? v.numeratorCode : null,
    numeratorVi: ratio ? v.numeratorVi : null,
    numeratorEn: ratio ? v.numeratorEn : null,
    denominatorCode: ratio ? v.denominatorCode : null,
    denominatorVi: ratio ? v.denominatorVi : null,
    denominatorEn: ratio ? v.denominatorEn : null,
    reportingUnitTypes: v.reportingUnitTypes,
    reportingUnitCodes: v.reportingUnitCodes,
    active: v.active,
  };
}

export function IndicatorForm({
  planCode, units, indicators, editing, onClose,
}: {
  planCode: string;
  units: readonly OrgUnit[];
  /** The plan's indicators: the operands a derived one may use. */
  indicators: readonly Indicator[];
  editing?: Indicator;
  onClose: (saved?: Indicator) => void;
}) {
  const { t, pick, lang } = useI18n();
  const types = useUnitTypes();
  const save = useSaveIndicator();
  const { form, dialog } = useDialogForm({
    schema,
    mapField: withoutIndex,
    defaultValues: {
      code: editing?.code ?? '',
      nameVi: editing?.nameVi ?? '',
      nameEn: editing?.nameEn ?? '',
      unitVi: editing?.unitVi ?? '',
      unitEn: editing?.unitEn ?? '',
      periodType: editing?.periodType ?? 'YEARLY',
      valueKind: editing?.valueKind ?? 'COUNT',
      itemsRequired: editing?.itemsRequired ?? false,
      itemFlagVi: editing?.itemFlagVi ?? '',
      itemFlagEn: editing?.itemFlagEn ?? '',
      numeratorCode: editing?.numeratorCode ?? '',
      numeratorVi: editing?.numeratorVi ?? '',
      numeratorEn: editing?.numeratorEn ?? '',
      denominatorCode: editing?.denominatorCode ?? '',
      denominatorVi: editing?.denominatorVi ?? '',
      denominatorEn: editing?.denominatorEn ?? '',
      reportingUnitTypes: editing?.reportingUnitTypes ?? ['WARD'],
      reportingUnitCodes: editing?.reportingUnitCodes ?? [],
      active: editing?.active ?? true,
      derived: !!editing?.formula,
      formula: {
        operator: editing?.formula?.operator ?? 'RATIO',
        a: editing?.formula?.a ?? '',
        b: editing?.formula?.b ?? '',
        factor: editing?.formula?.factor == null ? '' : formatForInput(editing.formula.factor, lang),
      },
      periodRollUp: editing?.periodRollUp ?? '',
    },
    save: (values: Values) => {
      // Units ticked under a type that was unticked afterwards are dropped, not sent.
      const allowed = new Set(units.filter((u) => values.reportingUnitTypes.includes(u.type)).map((u) => u.code));
      const input = toInput({ ...values, reportingUnitCodes: values.reportingUnitCodes.filter((c) => allowed.has(c)) }, planCode, lang);
      return save.mutateAsync({ input, existing: editing });
    },
    mutation: save,
    onClose,
  });
  const [valueKind, itemsRequired, unitTypes, derived, operator, periodType] = useWatch({
    control: form.control,
    name: ['valueKind', 'itemsRequired', 'reportingUnitTypes', 'derived', 'formula.operator', 'periodType'],
  });
  const operands = indicators.filter((i) => i.code !== editing?.code);
  const candidates = units.filter((u) => unitTypes.includes(u.type));

  return (
    <FormDialog
      id="indicator-form"
      title={editing ? t('admin.editTitle', { name: editing.code }) : t('admin.createTitle', { what: t('indicator.what') })}
      {...dialog}
    >
      <TextField form={form} name="code" label={t('common.code')} required readOnly={!!editing} />
      {derived ? (
        <span />
      ) : (
        <SelectField form={form} name="valueKind" label={t('indicator.valueKind')} required>
          {VALUE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`valueKind.${k}`)}
            </option>
          ))}
        </SelectField>
      )}
      <TextField form={form} name="nameVi" label={t('common.nameVi')} required lang="vi" className="span-all" />
      <TextField form={form} name="nameEn" label={t('common.nameEn')} required lang="en" className="span-all" />
      <TextField form={form} name="unitVi" label={t('indicator.unitVi')} required lang="vi" />
      <TextField form={form} name="unitEn" label={t('indicator.unitEn')} required lang="en" />
      <SelectField form={form} name="periodType" label={t('indicator.periodType')} required>
        {PERIOD_TYPES.map((p) => (
          <option key={p} value={p}>
            {t(`periodType.${p}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxField form={form} name="active" label={t('common.active')} className="field" />
      {!derived && periodType !== 'YEARLY' && (
        <SelectField form={form} name="periodRollUp" label={t('indicator.periodRollUp')} hint={t('indicator.periodRollUpHint')} className="span-all">
          <option value="">{t('indicator.rollUpNone')}</option>
          {ROLL_UPS.map((r) => (
            <option key={r} value={r}>
              {t(`indicator.rollUp.${r}`)}
            </option>
          ))}
        </SelectField>
      )}
      <CheckboxField form={form} name="derived" label={t('indicator.derived')} className="span-all" />
      {derived && (
        <fieldset className="span-all form-grid form-grid--2">
          <legend className="field__label">{t('indicator.formula')}</legend>
          <SelectField form={form} name="formula.operator" label={t('indicator.operator')} required className="span-all">
            {OPERATORS.map((o) => (
              <option key={o} value={o}>
                {t(`indicator.operatorOption.${o}`)}
              </option>
            ))}
          </SelectField>
          <SelectField form={form} name="formula.a" label={t('indicator.operandA')} required>
            <option value="">—</option>
            {operands.map((i) => (
              <option key={i.code} value={i.code}>
                {pick(i.nameVi, i.nameEn)} ({i.code})
              </option>
            ))}
          </SelectField>
          {operator === 'SCALE' ? (
            <TextField form={form} name="formula.factor" label={t('indicator.factor')} required inputMode="decimal" />
          ) : (
            <SelectField form={form} name="formula.b" label={t('indicator.operandB')} required>
              <option value="">—</option>
              {operands.map((i) => (
                <option key={i.code} value={i.code}>
                  {pick(i.nameVi, i.nameEn)} ({i.code})
                </option>
              ))}
            </SelectField>
          )}
        </fieldset>
      )}

      {!derived && valueKind === 'RATIO' &&
        (['numerator', 'denominator'] as const).map((part) => (
          <fieldset key={part} className="span-all form-grid" style={{ gridTemplateColumns: 'minmax(120px, 1fr) 2fr 2fr' }}>
            <legend className="field__label" style={{ marginBottom: 4 }}>{t(`indicator.${part}`)}</legend>
            <TextField form={form} name={`${part}Code`} label={t('indicator.partCode')} required />
            <TextField form={form} name={`${part}Vi`} label={t('indicator.partVi')} required lang="vi" />
            <TextField form={form} name={`${part}En`} label={t('indicator.partEn')} required lang="en" />
          </fieldset>
        ))}

      {!derived && valueKind === 'COUNT' && <CheckboxField form={form} name="itemsRequired" label={t('indicator.itemsRequired')} className="span-all" />}
      {!derived && valueKind === 'COUNT' && itemsRequired && (
        <>
          <TextField form={form} name="itemFlagVi" label={t('indicator.itemFlagVi')} lang="vi" hint={t('indicator.itemFlagHint')} />
          <TextField form={form} name="itemFlagEn" label={t('indicator.itemFlagEn')} lang="en" />
        </>
      )}

      {!derived && (
        <>
          <fieldset className="span-all">
            <legend className="field__label">{t('indicator.reportingUnitTypes')}</legend>
            <div className="check-list">
              {(types.data ?? []).map((type) => (
                <label key={type.code} className="checkbox">
                  <input type="checkbox" value={type.code} {...form.register('reportingUnitTypes')} />
                  {pick(type.nameVi, type.nameEn)}
                </label>
              ))}
            </div>
            {errorOf(form, 'reportingUnitTypes') && <span className="field__error">{errorOf(form, 'reportingUnitTypes')}</span>}
          </fieldset>
          <fieldset className="span-all">
            <legend className="field__label">{t('indicator.reportingUnitCodes')}</legend>
            <div className="check-box-scroll">
              {candidates.map((u) => (
                <label key={u.code} className="checkbox">
                  <input type="checkbox" value={u.code} {...form.register('reportingUnitCodes')} />
                  {pick(u.nameVi, u.nameEn)} <span className="combo__code">{u.code}</span>
                </label>
              ))}
            </div>
            {errorOf(form, 'reportingUnitCodes') && <span className="field__error">{errorOf(form, 'reportingUnitCodes')}</span>}
          </fieldset>
        </>
      )}
    </FormDialog>
  );
}
