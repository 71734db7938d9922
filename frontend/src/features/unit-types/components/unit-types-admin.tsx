import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AdminSection, RowActions, RowButton, confirmation, useAdminScreen } from '@/components/admin/admin-screen';
import { StackTable } from '@/components/ui/stack-table';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useUnitTypes } from '@/hooks/use-unit-types';
import type { UnitType } from '@/lib/api';
import { useI18n } from '@/i18n/i18n';
import { moveType, nextSortOrder } from '@/utils/unit-types';
import { saveUnitType, unitTypeToInput, useDeleteUnitType } from '../api/save-unit-type';
import { UnitTypeForm } from './unit-type-form';

/**
 * The kinds of reporting unit: District 11's five, and whatever an administrator adds (a province,
 * its communes). Renamed and reordered here; the API refuses to delete one that is still used and
 * the dialog shows its message (which units or indicators use it).
 */
export function UnitTypesAdmin() {
  const i18n = useI18n();
  const { t, pick, number } = i18n;
  const types = useUnitTypes();
  const screen = useAdminScreen<UnitType>();
  const remove = useDeleteUnitType();
  const queryClient = useQueryClient();
  const [moving, setMoving] = useState(false);

  if (types.isPending) return <LoadingState />;
  if (types.error) return <ErrorState error={types.error} onRetry={() => void types.refetch()} />;
  const rows = types.data;

  /** One or two writes (a swap of sort orders), then the list read again. */
  const move = (type: UnitType, direction: 'up' | 'down') =>
    screen.runNow(async () => {
      setMoving(true);
      try {
        for (const change of moveType(rows, type.code, direction)) {
          await saveUnitType({ input: { ...unitTypeToInput(change.type), sortOrder: change.sortOrder }, existing: change.type });
        }
      } finally {
        await queryClient.invalidateQueries({ queryKey: ['unit-types'] });
        setMoving(false);
      }
      return t('common.saved');
    });

  return (
    <AdminSection id="unit-types" title={t('admin.unitTypes')} count={rows.length} screen={screen} intro={t('unitTypeAdmin.intro')}>
      {rows.length === 0 ? (
        <EmptyState />
      ) : (
        <StackTable
          columns={[{ label: t('unitTypeAdmin.sortOrder') }, { label: t('common.name') }, { label: t('common.code') }, { label: t('unitTypeAdmin.topLevelColumn') }]}
        >
          {rows.map((type, i) => {
            const name = pick(type.nameVi, type.nameEn);
            return (
              <tr key={type.code}>
                <td data-label={t('unitTypeAdmin.sortOrder')}>{number(type.sortOrder)}</td>
                <td data-label={t('common.name')}>
                  <strong>{name}</strong> <span className="muted small" lang={i18n.lang === 'vi' ? 'en' : 'vi'}>· {pick(type.nameEn, type.nameVi)}</span>
                </td>
                <td data-label={t('common.code')}>
                  <code>{type.code}</code>
                </td>
                <td data-label={t('unitTypeAdmin.topLevelColumn')}>{type.topLevel ? t('common.yes') : t('common.no')}</td>
                <RowActions>
                  <RowButton action={t('unitTypeAdmin.moveUp')} name={name} disabled={i === 0 || moving} onClick={() => move(type, 'up')} />
                  <RowButton action={t('unitTypeAdmin.moveDown')} name={name} disabled={i === rows.length - 1 || moving} onClick={() => move(type, 'down')} />
                  <RowButton action={t('common.edit')} name={name} onClick={() => screen.edit(type)} />
                  <RowButton action={t('common.delete')} name={name} variant="danger" onClick={() => screen.ask(confirmation('delete', i18n, name, () => remove.mutateAsync(type)))} />
                </RowActions>
              </tr>
            );
          })}
        </StackTable>
      )}
      {screen.editing && (
        <UnitTypeForm editing={screen.editing.item} nextSortOrder={nextSortOrder(rows)} onClose={(saved) => screen.closeEditor(saved && t('common.saved'))} />
      )}
    </AdminSection>
  );
}
