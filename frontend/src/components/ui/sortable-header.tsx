import { nextSort, type UnitColumn, type UnitSort } from '@/utils/unit-sort';

/** A units table's column header: a button that sorts by the column, its state told by aria-sort. */
export function SortableHeader({
  column,
  label,
  sort,
  onSort,
  numeric,
}: {
  column: UnitColumn;
  label: string;
  sort: UnitSort;
  onSort: (sort: UnitSort) => void;
  numeric: boolean;
}) {
  const active = sort.column === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} className={numeric ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, column))}>
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
