import { useMemo, useState } from 'react';
import { AdminSection, RowActions, RowButton, confirmation, useAdminScreen } from '@/components/admin/admin-screen';
import { ActiveBadge } from '@/components/ui/badge';
import { Field } from '@/components/ui/field';
import { StackTable } from '@/components/ui/stack-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import type { OrgUnit } from '@/lib/api';
import { useUnitTypes } from '@/hooks/use-unit-types';
import { useI18n } from '@/i18n/i18n';
import { matchesQuery } from '@/utils/search';
import { useSearchParamsState } from '@/hooks/use-search-params-state';
import { useAllOrgUnits } from '../api/get-org-units';
import { orgUnitToInput, useDeleteOrgUnit, useSaveOrgUnit } from '../api/save-org-unit';
import { flattenTree } from '../utils/org-unit-tree';
import { MergeForm } from './merge-form';
import { OrgUnitForm } from './org-unit-form';

/** Reporting units as a tree (or a filtered list), with create, edit, (de)activate and delete. */
export function OrgUnitsAdmin() {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const units = useAllOrgUnits();
  const unitTypes = useUnitTypes();
  const [filters, setFilters] = useSearchParamsState(['type', 'q', 'inactive'] as const);
  const screen = useAdminScreen<OrgUnit>();
  const save = useSaveOrgUnit();
  const remove = useDeleteOrgUnit();
  const type = filters.type || undefined;
  const showInactive = filters.inactive === '1';
  const [merging, setMerging] = useState(false);

  const rows = useMemo(() => {
    const all = units.data ?? [];
    const visible = all.filter((u) => (showInactive || u.active) && (!type || u.type === type) && matchesQuery(filters.q ?? '', u.code, u.nameVi, u.nameEn));
    // Unfiltered, the units read as a tree; filtered, as a flat list (parents may be hidden).
    return type || filters.q ? visible.map((unit) => ({ unit, depth: 0, children: 0 })) : flattenTree(visible, unitTypes.data);
  }, [units.data, unitTypes.data, type, filters.q, showInactive]);
  const byCode = useMemo(() => new Map((units.data ?? []).map((u) => [u.code, u])), [units.data]);

  // validTo is exclusive: the unit's last day is the day before it.
  const validity = (unit: OrgUnit) =>
    !unit.validFrom && !unit.validTo
      ? t('orgUnit.validAlways')
      : t('orgUnit.validRange', { from: unit.validFrom ? i18n.date(unit.validFrom) : '…', to: unit.validTo ? i18n.date(unit.validTo) : '…' });

  const setActive = (unit: OrgUnit, active: boolean) => save.mutateAsync({ input: { ...orgUnitToInput(unit), active }, existing: unit });

  if (units.isPending || unitTypes.isPending) return <LoadingState />;
  if (units.error) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;
  if (unitTypes.error) return <ErrorState error={unitTypes.error} onRetry={() => void unitTypes.refetch()} />;

  const toolbar = (
    <div className="filters" role="search">
      <Field label={t('orgUnit.filterType')}>
        {(control) => (
          <select {...control} className="select" value={type ?? ''} onChange={(e) => setFilters({ type: e.target.value }, { replace: true })}>
            <option value="">{t('common.all')}</option>
            {unitTypes.data.map((ty) => (
              <option key={ty.code} value={ty.code}>
                {pick(ty.nameVi, ty.nameEn)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('common.search')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="search"
            placeholder={t('orgUnit.searchPlaceholder')}
            value={filters.q ?? ''}
            onChange={(e) => setFilters({ q: e.target.value }, { replace: true })}
          />
        )}
      </Field>
      <label className="checkbox" style={{ paddingBottom: 8 }}>
        <input type="checkbox" checked={showInactive} onChange={(e) => setFilters({ inactive: e.target.checked ? '1' : null }, { replace: true })} />
        {t('orgUnit.showInactive')}
      </label>
      <button type="button" className="button" id="record-merge" onClick={() => setMerging(true)}>
        {t('orgUnit.recordMerge')}
      </button>
    </div>
  );

  return (
    <AdminSection id="org-units" title={t('admin.orgUnits')} count={rows.length} screen={screen} toolbar={toolbar}>
      {rows.length === 0 ? (
        <EmptyState />
      ) : (
        <StackTable columns={[{ label: t('common.name') }, { label: t('common.code') }, { label: t('orgUnit.type') }, { label: t('orgUnit.parent') }, { label: t('orgUnit.validity') }]}>
          {rows.map(({ unit, depth, children }) => {
            const parent = unit.parentCode ? byCode.get(unit.parentCode) : undefined;
            const name = pick(unit.nameVi, unit.nameEn);
            return (
              <tr key={unit.code}>
                <td data-label={t('common.name')}>
                  <span style={{ paddingLeft: depth * 20 }} className="tree-indent">
                    {depth > 0 && <span aria-hidden="true" className="muted">└ </span>}
                    <strong>{name}</strong>
                  </span>{' '}
                  <ActiveBadge active={unit.active} />
                  {children > 0 && <span className="muted small"> · {t('orgUnit.children', { count: children })}</span>}
                </td>
                <td data-label={t('common.code')}><code>{unit.code}</code></td>
                <td data-label={t('orgUnit.type')}>{unitTypes.name(unit.type)}</td>
                <td data-label={t('orgUnit.parent')}>{parent ? pick(parent.nameVi, parent.nameEn) : '—'}</td>
                <td data-label={t('orgUnit.validity')}>{validity(unit)}</td>
                <RowActions>
                  <RowButton action={t('common.edit')} name={name} onClick={() => screen.edit(unit)} />
                  {unit.active ? (
                    <RowButton action={t('common.deactivate')} name={name} onClick={() => screen.ask(confirmation('deactivate', i18n, name, () => setActive(unit, false)))} />
                  ) : (
                    <RowButton
                      action={t('common.activate')}
                      name={name}
                      onClick={() =>
                        screen.runNow(async () => {
                          await setActive(unit, true);
                          return t('common.saved');
                        })
                      }
                    />
                  )}
                  <RowButton action={t('common.delete')} name={name} variant="danger" onClick={() => screen.ask(confirmation('delete', i18n, name, () => remove.mutateAsync(unit)))} />
                </RowActions>
              </tr>
            );
          })}
        </StackTable>
      )}
      {merging && (
        <MergeForm
          units={units.data}
          types={unitTypes.data}
          onClose={(saved) => {
            setMerging(false);
            if (saved) screen.closeEditor(t('common.saved'));
          }}
        />
      )}
      {screen.editing && <OrgUnitForm units={units.data} types={unitTypes.data} editing={screen.editing.item} onClose={(saved) => screen.closeEditor(saved && t('common.saved'))} />}
    </AdminSection>
  );
}
