'use client';

import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  rowPinningFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnFiltersState,
  type Row,
  type SortingState,
  type Updater,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useId, useMemo } from 'react';
import {
  buildTableRows,
  columnSortOptions,
  matchesDecisionFilter,
  matchesNameFilter,
  NATIONAL_ROW_CODE,
  NUMERIC_COLUMNS,
  TABLE_COLUMN_IDS,
  type DecisionFilter,
  type TableRow,
} from '@/lib/dashboard/table-rows';
import { ScrollTable } from '@/components/scroll-table';
import type { DashboardData } from '@/lib/domain/dashboard-data';
import type { TableViewState } from '@/lib/dashboard/url-state';
import { DataDownloads } from './downloads';
import { columnIdOf, TableCell } from './table-cell';
import { TableControls } from './table-controls';
import styles from './table-view.module.css';

export interface TableViewProps {
  data: DashboardData;
  /** ISO date: the day whose decisions and latest reports the table shows. */
  asOf: string;
  locale: 'sv' | 'en';
  /** Search, decision filter, sort and visible columns, as the address holds them. */
  view: TableViewState;
  /** `push` for a choice to go back from (sort, filter, columns), `replace` while typing a search. */
  onViewChange: (patch: Partial<TableViewState>, mode: 'push' | 'replace') => void;
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnVisibilityFeature,
  rowPinningFeature,
});

const INITIAL_STATE = {
  rowPinning: { top: [], bottom: [NATIONAL_ROW_CODE] },
};

const resolve = <T,>(updater: Updater<T>, old: T): T => (typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater);

/**
 * The dashboard's table view: every region and Riket on one day, sortable by any column, filterable
 * by name and by the kind of decision, with a choice of columns. Riket stays in the last row. What is
 * sorted, filtered and shown lives in the address (lib/dashboard/url-state): the table's state is
 * controlled by it, so reload, a shared link and back/forward give the same view.
 */
export function TableView({ data, asOf, locale, view, onViewChange }: TableViewProps) {
  const t = useTranslations('tableView');
  const id = useId();
  const rows = useMemo(() => buildTableRows(data, asOf, locale), [data, asOf, locale]);
  const columns = useMemo(
    () =>
      TABLE_COLUMN_IDS.map((columnId) => ({
        id: columnId,
        ...columnSortOptions(columnId, locale),
        enableHiding: columnId !== 'name',
        // Only the name (search) and the decision (kind) are filtered.
        enableColumnFilter: columnId === 'name' || columnId === 'decision',
        filterFn:
          columnId === 'decision'
            ? (row: Row<typeof features, TableRow>, _id: string, filter: DecisionFilter) => matchesDecisionFilter(row.original, filter)
            : (row: Row<typeof features, TableRow>, _id: string, query: string) => matchesNameFilter(row.original, query, locale),
      })),
    [locale],
  );

  const sorting: SortingState = useMemo(() => (view.sort ? [{ id: view.sort.id, desc: view.sort.desc }] : []), [view.sort]);
  const columnFilters: ColumnFiltersState = useMemo(
    () => [...(view.q ? [{ id: 'name', value: view.q }] : []), ...(view.kind !== 'all' ? [{ id: 'decision', value: view.kind }] : [])],
    [view.q, view.kind],
  );
  const columnVisibility: ColumnVisibilityState = useMemo(
    () => Object.fromEntries(TABLE_COLUMN_IDS.map((columnId) => [columnId, view.columns.includes(columnId)])),
    [view.columns],
  );

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.code,
    initialState: INITIAL_STATE,
    state: { sorting, columnFilters, columnVisibility },
    // A header's sort button: one column at a time, each choice a step back can undo.
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      onViewChange({ sort: next ? { id: columnIdOf(next.id), desc: next.desc } : null }, 'push');
    },
    keepPinnedRows: true,
    enableMultiSort: false,
    sortDescFirst: false,
  });

  const nameQuery = view.q;
  const kind = view.kind;

  const centerRows = table.getCenterRows();
  const bottomRows = table.getBottomRows();
  const visibleColumns = table.getVisibleLeafColumns();
  const regionCount = rows.filter((row) => !row.isNational).length;
  const sort = sorting[0];
  const sortedColumn = sort ? t(`columns.${columnIdOf(sort.id)}`) : null;
  const captionId = `${id}-caption`;
  const downloadQuery = {
    lang: locale,
    view: 'table',
    date: asOf,
    columns: visibleColumns.map((column) => column.id).join(','),
    ...(nameQuery.trim() ? { q: nameQuery.trim().slice(0, 100) } : {}),
    ...(kind !== 'all' ? { kind } : {}),
    ...(sort ? { sort: sort.id, order: sort.desc ? 'desc' : 'asc' } : {}),
  };

  return (
    <div>
      <TableControls view={view} onViewChange={onViewChange} />

      <p className={styles.status} role="status">
        {sort && sortedColumn
          ? t('statusSorted', {
              shown: centerRows.length,
              total: regionCount,
              column: sortedColumn,
              direction: t(sort.desc ? 'descending' : 'ascending'),
            })
          : t('status', { shown: centerRows.length, total: regionCount })}
      </p>

      <ScrollTable
        captionId={captionId}
        caption={
          <>
            {t('caption', { date: asOf })}
            <span className="visually-hidden"> {t('sortHint')}</span>
          </>
        }
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const columnId = columnIdOf(header.column.id);
                const sorted = header.column.getIsSorted();
                const classes = [NUMERIC_COLUMNS.has(columnId) ? styles.numericHeader : '', sorted ? styles.sorted : ''].filter(Boolean);
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={classes.length > 0 ? classes.join(' ') : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    <button type="button" className={styles.sortButton} onClick={() => header.column.toggleSorting()}>
                      {t(`columns.${columnId}`)}
                      <span className={styles.sortIcon} aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {centerRows.map((row) => (
            <tr key={row.id} data-region={row.id}>
              {row.getVisibleCells().map((cell) => (
                <TableCell key={cell.id} row={row.original} column={columnIdOf(cell.column.id)} locale={locale} />
              ))}
            </tr>
          ))}
          {centerRows.length === 0 && (
            <tr>
              <td colSpan={visibleColumns.length} className={styles.noMatch}>
                {t('noMatch')}
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          {bottomRows.map((row) => (
            <tr key={row.id} data-region={row.id} className={styles.nationalRow}>
              {row.getVisibleCells().map((cell) => (
                <TableCell key={cell.id} row={row.original} column={columnIdOf(cell.column.id)} locale={locale} />
              ))}
            </tr>
          ))}
        </tfoot>
      </ScrollTable>
      <DataDownloads query={downloadQuery} />
    </div>
  );
}
