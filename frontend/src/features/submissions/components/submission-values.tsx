import { Badge } from '@/components/ui/badge';
import { PreviousValue } from './previous-value';
import type { Indicator, SubmissionValue } from '@/lib/api';
import { ratioPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n';
import { describeJump, type SubmissionWarning } from '../utils/warnings';

export interface SubmissionValuesProps {
  indicators: readonly Indicator[];
  values: readonly SubmissionValue[];
  previous: readonly SubmissionValue[] | null;
  previousYear: string;
  warnings: readonly SubmissionWarning[];
  /** Target codes per indicator code (T1A, T1B …), as on the entry form. */
  targetCodes: ReadonlyMap<string, readonly string[]>;
}

/**
 * A report as the unit entered it, laid out like the entry form but read-only: each indicator
 * with its inputs' labels and values, the ratio's percentage, the named items, last year's
 * figure beside it and, where the value jumped, the warning next to the figure.
 */
export function SubmissionValues({ indicators, values, previous, previousYear, warnings, targetCodes }: SubmissionValuesProps) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const byCode = new Map(values.map((v) => [v.indicatorCode, v]));
  const previousByCode = new Map((previous ?? []).map((v) => [v.indicatorCode, v]));
  return (
    <div className="readonly-form">
      {indicators.map((indicator) => {
        const value = byCode.get(indicator.code);
        const warning = warnings.find((w) => w.indicatorCode === indicator.code);
        const headingId = `ro-${indicator.code}`;
        return (
          <section key={indicator.code} className="indicator" aria-labelledby={headingId} data-indicator={indicator.code}>
            <div className="indicator__head">
              <h3 className="indicator__name" id={headingId}>
                {pick(indicator.nameVi, indicator.nameEn)}
              </h3>
              <div className="indicator__meta">
                {(targetCodes.get(indicator.code) ?? []).map((code) => (
                  <Badge key={code} tone="code">
                    {code}
                  </Badge>
                ))}
                <Badge>{t(`valueKind.${indicator.valueKind}`)}</Badge>
                <span>{t('entry.indicatorUnit', { unit: pick(indicator.unitVi, indicator.unitEn) })}</span>
              </div>
            </div>
            <div className="indicator__inputs">
              {previous !== null && <PreviousValue indicator={indicator} value={previousByCode.get(indicator.code)} year={previousYear} />}
              {value ? <ReadOnlyValue indicator={indicator} value={value} /> : <p className="readonly-missing">{t('review.noValue')}</p>}
              {warning && (
                <p className="jump-flag">
                  <span aria-hidden="true">⚠ </span>
                  <span className="visually-hidden">{t('review.warningLabel')}: </span>
                  {describeJump(warning, indicator, i18n)}
                </p>
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
}

function ReadOnlyValue({ indicator, value }: { indicator: Indicator; value: SubmissionValue }) {
  const { t, pick, number, percent } = useI18n();
  const show = (v: number | null) => (v === null ? '—' : number(v));
  switch (indicator.valueKind) {
    case 'RATIO': {
      const share = value.numerator !== null && value.denominator !== null ? ratioPercent(value.numerator, value.denominator) : null;
      return (
        <dl className="readonly-grid">
          <div>
            <dt>{pick(indicator.numeratorVi, indicator.numeratorEn) || t('entry.numerator')}</dt>
            <dd className="readonly-value num">{show(value.numerator)}</dd>
          </div>
          <div>
            <dt>{pick(indicator.denominatorVi, indicator.denominatorEn) || t('entry.denominator')}</dt>
            <dd className="readonly-value num">{show(value.denominator)}</dd>
          </div>
          <div>
            <dt>{t('entry.percent')}</dt>
            <dd className="readonly-percent num">{share === null ? '—' : percent(share)}</dd>
          </div>
        </dl>
      );
    }
    case 'BOOLEAN':
      return (
        <dl className="readonly-grid">
          <div>
            <dt>{t('review.answer')}</dt>
            <dd className="readonly-value">
              {value.answer === null ? '—' : value.answer ? `✓ ${t('common.yes')}` : `✕ ${t('common.no')}`}
            </dd>
          </div>
        </dl>
      );
    default: {
      const flagLabel = pick(indicator.itemFlagVi, indicator.itemFlagEn);
      return (
        <>
          <dl className="readonly-grid">
            <div>
              <dt>{`${indicator.valueKind === 'COUNT' ? t('entry.count') : t('entry.number')} (${pick(indicator.unitVi, indicator.unitEn)})`}</dt>
              <dd className="readonly-value num">{show(value.number)}</dd>
            </div>
          </dl>
          {indicator.itemsRequired && (
            <div>
              <p className="field__label" style={{ margin: '4px 0' }}>{t('entry.items')}</p>
              {value.items.length === 0 ? (
                <p className="muted small">{t('entry.itemsNone')}</p>
              ) : (
                <ol className="readonly-items">
                  {value.items.map((item, j) => (
                    <li key={j}>
                      <span>{item.name}</span>
                      {flagLabel && item.flagged && (
                        <Badge tone="submitted" title={flagLabel}>
                          <span aria-hidden="true">✓</span>
                          {flagLabel}
                        </Badge>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          )}
        </>
      );
    }
  }
}
