import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { FormProblem, SelectField } from '@/components/ui/form';
import { useServerErrors } from '@/hooks/use-server-errors';
import type { OrgUnit, Period } from '@/lib/api';
import { groupByType } from '@/utils/unit-types';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { useI18n, type MessageKey } from '@/i18n/i18n';
import { useExportDataValues } from '../api/download';
import type { ExchangeFormat } from '../utils/exchange-file';

const FORMATS: readonly ExchangeFormat[] = ['xlsx', 'csv', 'json'];

interface Values {
  period: string;
  orgUnit: string;
  format: ExchangeFormat;
}

export interface ExportPanelProps {
  planCode: string;
  periods: readonly Period[];
  defaultPeriod: string;
  units: readonly OrgUnit[];
}

/** The stored values (drafts included) of a period and a unit, or of all, as Excel, CSV or JSON. */
export function ExportPanel({ planCode, periods, defaultPeriod, units }: ExportPanelProps) {
  const { t, pick } = useI18n();
  const unitTypes = useUnitTypes();
  const headingId = useId();
  const exporting = useExportDataValues();
  const form = useForm<Values>({ defaultValues: { period: defaultPeriod, orgUnit: '', format: 'xlsx' } });
  const server = useServerErrors(form);

  const onSubmit = form.handleSubmit(async (v) => {
    server.clear();
    try {
      await exporting.mutateAsync({ plan: planCode, period: v.period || undefined, orgUnit: v.orgUnit || undefined, format: v.format });
    } catch (error) {
      server.apply(error);
    }
  });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exchange.exportTitle')}</h2>
      <p className="muted small">{t('exchange.exportIntro')}</p>
      <form onSubmit={onSubmit} noValidate className="form-grid">
        <SelectField form={form} name="period" label={t('exchange.period')}>
          <option value="">{t('reports.allPeriods')}</option>
          {periods.map((p) => (
            <option key={p.code} value={p.code}>
              {pick(p.nameVi, p.nameEn)}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="orgUnit" label={t('exchange.unit')}>
          <option value="">{t('reports.allUnits')}</option>
          {groupByType(unitTypes.data, units, (u) => u.type).map(({ type, items: group }) => {
            return (
              <optgroup key={type} label={unitTypes.name(type)}>
                {group.map((u) => (
                  <option key={u.code} value={u.code}>
                    {pick(u.nameVi, u.nameEn)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </SelectField>
        <fieldset className="span-all">
          <legend className="field__label">{t('exchange.format')}</legend>
          <div className="radio-row">
            {FORMATS.map((format) => (
              <label key={format} className="radio">
                <input type="radio" value={format} {...form.register('format')} />
                {t(`exchange.format.${format}` as MessageKey)}
              </label>
            ))}
          </div>
        </fieldset>
        {exporting.error ? (
          <div className="span-all">
            <FormProblem error={exporting.error} unplaced={server.unplaced} />
          </div>
        ) : null}
        <div className="span-all btn-row">
          <Button type="submit" variant="primary" busy={exporting.isPending}>
            <span aria-hidden="true">⇩</span> {t('exchange.exportDownload')}
          </Button>
          <span role="status" aria-live="polite" className="small download-note">
            {exporting.data && !exporting.isPending && !exporting.error && (
              <>
                <span aria-hidden="true">✓ </span>
                {t('exchange.downloaded', { name: exporting.data.filename })}
              </>
            )}
          </span>
        </div>
      </form>
    </section>
  );
}
