import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n';

export interface Column {
  label: ReactNode;
  className?: string;
}

/**
 * A table on a laptop, stacked cards on a phone (each cell shows its column's name from
 * `data-label`). The last column holds the row's actions; its heading is read, not shown, when
 * `actionsLabel` is 'hidden'.
 */
export function StackTable({
  columns,
  actionsLabel = 'shown',
  footer,
  children,
}: {
  columns: ReadonlyArray<Column | false>;
  actionsLabel?: 'shown' | 'hidden' | 'none';
  footer?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <thead>
          <tr>
            {columns.map(
              (column, i) =>
                column && (
                  <th key={i} scope="col" className={column.className}>
                    {column.label}
                  </th>
                ),
            )}
            {actionsLabel !== 'none' && (
              <th scope="col" className="actions">
                {actionsLabel === 'hidden' ? <span className="visually-hidden">{t('common.actions')}</span> : t('common.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
}
