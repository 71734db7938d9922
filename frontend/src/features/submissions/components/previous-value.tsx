import type { Indicator, SubmissionValue } from '@/lib/api';
import { ratioPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n';

/** Last period's figure beside this period's inputs, the first check a reviewer makes. */
export function PreviousValue({ indicator, value, year }: { indicator: Indicator; value: SubmissionValue | undefined; year: string }) {
  const { t, number, percent } = useI18n();
  if (!value) {
    return (
      <span className="previous">
        <span className="visually-hidden">{t('entry.previousLabel')}: </span>
        {t('entry.previousNone', { year })}
      </span>
    );
  }
  let text = '';
  switch (indicator.valueKind) {
    case 'RATIO': {
      const share = value.numerator !== null && value.denominator !== null ? ratioPercent(value.numerator, value.denominator) : null;
      text = `${value.numerator !== null ? number(value.numerator) : '—'}/${value.denominator !== null ? number(value.denominator) : '—'}`;
      if (share !== null) text += ` (${percent(share)})`;
      break;
    }
    case 'BOOLEAN':
      text = value.answer === null ? '—' : value.answer ? t('common.yes') : t('common.no');
      break;
    default:
      text = value.number === null ? '—' : number(value.number);
  }
  return (
    <span className="previous">
      <span className="visually-hidden">{t('entry.previousLabel')}: </span>
      {t('entry.previous', { year })}: <strong>{text}</strong>
    </span>
  );
}
