import { useMemo } from 'react';
import { Combobox } from '@/components/ui/combobox';
import { Field } from '@/components/ui/field';
import { ORG_UNIT_TYPES, type OrgUnit } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';

/** Choose a reporting unit: type to search (tone marks optional), grouped by kind of unit. */
export function UnitPicker({ units, value, onChange }: { units: readonly OrgUnit[]; value: string | null; onChange: (code: string) => void }) {
  const { t, pick } = useI18n();
  const options = useMemo(
    () =>
      [...units]
        .sort((a, b) => ORG_UNIT_TYPES.indexOf(a.type) - ORG_UNIT_TYPES.indexOf(b.type) || a.code.localeCompare(b.code, 'vi', { numeric: true }))
        .map((unit) => ({ value: unit.code, label: pick(unit.nameVi, unit.nameEn), group: t(`unitTypePlural.${unit.type}`), hint: unit.code })),
    [units, t, pick],
  );
  return (
    <Field label={t('entry.unit')} required>
      {(control) => (
        <Combobox
          control={control}
          options={options}
          value={value}
          onChange={onChange}
          placeholder={t('entry.unitPlaceholder')}
          noMatch={t('entry.unitNoMatch')}
        />
      )}
    </Field>
  );
}
