import type { OrgUnit } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { useOrgUnitLineage } from '../api/reorganisations';

/** The units this one succeeded and those that succeeded it, with the reorganisations' dates. */
export function OrgUnitLineagePanel({ unit }: { unit: OrgUnit }) {
  const { t, pick, date } = useI18n();
  const lineage = useOrgUnitLineage(unit.id);
  if (!lineage.data) return null;
  const { predecessors, successors } = lineage.data;
  if (predecessors.length === 0 && successors.length === 0) {
    return <p className="muted small span-all" id="org-unit-lineage">{t('orgUnit.lineageNone')}</p>;
  }
  return (
    <div className="span-all" id="org-unit-lineage">
      <strong>{t('orgUnit.lineage')}</strong>
      <ul className="small">
        {predecessors.map((p) => (
          <li key={'p' + p.code}>
            {t('orgUnit.predecessor', { name: `${pick(p.nameVi, p.nameEn)} (${p.code})`, date: date(p.effectiveDate) })}
          </li>
        ))}
        {successors.map((s) => (
          <li key={'s' + s.code}>
            {t('orgUnit.successor', { name: `${pick(s.nameVi, s.nameEn)} (${s.code})`, date: date(s.effectiveDate) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
