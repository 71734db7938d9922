import { useId } from 'react';
import type { Indicator } from '@/lib/api';
import { useI18n, type MessageKey } from '@/i18n/i18n';

/** The codes a file uses, one per value: the indicator's own, or a RATIO's numerator and denominator. */
export function dataElementsOf(indicator: Indicator): Array<{ code: string; part: 'value' | 'numerator' | 'denominator'; vi: string | null; en: string | null }> {
  if (indicator.valueKind === 'RATIO') {
    return [
      ...(indicator.numeratorCode ? [{ code: indicator.numeratorCode, part: 'numerator' as const, vi: indicator.numeratorVi, en: indicator.numeratorEn }] : []),
      ...(indicator.denominatorCode ? [{ code: indicator.denominatorCode, part: 'denominator' as const, vi: indicator.denominatorVi, en: indicator.denominatorEn }] : []),
    ];
  }
  return [{ code: indicator.code, part: 'value', vi: null, en: null }];
}

/**
 * How a file names things (DHIS2's data value set, with our codes), the plan's data elements read
 * live from the indicators, and where other systems find the API's documentation.
 */
export function DataElementsHelp({ indicators, example }: { indicators: readonly Indicator[]; example: { unit: string; period: string } }) {
  const { t, pick } = useI18n();
  const headingId = useId();
  const active = indicators.filter((i) => i.active);
  const ratio = active.find((i) => i.valueKind === 'RATIO' && i.numeratorCode && i.denominatorCode);
  const yesNo = active.find((i) => i.valueKind === 'BOOLEAN');
  const lines = [
    'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value',
    ...(ratio
      ? [`${ratio.numeratorCode},${example.period},${example.unit},,,3`, `${ratio.denominatorCode},${example.period},${example.unit},,,4`]
      : []),
    ...(yesNo ? [`${yesNo.code},${example.period},${example.unit},,,true`] : []),
  ];
  return (
    <section className="card exchange-help" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exchange.helpTitle')}</h2>
      <p>{t('exchange.helpIntro')}</p>
      {ratio && (
        <p>
          {t('exchange.helpRatio', { indicator: ratio.code, numerator: ratio.numeratorCode!, denominator: ratio.denominatorCode! })}
        </p>
      )}
      <p className="small">{t('exchange.helpCsv')}</p>
      <pre className="code-sample" aria-label={t('exchange.helpCsvExample')}>
        <code>{lines.join('\n')}</code>
      </pre>
      <div className="table-wrap">
        <table className="table table--compact table--stack">
          <caption className="exchange-caption">{t('exchange.helpTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exchange.helpIndicator')}</th>
              <th scope="col">{t('indicator.valueKind')}</th>
              <th scope="col">{t('exchange.helpElements')}</th>
              <th scope="col">{t('exchange.helpValue')}</th>
            </tr>
          </thead>
          <tbody>
            {active.map((indicator) => (
              <tr key={indicator.code}>
                <td data-label={t('exchange.helpIndicator')}>
                  <span>
                    {pick(indicator.nameVi, indicator.nameEn)} <span className="combo__code">{indicator.code}</span>
                  </span>
                </td>
                <td data-label={t('indicator.valueKind')}>{t(`valueKind.${indicator.valueKind}`)}</td>
                <td data-label={t('exchange.helpElements')}>
                  <ul className="plain-list">
                    {dataElementsOf(indicator).map((element) => (
                      <li key={element.code}>
                        <code>{element.code}</code>
                        {element.part !== 'value' && (
                          <span className="muted small">
                            {' '}
                            ({t(element.part === 'numerator' ? 'indicator.numerator' : 'indicator.denominator')}: {pick(element.vi, element.en)})
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
                <td data-label={t('exchange.helpValue')}>{t(`exchange.helpValueKind.${indicator.valueKind}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small">
        {t('exchange.helpApi')}{' '}
        <a href="/q/swagger-ui" target="_blank" rel="noopener">
          {t('exchange.helpSwagger')}
          <span className="visually-hidden"> ({t('exchange.newTab')})</span>
        </a>
        {' · '}
        <a href="/q/openapi" target="_blank" rel="noopener">
          openapi.yaml
          <span className="visually-hidden"> ({t('exchange.newTab')})</span>
        </a>
      </p>
    </section>
  );
}
