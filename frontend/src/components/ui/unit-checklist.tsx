import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { errorOf } from '@/components/ui/form';
import type { OrgUnit } from '@/lib/api';
import { groupByType } from '@/utils/unit-types';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { useI18n } from '@/i18n/i18n';

/** Units to tick, grouped by type, in a scrolling box (a district has a few dozen). */
export function UnitChecklist<T extends FieldValues>({
  form,
  name,
  units,
  legend,
  hint,
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  units: readonly OrgUnit[];
  legend: string;
  hint?: string;
}) {
  const { pick } = useI18n();
  const unitTypes = useUnitTypes();
  const error = errorOf(form, name);
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  return (
    <fieldset className="span-all" aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      <div className="check-box-scroll" aria-invalid={error ? true : undefined}>
        {groupByType(unitTypes.data, units, (u) => u.type).map(({ type, items: group }) => {
          return (
            <div key={type} role="group" aria-label={unitTypes.name(type)} className="check-group">
              <span className="check-group__title" aria-hidden="true">
                {unitTypes.name(type)}
              </span>
              {group.map((u) => (
                <label key={u.code} className="checkbox">
                  <input type="checkbox" value={u.code} {...form.register(name)} />
                  {pick(u.nameVi, u.nameEn)} <span className="combo__code">{u.code}</span>
                </label>
              ))}
            </div>
          );
        })}
      </div>
      {error && (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
