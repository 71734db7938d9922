import { Field } from '@/components/ui/field';
import type { Period } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';

export function PeriodSelect({ periods, value, onChange }: { periods: readonly Period[]; value: string | null; onChange: (code: string) => void }) {
  const { t, pick } = useI18n();
  return (
    <Field label={t('entry.period')} required>
      {(control) => (
        <select {...control} className="select" value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
          <option value="" disabled>
            {t('entry.periodPlaceholder')}
          </option>
          {periods.map((period) => (
            <option key={period.code} value={period.code}>
              {pick(period.nameVi, period.nameEn)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
