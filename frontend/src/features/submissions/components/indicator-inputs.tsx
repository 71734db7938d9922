import { useEffect, useId, useRef } from 'react';
import { get, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, FieldError } from '@/components/ui/field';
import type { Indicator, SubmissionValue } from '@/lib/api';
import { parseNumber, ratioPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n';
import { syncedCount, type EntryFormValues } from '../utils/entry-form';
import { PaperclipButton } from './attachments-panel';
import { PreviousValue } from './previous-value';

export interface IndicatorInputsProps {
  form: UseFormReturn<EntryFormValues>;
  index: number;
  indicator: Indicator;
  previous: SubmissionValue | undefined;
  previousYear: string;
  targetCodes: readonly string[];
  readOnly: boolean;
  /** Attaches a file to this value (the paperclip); absent when files cannot be added. */
  onAttach?: () => void;
}

function errorAt(form: UseFormReturn<EntryFormValues>, path: string): string | undefined {
  const error = get(form.formState.errors, path) as { message?: string } | undefined;
  return error?.message;
}

/** One indicator of the report: its name and the inputs its kind of value needs. */
export function IndicatorInputs({ form, index, indicator, previous, previousYear, targetCodes, readOnly, onAttach }: IndicatorInputsProps) {
  const { t, pick } = useI18n();
  const headingId = useId();
  const at = `values.${index}` as const;
  const wholeError = errorAt(form, at);
  // An error about the indicator as a whole (e.g. "no value" when submitting) goes once it is edited.
  const draft = useWatch({ control: form.control, name: at });
  const firstDraft = useRef(draft);
  useEffect(() => {
    if (draft !== firstDraft.current && get(form.formState.errors, `${at}.message`)) form.clearErrors(at);
    firstDraft.current = draft;
  }, [draft, at, form]);
  return (
    <section className="indicator" aria-labelledby={headingId} data-indicator={indicator.code}>
      <div className="indicator__head">
        <h3 className="indicator__name" id={headingId}>
          {pick(indicator.nameVi, indicator.nameEn)}
        </h3>
        <div className="indicator__meta">
          {targetCodes.map((code) => (
            <Badge key={code} tone="code">
              {code}
            </Badge>
          ))}
          <Badge>{t(`valueKind.${indicator.valueKind}`)}</Badge>
          <span>{t('entry.indicatorUnit', { unit: pick(indicator.unitVi, indicator.unitEn) })}</span>
          <span className="combo__code">{indicator.code}</span>
          {onAttach && (
            <PaperclipButton label={t('attachments.attachTo', { name: pick(indicator.nameVi, indicator.nameEn) })} onClick={onAttach} />
          )}
        </div>
      </div>
      <div className="indicator__inputs">
        <PreviousValue indicator={indicator} value={previous} year={previousYear} />
        {indicator.valueKind === 'RATIO' && <RatioInputs form={form} index={index} indicator={indicator} readOnly={readOnly} />}
        {indicator.valueKind === 'BOOLEAN' && <YesNoInput form={form} index={index} indicator={indicator} readOnly={readOnly} />}
        {(indicator.valueKind === 'NUMBER' || indicator.valueKind === 'COUNT') && (
          <NumberInput form={form} index={index} indicator={indicator} readOnly={readOnly} />
        )}
        {indicator.valueKind === 'COUNT' && indicator.itemsRequired && (
          <ItemsInput form={form} index={index} indicator={indicator} readOnly={readOnly} />
        )}
        <FieldError message={wholeError} />
      </div>
    </section>
  );
}

type PartProps = Omit<IndicatorInputsProps, 'previous' | 'previousYear' | 'targetCodes'>;

function RatioInputs({ form, index, indicator, readOnly }: PartProps) {
  const { t, pick, lang, percent } = useI18n();
  const [numerator, denominator] = useWatch({ control: form.control, name: [`values.${index}.numerator`, `values.${index}.denominator`] });
  const n = parseNumber(numerator ?? '', lang);
  const d = parseNumber(denominator ?? '', lang);
  const share = n !== null && d !== null ? ratioPercent(n, d) : null;
  const shareId = useId();
  return (
    <div className="ratio">
      <Field label={pick(indicator.numeratorVi, indicator.numeratorEn) || t('entry.numerator')} error={errorAt(form, `values.${index}.numerator`)}>
        {(control) => (
          <input
            {...control}
            {...form.register(`values.${index}.numerator`)}
            className="input input--num"
            inputMode="decimal"
            autoComplete="off"
            readOnly={readOnly}
            aria-describedby={[control['aria-describedby'], shareId].filter(Boolean).join(' ')}
          />
        )}
      </Field>
      <Field label={pick(indicator.denominatorVi, indicator.denominatorEn) || t('entry.denominator')} error={errorAt(form, `values.${index}.denominator`)}>
        {(control) => (
          <input
            {...control}
            {...form.register(`values.${index}.denominator`)}
            className="input input--num"
            inputMode="decimal"
            autoComplete="off"
            readOnly={readOnly}
          />
        )}
      </Field>
      <output className="ratio__percent" id={shareId} aria-label={t('entry.percent')}>
        <span className="visually-hidden">{t('entry.percent')}: </span>
        {share === null ? t('entry.percentNone') : percent(share)}
      </output>
    </div>
  );
}

function YesNoInput({ form, index, indicator, readOnly }: PartProps) {
  const { t, pick } = useI18n();
  const answer = useWatch({ control: form.control, name: `values.${index}.answer` });
  const name = `values.${index}.answer` as const;
  return (
    <fieldset>
      <legend className="visually-hidden">{pick(indicator.nameVi, indicator.nameEn)}</legend>
      <div className="radio-row">
        <label className="radio">
          <input type="radio" value="yes" {...form.register(name)} disabled={readOnly} />
          {t('entry.answerYes')}
        </label>
        <label className="radio">
          <input type="radio" value="no" {...form.register(name)} disabled={readOnly} />
          {t('entry.answerNo')}
        </label>
        {answer !== '' && !readOnly && (
          <Button variant="ghost" size="small" onClick={() => form.setValue(name, '', { shouldDirty: true })}>
            {t('entry.answerClear')}
          </Button>
        )}
      </div>
    </fieldset>
  );
}

function NumberInput({ form, index, indicator, readOnly }: PartProps) {
  const { t, pick } = useI18n();
  const label = indicator.valueKind === 'COUNT' ? t('entry.count') : t('entry.number');
  return (
    <div className="count-line">
      <Field
        label={`${label} (${pick(indicator.unitVi, indicator.unitEn)})`}
        error={errorAt(form, `values.${index}.number`)}
        hint={indicator.itemsRequired ? t('entry.itemsHint') : undefined}
      >
        {(control) => (
          <input
            {...control}
            {...form.register(`values.${index}.number`)}
            className="input input--num"
            inputMode={indicator.valueKind === 'COUNT' ? 'numeric' : 'decimal'}
            autoComplete="off"
            readOnly={readOnly}
          />
        )}
      </Field>
    </div>
  );
}

function ItemsInput({ form, index, indicator, readOnly }: PartProps) {
  const { t, pick } = useI18n();
  const items = useFieldArray({ control: form.control, name: `values.${index}.items` });
  const flagLabel = pick(indicator.itemFlagVi, indicator.itemFlagEn);
  const listId = useId();

  // The count follows the list while the two agree; a count the user typed differently is kept
  // (and flagged by the validator) rather than silently overwritten.
  const resync = (before: number, after: number) => {
    const path = `values.${index}.number` as const;
    const next = syncedCount(form.getValues(path), before, after);
    if (next !== form.getValues(path)) form.setValue(path, next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };

  return (
    <div className="items">
      <span className="field__label" id={listId}>
        {t('entry.items')}
      </span>
      {items.fields.length === 0 && <span className="muted small">{t('entry.itemsNone')}</span>}
      <ol className="items" aria-labelledby={listId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.fields.map((field, j) => {
          const nameError = errorAt(form, `values.${index}.items.${j}.name`);
          const inputId = `${listId}-item-${j}`;
          return (
            <li key={field.id} className="item-row">
              <label htmlFor={inputId} className="visually-hidden">
                {t('entry.itemName', { n: j + 1 })}
              </label>
              <input
                id={inputId}
                {...form.register(`values.${index}.items.${j}.name`)}
                className="input"
                placeholder={t('entry.itemName', { n: j + 1 })}
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? `${inputId}-error` : undefined}
                readOnly={readOnly}
                autoComplete="off"
              />
              {flagLabel ? (
                <label className="checkbox">
                  <input type="checkbox" {...form.register(`values.${index}.items.${j}.flagged`)} disabled={readOnly} />
                  {flagLabel}
                </label>
              ) : (
                <span />
              )}
              {!readOnly && (
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={t('entry.itemRemove', { n: j + 1 })}
                  title={t('entry.itemRemove', { n: j + 1 })}
                  onClick={() => {
                    const before = items.fields.length;
                    items.remove(j);
                    resync(before, before - 1);
                  }}
                >
                  ✕
                </Button>
              )}
              <FieldError id={`${inputId}-error`} message={nameError} />
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <div>
          <Button
            size="small"
            onClick={() => {
              const before = items.fields.length;
              items.append({ name: '', flagged: false }, { shouldFocus: true });
              resync(before, before + 1);
            }}
          >
            + {t('entry.itemAdd')}
          </Button>
        </div>
      )}
    </div>
  );
}
