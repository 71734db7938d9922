import { useMemo, useState } from 'react';
import { ActiveBadge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Alert } from '@/components/ui/alert';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { ORG_UNIT_TYPES, type OrgUnit, type OrgUnitType } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { matchesQuery } from '@/utils/search';
import { useSearchParamsState } from '@/hooks/use-search-params-state';
import { useAllOrgUnits } from '../api/get-org-units';
import { orgUnitToInput, useDeleteOrgUnit, useSaveOrgUnit } from '../api/save-org-unit';
import { flattenTree } from '../utils/org-unit-tree';
import { OrgUnitForm } from './org-unit-form';

type Pending = { action: 'delete' | 'deactivate'; unit: OrgUnit } | null;

/** Reporting units as a tree (or a filtered list), with create, edit, (de)activate and delete. */
export function OrgUnitsAdmin() {
  const { t, pick } = useI18n();
  const units = useAllOrgUnits();
  const [filters, setFilters] = useSearchParamsState(['type', 'q', 'inactive'] as const);
  const [editing, setEditing] = useState<OrgUnit | 'new' | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveOrgUnit();
  const remove = useDeleteOrgUnit();
  const type = ORG_UNIT_TYPES.includes(filters.type as OrgUnitType) ? (filters.type as OrgUnitType) : undefined;
  const showInactive = filters.inactive === '1';

  const rows = useMemo(() => {
    const all = units.data ?? [];
    const visible = all.filter((u) => (showInactive || u.active) && (!type || u.type === type) && matchesQuery(filters.q ?? '', u.code, u.nameVi, u.nameEn));
    // Unfiltered, the units read as a tree; filtered, as a flat list (parents may be hidden).
    return type || filters.q ? visible.map((unit) => ({ unit, depth: 0, children: 0 })) : flattenTree(visible);
  }, [units.data, type, filters.q, showInactive]);
  const byCode = useMemo(() => new Map((units.data ?? []).map((u) => [u.code, u])), [units.data]);

  async function confirm() {
    if (!pending) return;
    try {
      if (pending.action === 'delete') await remove.mutateAsync(pending.unit);
      else await save.mutateAsync({ input: { ...orgUnitToInput(pending.unit), active: false }, existing: pending.unit });
      setNotice(pending.action === 'delete' ? t('common.deleted') : t('common.saved'));
      setPending(null);
    } catch {
      // The dialog shows the API's reason (e.g. "the unit has reports; deactivate it instead").
    }
  }

  async function activate(unit: OrgUnit) {
    setNotice(null);
    try {
      await save.mutateAsync({ input: { ...orgUnitToInput(unit), active: true }, existing: unit });
      setNotice(t('common.saved'));
    } catch {
      // Shown below the toolbar.
    }
  }

  if (units.isPending) return <LoadingState />;
  if (units.error) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;

  const actionError = pending ? (pending.action === 'delete' ? remove.error : save.error) : null;
  return (
    <section className="card" aria-labelledby="org-units-title">
      <div className="page-head">
        <h2 id="org-units-title" style={{ margin: 0 }}>
          {t('admin.orgUnits')} <span className="muted small">({rows.length})</span>
        </h2>
        <Button variant="primary" onClick={() => { setNotice(null); setEditing('new'); }}>
          + {t('common.create')}
        </Button>
      </div>
      <div className="filters" role="search">
        <Field label={t('orgUnit.filterType')}>
          {(control) => (
            <select {...control} className="select" value={type ?? ''} onChange={(e) => setFilters({ type: e.target.value }, { replace: true })}>
              <option value="">{t('common.all')}</option>
              {ORG_UNIT_TYPES.map((ty) => (
                <option key={ty} value={ty}>
                  {t(`unitTypePlural.${ty}`)}
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
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {!pending && save.error && <ErrorState error={save.error} />}
      {rows.length === 0 ? (
        <EmptyState />
      ) : (
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('common.code')}</th>
                <th scope="col">{t('orgUnit.type')}</th>
                <th scope="col">{t('orgUnit.parent')}</th>
                <th scope="col" className="actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
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
                    <td data-label={t('orgUnit.type')}>{t(`unitType.${unit.type}`)}</td>
                    <td data-label={t('orgUnit.parent')}>{parent ? pick(parent.nameVi, parent.nameEn) : '—'}</td>
                    <td className="actions">
                      <span className="btn-row" style={{ justifyContent: 'flex-end' }}>
                        <Button size="small" onClick={() => { setNotice(null); setEditing(unit); }} aria-label={`${t('common.edit')}: ${name}`}>
                          {t('common.edit')}
                        </Button>
                        {unit.active ? (
                          <Button size="small" onClick={() => { save.reset(); setPending({ action: 'deactivate', unit }); }} aria-label={`${t('common.deactivate')}: ${name}`}>
                            {t('common.deactivate')}
                          </Button>
                        ) : (
                          <Button size="small" onClick={() => void activate(unit)} aria-label={`${t('common.activate')}: ${name}`}>
                            {t('common.activate')}
                          </Button>
                        )}
                        <Button size="small" variant="danger" onClick={() => { remove.reset(); setPending({ action: 'delete', unit }); }} aria-label={`${t('common.delete')}: ${name}`}>
                          {t('common.delete')}
                        </Button>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <OrgUnitForm
          units={units.data}
          editing={editing === 'new' ? undefined : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setNotice(t('common.saved'));
          }}
        />
      )}
      <ConfirmDialog
        open={!!pending}
        title={pending ? t(pending.action === 'delete' ? 'admin.deleteConfirmTitle' : 'admin.deactivateConfirmTitle', { name: pick(pending.unit.nameVi, pending.unit.nameEn) }) : ''}
        body={pending?.action === 'delete' ? t('admin.deleteConfirmBody') : t('admin.deactivateConfirmBody')}
        confirmLabel={pending?.action === 'delete' ? t('common.delete') : t('common.deactivate')}
        busy={remove.isPending || save.isPending}
        onClose={() => setPending(null)}
        onConfirm={() => void confirm()}
        error={actionError ? <ErrorState error={actionError} /> : undefined}
      />
    </section>
  );
}
