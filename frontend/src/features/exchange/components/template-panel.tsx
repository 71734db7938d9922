import { useId, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { FormProblem, SelectField } from '@/components/ui/form';
import { UnitChecklist } from '@/components/ui/unit-checklist';
import { useServerErrors } from '@/hooks/use-server-errors';
import type { OrgUnit, Period } from '@/lib/api';
import { zodResolver } from '@/lib/zod-resolver';
import { useI18n, type I18n } from '@/i18n/i18n';
import { useDownloadTemplate } from '../api/download';

function schema({ t }: Pick<I18n, 't'>) {
  return z
    .object({ period: z.string().min(1, t('validation.required')), scope: z.enum(['all', 'chosen']), units: z.array(z.string()) })
    .refine((v) => v.scope === 'all' || v.units.length > 0, { path: ['units'], message: t('validation.atLeastOne') });
}

type Values = z.infer<ReturnType<typeof schema>>;

/** API field → form field: the API names the units `orgUnits`. */
const toField = (apiField: string) => (apiField.startsWith('orgUnits') ? 'units' : apiField);

export interface TemplatePanelProps {
  planCode: string;
  periods: readonly Period[];
  defaultPeriod: string;
  /** The units that report something in the plan (and that this person may choose). */
  units: readonly OrgUnit[];
  /** A reporter gets a template for their own units, never the whole district. */
  limited: boolean;
}

/** The ready-to-fill Excel workbook for a period and some units (GET /api/v1/dataValueSets/template). */
export function TemplatePanel({ planCode, periods, defaultPeriod, units, limited }: TemplatePanelProps) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const headingId = useId();
  const download = useDownloadTemplate();
  const resolver = useMemo(() => zodResolver(schema(i18n)), [i18n]);
  const form = useForm<Values>({
    resolver,
    defaultValues: { period: defaultPeriod, scope: limited ? 'chosen' : 'all', units: limited ? units.map((u) => u.code) : [] },
  });
  const server = useServerErrors(form, toField);
  const scope = useWatch({ control: form.control, name: 'scope' });

  const onSubmit = form.handleSubmit(async (v) => {
    server.clear();
    try {
      await download.mutateAsync({ plan: planCode, period: v.period, orgUnits: v.scope === 'all' ? undefined : v.units });
    } catch (error) {
      server.apply(error);
    }
  });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exchange.templateTitle')}</h2>
      <p className="muted small">{t('exchange.templateIntro')}</p>
      <form onSubmit={onSubmit} noValidate className="form-grid">
        <SelectField form={form} name="period" label={t('exchange.period')} required>
          {periods.map((p) => (
            <option key={p.code} value={p.code}>
              {pick(p.nameVi, p.nameEn)}
            </option>
          ))}
        </SelectField>
        {limited ? (
          units.length === 1 ? (
            <p className="span-all small">
              {t('exchange.templateOwnUnit', { unit: pick(units[0]!.nameVi, units[0]!.nameEn) })}
            </p>
          ) : (
            <UnitChecklist form={form} name="units" units={units} legend={t('exchange.units')} hint={t('exchange.templateOwnUnits')} />
          )
        ) : (
          <>
            <fieldset className="span-all">
              <legend className="field__label">{t('exchange.units')}</legend>
              <div className="radio-row">
                <label className="radio">
                  <input type="radio" value="all" {...form.register('scope')} />
                  {t('exchange.unitsAll')}
                </label>
                <label className="radio">
                  <input type="radio" value="chosen" {...form.register('scope')} />
                  {t('exchange.unitsChosen')}
                </label>
              </div>
            </fieldset>
            {scope === 'chosen' && <UnitChecklist form={form} name="units" units={units} legend={t('exchange.unitsPick')} />}
          </>
        )}
        {download.error ? (
          <div className="span-all">
            <FormProblem error={download.error} unplaced={server.unplaced} />
          </div>
        ) : null}
        <div className="span-all btn-row">
          <Button type="submit" variant="primary" busy={download.isPending}>
            <span aria-hidden="true">⇩</span> {t('exchange.templateDownload')}
          </Button>
          <span role="status" aria-live="polite" className="small download-note">
            {download.data && !download.isPending && !download.error && (
              <>
                <span aria-hidden="true">✓ </span>
                {t('exchange.downloaded', { name: download.data.filename })}
              </>
            )}
          </span>
        </div>
      </form>
    </section>
  );
}
