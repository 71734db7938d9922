import { useMemo } from 'react';
import { Combobox } from '@/components/ui/combobox';
import { Field } from '@/components/ui/field';
import type { OrgUnit } from '@/lib/api';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { orderCodes } from '@/utils/unit-types';
import { useI18n } from '@/i18n/i18n';

/** Choose a reporting unit: type to search (tone marks optional), grouped by kind of unit. */
export function UnitPicker({ units, value, onChange }: { units: readonly OrgUnit[]; value: string | null; onChange: (code: string) => void }) {
  const { t, pick } = useI18n();
  const { data: types, name: typeName } = useUnitTypes();
  const options = useMemo(() => {
    const rank = new Map(orderCodes(types, units.map((u) => u.type)).map((code, i) => [code, i]));
    return [...units]
      .sort((a, b) => rank.get(a.type)! - rank.get(b.type)! || a.code.localeCompare(b.code, 'vi', { numeric: true }))
      .map((unit) => ({ value: unit.code, label: pick(unit.nameVi, unit.nameEn), group: typeName(unit.type), hint: unit.code }));
  }, [units, types, typeName, pick]);
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
