import { useFieldArray, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { SelectField, TextField, TextareaField, errorOf } from '@/components/ui/form';
import { useDialogForm } from '@/hooks/use-dialog-form';
import { AGGREGATIONS, TARGET_TIMINGS, type Aggregation, type Indicator, type OrgUnit, type Plan, type Target, type TargetInput, type TargetTiming } from '@/lib/api';
import { formRules } from '@/lib/form-rules';
import { formatForInput, parseNumber } from '@/i18n/format';
import { useI18n, type I18n } from '@/i18n/i18n';
import { useSaveTarget } from '../api/save-target';
import { changedFields } from '../utils/definition-change';
import { isPercentageRule } from '@/utils/describe-target';
import {
  TARGET_DIRECTIONS, TARGET_MEASURES, needsBaseline, targetSentence, type TargetDirection, type TargetMeasure,
} from '@/utils/target-sentence';

function schema(i18n: Pick<I18n, 't' | 'lang'>) {
  const { t, lang } = i18n;
  const { code, text } = formRules(i18n);
  const figure = z.string().refine((s) => s.trim() === '' || (parseNumber(s, lang) ?? -1) >= 0, t('validation.notANumber'));
  // A change or growth may be negative ("giảm 10%" is −10); its lowest value depends on the measure, below.
  const signed = z.string().refine((s) => s.trim() === '' || parseNumber(s, lang) !== null, t('validation.notANumber'));
  return z
    .object({
      code: code(),
      indicatorCode: z.string().min(1, t('validation.required')),
      statementVi: text(1000),
      statementEn: text(1000),
      aggregation: z.enum(AGGREGATIONS as [Aggregation, ...Aggregation[]]),
      unitThreshold: figure,
      threshold: signed.refine((s) => s.trim() !== '', t('validation.required')),
      direction: z.enum(TARGET_DIRECTIONS as [TargetDirection, ...TargetDirection[]]),
      thresholdHigh: signed,
      measure: z.enum(TARGET_MEASURES as [TargetMeasure, ...TargetMeasure[]]),
      baseline: z.object({ year: z.string(), value: figure }),
      milestones: z.array(z.object({ year: z.string(), threshold: figure, thresholdHigh: figure })),
      allocations: z.array(z.object({ orgUnitCode: z.string(), year: z.string(), threshold: figure, thresholdHigh: figure })),
      timing: z.enum(TARGET_TIMINGS as [TargetTiming, ...TargetTiming[]]),
      dueYear: z.string(),
      sortOrder: z.string().refine((s) => s.trim() === '' || /^\d+$/.test(s.trim()), t('validation.wholeNumber')),
      reason: z.string().max(1000, t('validation.tooLong', { max: 1000 })),
    })
    .superRefine((v, ctx) => {
      if (v.aggregation === 'SHARE_OF_UNITS_MEETING' && v.unitThreshold.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['unitThreshold'], message: t('validation.required') });
      }
      const percent = isPercentageRule(v.aggregation) && (v.measure === 'LEVEL' || v.measure === 'CUMULATIVE');
      const between = v.direction === 'BETWEEN';
      const over100 = (path: (string | number)[], raw: string) => {
        if (percent && (parseNumber(raw, lang) ?? 0) > 100) ctx.addIssue({ code: 'custom', path, message: t('validation.range', { min: 0, max: 100 }) });
      };
      // As the API: a level or running sum is never below 0, a change or growth in percent never below −100.
      const min = v.measure === 'LEVEL' || v.measure === 'CUMULATIVE' ? 0 : v.measure === 'CHANGE_ABSOLUTE' ? null : -100;
      const atLeastMin = (path: (string | number)[], raw: string) => {
        const n = parseNumber(raw, lang);
        if (min !== null && n !== null && n < min) ctx.addIssue({ code: 'custom', path, message: t('validation.atLeast', { min }) });
      };
      atLeastMin(['threshold'], v.threshold);
      if (between) atLeastMin(['thresholdHigh'], v.thresholdHigh);
      over100(['threshold'], v.threshold);
      if (between) {
        if (v.thresholdHigh.trim() === '') ctx.addIssue({ code: 'custom', path: ['thresholdHigh'], message: t('validation.required') });
        over100(['thresholdHigh'], v.thresholdHigh);
      }
      if (needsBaseline(v.measure) && !/^\d{4}$/.test(v.baseline.year.trim())) {
        ctx.addIssue({ code: 'custom', path: ['baseline', 'year'], message: t('validation.required') });
      }
      v.milestones.forEach((m, i) => {
        if (m.year === '') ctx.addIssue({ code: 'custom', path: ['milestones', i, 'year'], message: t('validation.required') });
        if (m.threshold.trim() === '') ctx.addIssue({ code: 'custom', path: ['milestones', i, 'threshold'], message: t('validation.required') });
        over100(['milestones', i, 'threshold'], m.threshold);
        if (between && m.thresholdHigh.trim() === '') ctx.addIssue({ code: 'custom', path: ['milestones', i, 'thresholdHigh'], message: t('validation.required') });
        if (between) over100(['milestones', i, 'thresholdHigh'], m.thresholdHigh);
      });
      v.allocations.forEach((a, i) => {
        if (a.orgUnitCode === '') ctx.addIssue({ code: 'custom', path: ['allocations', i, 'orgUnitCode'], message: t('validation.required') });
        if (a.threshold.trim() === '') ctx.addIssue({ code: 'custom', path: ['allocations', i, 'threshold'], message: t('validation.required') });
        if (between && a.thresholdHigh.trim() === '') ctx.addIssue({ code: 'custom', path: ['allocations', i, 'thresholdHigh'], message: t('validation.required') });
      });
      if (v.timing === 'BY_YEAR' && v.dueYear === '') ctx.addIssue({ code: 'custom', path: ['dueYear'], message: t('validation.required') });
    });
}

type Values = z.infer<ReturnType<typeof schema>>;

export function TargetForm({
  plan, indicators, units, editing, onClose,
}: { plan: Plan; indicators: readonly Indicator[]; units: readonly OrgUnit[]; editing?: Target; onClose: (saved?: Target) => void }) {
  const i18n = useI18n();
  const { t, pick, lang } = i18n;
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
      direction: editing?.direction ?? 'AT_LEAST',
      thresholdHigh: formatForInput(editing?.thresholdHigh ?? null, lang),
      measure: editing?.measure ?? 'LEVEL',
      baseline: { year: editing?.baseline?.year ? String(editing.baseline.year) : '', value: formatForInput(editing?.baseline?.value ?? null, lang) },
      milestones: (editing?.milestones ?? []).map((m) => ({
        year: String(m.year),
        threshold: formatForInput(m.threshold, lang),
        thresholdHigh: formatForInput(m.thresholdHigh ?? null, lang),
      })),
      allocations: (editing?.allocations ?? []).map((a) => ({
        orgUnitCode: a.orgUnitCode,
        year: a.year === null || a.year === undefined ? '' : String(a.year),
        threshold: formatForInput(a.threshold, lang),
        thresholdHigh: formatForInput(a.thresholdHigh ?? null, lang),
      })),
      timing: editing?.timing ?? 'EVERY_YEAR',
      dueYear: editing?.dueYear ? String(editing.dueYear) : '',
      sortOrder: editing ? String(editing.sortOrder) : '',
      reason: '',
    },
    save: (v: Values) => save.mutateAsync({ input: toInput(v), existing: editing }),
    mutation: save,
    onClose,
  });
  /** The API input of the form's values: what is saved, and what the reason check compares. */
  function toInput(v: Values): TargetInput {
    const input: TargetInput = {
      code: v.code,
      planCode: plan.code,
      indicatorCode: v.indicatorCode,
      statementVi: v.statementVi,
      statementEn: v.statementEn,
      aggregation: v.aggregation,
      unitThreshold: v.aggregation === 'SHARE_OF_UNITS_MEETING' ? parseNumber(v.unitThreshold, lang) : null,
      threshold: parseNumber(v.threshold, lang) ?? 0,
      direction: v.direction,
      thresholdHigh: v.direction === 'BETWEEN' ? parseNumber(v.thresholdHigh, lang) : null,
      measure: v.measure,
      baseline: needsBaseline(v.measure) ? { year: Number(v.baseline.year), value: parseNumber(v.baseline.value, lang) } : null,
      timing: v.timing,
      dueYear: v.timing === 'BY_YEAR' ? Number(v.dueYear) : null,
      // Milestones only apply to a level due by a year; sending none elsewhere clears stale ones.
      milestones:
        v.timing === 'BY_YEAR' && v.measure === 'LEVEL'
          ? v.milestones.map((m) => ({
              year: Number(m.year),
              threshold: parseNumber(m.threshold, lang) ?? 0,
              thresholdHigh: v.direction === 'BETWEEN' ? parseNumber(m.thresholdHigh, lang) : null,
            }))
          : [],
      // Allocations (K11) only apply to a level; sending none elsewhere clears stale ones.
      allocations:
        v.measure === 'LEVEL'
          ? v.allocations.map((a) => ({
              orgUnitCode: a.orgUnitCode,
              year: a.year === '' ? null : Number(a.year),
              threshold: parseNumber(a.threshold, lang) ?? 0,
              thresholdHigh: v.direction === 'BETWEEN' ? parseNumber(a.thresholdHigh, lang) : null,
            }))
          : [],
      sortOrder: v.sortOrder.trim() === '' ? null : Number(v.sortOrder),
      reason: v.reason.trim() === '' ? null : v.reason,
    };
    return input;
  }
  const [aggregation, timing, direction, measure] = useWatch({ control: form.control, name: ['aggregation', 'timing', 'direction', 'measure'] });
  const watched = useWatch({ control: form.control });
  const milestones = useFieldArray({ control: form.control, name: 'milestones' });
  const allocations = useFieldArray({ control: form.control, name: 'allocations' });
  const indicator = indicators.find((i) => i.code === watched.indicatorCode);
  // Only units that report the indicator can be given an allocation (the server refuses the others).
  const reportingUnits = indicator
    ? units.filter(
        (u) => u.active && indicator.reportingUnitTypes.includes(u.type) && (indicator.reportingUnitCodes.length === 0 || indicator.reportingUnitCodes.includes(u.code)),
      )
    : [];
  const allocationsApply = measure === 'LEVEL';
  const allocatedUnits = allocationsApply ? new Set((watched.allocations ?? []).map((a) => a.orgUnitCode).filter((c) => c)).size : 0;
  const years = Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i);
  const between = direction === 'BETWEEN';
  const percent = isPercentageRule(aggregation) && measure === 'LEVEL';
  const withPercent = (label: string) => (percent || measure === 'CHANGE_PERCENT' || measure === 'AVERAGE_GROWTH' ? `${label} (%)` : label);
  const milestonesApply = timing === 'BY_YEAR' && measure === 'LEVEL';
  const num = (raw: string | undefined) => (raw === undefined || raw.trim() === '' ? null : parseNumber(raw, lang));
  const yearOf = (raw: string | undefined) => (raw && /^\d{4}$/.test(raw.trim()) ? Number(raw) : null);
  const sentence = targetSentence(
    {
      direction,
      measure,
      percent,
      threshold: num(watched.threshold),
      thresholdHigh: num(watched.thresholdHigh),
      timing,
      dueYear: yearOf(watched.dueYear),
      firstYear: plan.firstYear,
      baselineYear: yearOf(watched.baseline?.year),
      milestones: milestonesApply
        ? (watched.milestones ?? []).map((m) => ({ year: yearOf(m.year), threshold: num(m.threshold), thresholdHigh: num(m.thresholdHigh) }))
        : [],
      allocatedUnits,
    },
    i18n,
  );
  const milestonesError = errorOf(form, 'milestones');
  const allocationsError = errorOf(form, 'allocations');
  // Asked for only when the definition changes, as the API does (a missing reason comes back under the field).
  const changed = editing ? changedFields(editing, toInput(form.getValues())) : [];

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
      <SelectField form={form} name="direction" label={t('target.direction')} required>
        {TARGET_DIRECTIONS.map((d) => (
          <option key={d} value={d}>
            {t(`targetDirection.${d}`)}
          </option>
        ))}
      </SelectField>
      <SelectField form={form} name="measure" label={t('target.measure')} required hint={t('target.measureHint')}>
        {TARGET_MEASURES.map((m) => (
          <option key={m} value={m}>
            {t(`targetMeasure.${m}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        form={form}
        name="threshold"
        label={withPercent(between ? t('target.thresholdLow') : t('target.threshold'))}
        required
        inputMode="decimal"
        hint={percent ? t('target.thresholdHint') : undefined}
      />
      {between && <TextField form={form} name="thresholdHigh" label={withPercent(t('target.thresholdHigh'))} required inputMode="decimal" />}
      {needsBaseline(measure) && (
        <>
          <TextField form={form} name="baseline.year" label={t('target.baselineYear')} required inputMode="numeric" />
          <TextField form={form} name="baseline.value" label={t('target.baselineValue')} inputMode="decimal" hint={t('target.baselineValueHint')} />
        </>
      )}
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
      {milestonesApply && (
        <fieldset className="span-all" aria-describedby="target-milestones-hint">
          <legend className="field__label">{t('target.milestones')}</legend>
          <p id="target-milestones-hint" className="muted small">
            {t('target.milestonesHint')}
          </p>
          {milestones.fields.map((field, i) => (
            <div key={field.id} className="form-grid" style={{ gridTemplateColumns: between ? '1fr 1fr 1fr auto' : '1fr 1fr auto', alignItems: 'end' }}>
              <SelectField form={form} name={`milestones.${i}.year`} label={t('target.milestoneYear')} required>
                <option value="">—</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </SelectField>
              <TextField form={form} name={`milestones.${i}.threshold`} label={withPercent(t('target.milestoneThreshold'))} required inputMode="decimal" />
              {between && (
                <TextField form={form} name={`milestones.${i}.thresholdHigh`} label={withPercent(t('target.milestoneThresholdHigh'))} required inputMode="decimal" />
              )}
              <Button variant="ghost" size="small" onClick={() => milestones.remove(i)}>
                {t('target.removeMilestone', { year: watched.milestones?.[i]?.year || '—' })}
              </Button>
            </div>
          ))}
          {milestonesError && <span className="field__error">{milestonesError}</span>}
          <Button size="small" onClick={() => milestones.append({ year: '', threshold: '', thresholdHigh: '' })}>
            {t('target.addMilestone')}
          </Button>
        </fieldset>
      )}
      {allocationsApply && (
        <fieldset className="span-all" aria-describedby="target-allocations-hint" data-testid="allocations">
          <legend className="field__label">{t('target.allocations')}</legend>
          <p id="target-allocations-hint" className="muted small">
            {indicator ? t('target.allocationsHint') : t('target.allocationsNeedIndicator')}
          </p>
          {allocations.fields.map((field, i) => (
            <div key={field.id} className="form-grid" style={{ gridTemplateColumns: between ? '2fr 1fr 1fr 1fr auto' : '2fr 1fr 1fr auto', alignItems: 'end' }}>
              <SelectField form={form} name={`allocations.${i}.orgUnitCode`} label={t('target.allocationUnit')} required>
                <option value="">—</option>
                {reportingUnits.map((u) => (
                  <option key={u.code} value={u.code}>
                    {pick(u.nameVi, u.nameEn)} ({u.code})
                  </option>
                ))}
              </SelectField>
              <SelectField form={form} name={`allocations.${i}.year`} label={t('target.allocationYear')}>
                <option value="">{t('target.allocationAllYears')}</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </SelectField>
              <TextField form={form} name={`allocations.${i}.threshold`} label={withPercent(t('target.allocationThreshold'))} required inputMode="decimal" />
              {between && (
                <TextField form={form} name={`allocations.${i}.thresholdHigh`} label={withPercent(t('target.allocationThresholdHigh'))} required inputMode="decimal" />
              )}
              <Button variant="ghost" size="small" onClick={() => allocations.remove(i)}>
                {t('target.removeAllocation', { unit: watched.allocations?.[i]?.orgUnitCode || '—' })}
              </Button>
            </div>
          ))}
          {allocationsError && <span className="field__error">{allocationsError}</span>}
          <Button size="small" onClick={() => allocations.append({ orgUnitCode: '', year: '', threshold: '', thresholdHigh: '' })}>
            {t('target.addAllocation')}
          </Button>
        </fieldset>
      )}
      {changed.length > 0 && (
        <TextareaField
          form={form}
          name="reason"
          label={t('target.reason')}
          required
          className="span-all"
          rows={2}
          hint={t('target.reasonHint', { fields: changed.map((f) => t(`revision.field.${f}`).toLowerCase()).join(', ') })}
        />
      )}
      <div className="span-all" role="status" aria-live="polite">
        <span className="field__label">{t('sentence.label')}</span>
        <p className={sentence ? undefined : 'muted small'}>{sentence ?? t('sentence.incomplete')}</p>
      </div>
    </FormDialog>
  );
}
