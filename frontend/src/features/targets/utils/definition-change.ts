import type { I18n } from '@/i18n/i18n';
import type { components } from '@/lib/api-types';

export type TargetDefinition = components['schemas']['TargetDefinition'];
export type DefinitionField = keyof TargetDefinition;

/** The fields of a target's definition in the API's order (TargetDefinition): a change of any needs a reason. */
export const DEFINITION_FIELDS: readonly DefinitionField[] = [
  'indicatorCode', 'aggregation', 'unitThreshold', 'threshold', 'direction', 'thresholdHigh', 'measure', 'baseline',
  'timing', 'dueYear', 'milestones', 'allocations',
];

/** A definition as saved (Target, TargetDefinition) or as about to be sent (TargetInput). */
type Loose = Partial<Record<DefinitionField, unknown>>;

const num = (v: unknown) => (v === null || v === undefined || v === '' ? '' : String(Number(v)));

/** One comparable text per field: 20 and 20.0 are the same threshold, milestones and allocations in one order. */
function key(definition: Loose, field: DefinitionField): string {
  const v = definition[field];
  if (v === null || v === undefined) return '';
  if (field === 'baseline') {
    const b = v as { year?: unknown; value?: unknown };
    return `${num(b.year)}:${num(b.value)}`;
  }
  if (field === 'milestones') {
    return [...(v as { year: number; threshold: unknown; thresholdHigh?: unknown }[])]
      .sort((a, b) => a.year - b.year)
      .map((m) => `${m.year}:${num(m.threshold)}:${num(m.thresholdHigh)}`)
      .join(',');
  }
  if (field === 'allocations') {
    return (v as { orgUnitCode: string; year?: number | null; threshold: unknown; thresholdHigh?: unknown }[])
      .map((a) => `${a.orgUnitCode}:${a.year ?? ''}:${num(a.threshold)}:${num(a.thresholdHigh)}`)
      .sort()
      .join(',');
  }
  return typeof v === 'number' ? num(v) : String(v);
}

/**
 * Which fields of the definition the form's input changes from the saved target, as the API decides it
 * (a change of any asks for a reason; the statements and the code do not).
 */
export function changedFields(before: Loose, after: Loose): DefinitionField[] {
  return DEFINITION_FIELDS.filter((f) => key(before, f) !== key(after, f));
}

type Words = Pick<I18n, 't' | 'number'>;

/** One field of a definition as a reviewer reads it: "Ít nhất", "2017 (3)", "2023: 40 · 2024: 60", "—". */
export function describeField(definition: TargetDefinition | null, field: DefinitionField, i18n: Words): string {
  const { t, number } = i18n;
  if (!definition) return '—';
  const v = definition[field];
  if (v === null || v === undefined) return '—';
  switch (field) {
    case 'aggregation':
      return t(`aggregation.${definition.aggregation}`);
    case 'direction':
      return t(`targetDirection.${definition.direction}`);
    case 'measure':
      return t(`targetMeasure.${definition.measure}`);
    case 'timing':
      return t(`timingOption.${definition.timing}`);
    case 'baseline': {
      const b = definition.baseline!;
      return b.value === null ? t('revision.baselineFromData', { year: b.year }) : t('revision.baselineGiven', { year: b.year, value: number(b.value) });
    }
    case 'milestones':
      return definition.milestones.length === 0
        ? '—'
        : definition.milestones
            .map((m) => `${m.year}: ${number(m.threshold)}${m.thresholdHigh === null || m.thresholdHigh === undefined ? '' : `–${number(m.thresholdHigh)}`}`)
            .join(' · ');
    case 'allocations':
      return definition.allocations.length === 0
        ? '—'
        : definition.allocations
            .map(
              (a) =>
                `${a.orgUnitCode}${a.year === null || a.year === undefined ? '' : ` (${a.year})`}: ${number(a.threshold)}${a.thresholdHigh === null || a.thresholdHigh === undefined ? '' : `–${number(a.thresholdHigh)}`}`,
            )
            .join(' · ');
    case 'dueYear':
      return String(v);
    case 'indicatorCode':
      return String(v);
    default:
      return number(v as number);
  }
}
