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
  type Row,
} from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useId, useMemo, type ReactNode } from 'react';
import {
  buildTableRows,
  columnSortOptions,
  DECISION_FILTERS,
  isDecisionFilter,
  matchesDecisionFilter,
  matchesNameFilter,
  NATIONAL_ROW_CODE,
  NUMERIC_COLUMNS,
  TABLE_COLUMN_IDS,
  type DecisionFilter,
  type TableColumnId,
  type TableRow,
} from '@/lib/dashboard/table-rows';
import { ScrollTable } from '@/components/scroll-table';
import { tableCell, type TableCell } from '@/lib/dashboard/table-cells';
import type { DashboardData } from '@/lib/dashboard/types';
import { formatNumber } from '@/lib/i18n/format';
import { DataDownloads } from './downloads';
import styles from './table-view.module.css';

export interface TableViewProps {
  data: DashboardData;
  /** ISO date: the day whose decisions and latest reports the table shows. */
  asOf: string;
  locale: 'sv' | 'en';
}

type Locale = TableViewProps['locale'];
type TableTexts = ReturnType<typeof useTranslations<'tableView'>>;

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnVisibilityFeature,
  rowPinningFeature,
});

const INITIAL_STATE = {
  // The decision text already carries the own target, and capacity sums the two FTE columns.
  columnVisibility: { ownTarget: false, specialistsFte: false, traineesFte: false },
  rowPinning: { top: [], bottom: [NATIONAL_ROW_CODE] },
};

function columnIdOf(id: string): TableColumnId {
  const found = TABLE_COLUMN_IDS.find((columnId) => columnId === id);
  if (!found) throw new Error(`unknown table column ${id}`);
  return found;
}

/**
 * The dashboard's table view: every region and Riket on one day, sortable by any column, filterable
 * by name and by the kind of decision, with a choice of columns. Riket stays in the last row.
 */
export function TableView({ data, asOf, locale }: TableViewProps) {
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

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.code,
    initialState: INITIAL_STATE,
    keepPinnedRows: true,
    enableMultiSort: false,
    sortDescFirst: false,
  });

  const nameFilter = table.getColumn('name')?.getFilterValue();
  const nameQuery = typeof nameFilter === 'string' ? nameFilter : '';
  const kindFilter = table.getColumn('decision')?.getFilterValue();
  const kind: DecisionFilter = typeof kindFilter === 'string' && isDecisionFilter(kindFilter) ? kindFilter : 'all';

  const centerRows = table.getCenterRows();
  const bottomRows = table.getBottomRows();
  const visibleColumns = table.getVisibleLeafColumns();
  const regionCount = rows.filter((row) => !row.isNational).length;
  const sort = table.state.sorting[0];
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
      <div className={styles.controls}>
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>{t('filterName')}</label>
          <input
            id={`${id}-name`}
            type="search"
            autoComplete="off"
            value={nameQuery}
            onChange={(event) => table.getColumn('name')?.setFilterValue(event.target.value === '' ? undefined : event.target.value)}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-kind`}>{t('filterKind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => {
              const value = event.target.value;
              table.getColumn('decision')?.setFilterValue(value === 'all' || !isDecisionFilter(value) ? undefined : value);
            }}
          >
            {DECISION_FILTERS.map((option) => (
              <option key={option} value={option}>
                {t(`kindOption.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className={styles.columnToggles}>
          <legend>{t('columnsLegend')}</legend>
          {table
            .getAllLeafColumns()
            .filter((column) => column.getCanHide())
            .map((column) => (
              <label key={column.id}>
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  onChange={(event) => {
                    // A hidden column does not keep ordering the rows out of sight.
                    if (!event.target.checked && column.getIsSorted()) column.clearSorting();
                    column.toggleVisibility(event.target.checked);
                  }}
                />
                {t(`columns.${columnIdOf(column.id)}`)}
              </label>
            ))}
        </fieldset>
      </div>

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
                <Cell key={cell.id} row={row.original} column={columnIdOf(cell.column.id)} locale={locale} />
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
                <Cell key={cell.id} row={row.original} column={columnIdOf(cell.column.id)} locale={locale} />
              ))}
            </tr>
          ))}
        </tfoot>
      </ScrollTable>
      <DataDownloads query={downloadQuery} />
    </div>
  );
}

function Cell({ row, column, locale }: { row: TableRow; column: TableColumnId; locale: Locale }) {
  const t = useTranslations('tableView');
  const common = useTranslations();
  if (column === 'name') {
    return (
      <th scope="row">
        {row.name}
        {row.isExample && (
          <>
            {' '}
            <span className="example-badge">{common('exampleData.badge')}</span>
          </>
        )}
        {row.coverage && <Coverage coverage={row.coverage} t={t} />}
      </th>
    );
  }
  return (
    <td className={NUMERIC_COLUMNS.has(column) ? 'numeric' : column === 'source' ? 'source' : undefined}>
      {cellContent(tableCell(row, column, common, locale), column, locale, t)}
    </td>
  );
}

function Coverage({ coverage, t }: { coverage: NonNullable<TableRow['coverage']>; t: TableTexts }) {
  const total = coverage.included.length + coverage.excluded.length;
  return (
    <div className={styles.coverage}>
      <span className="sub">{t('nationalBasis', { included: coverage.included.length, total })}</span>
      <details>
        <summary>{t('nationalRegions')}</summary>
        <p>{coverage.included.length > 0 ? t('nationalIncluded', { names: coverage.included.join(', ') }) : t('nationalNone')}</p>
        {coverage.excluded.length > 0 && <p>{t('nationalExcluded', { names: coverage.excluded.join(', ') })}</p>}
      </details>
    </div>
  );
}

const NOWRAP: ReadonlySet<TableColumnId> = new Set(['decisionDate', 'latestReportDate']);

/** Draws a cell of the shared cell model (lib/dashboard/table-cells), so the downloads say the same. */
function cellContent(cell: TableCell, column: TableColumnId, locale: Locale, t: TableTexts): ReactNode {
  switch (cell.kind) {
    case 'missing':
      return <span className="missing">{cell.text}</span>;
    case 'number': {
      const text = formatNumber(cell.value, locale, cell.digits);
      return (
        <>
          {cell.unit === 'percent' ? t('percent', { value: text }) : text}
          {cell.note && <span className="sub">{cell.note}</span>}
        </>
      );
    }
    case 'text': {
      const text = cell.href ? (
        <a href={cell.href} rel="noopener noreferrer">
          {cell.text}
        </a>
      ) : (
        cell.text
      );
      return (
        <>
          {NOWRAP.has(column) ? <span className={styles.nowrap}>{text}</span> : text}
          {cell.note && (
            <>
              {' '}
              <span className="source-status">({cell.note})</span>
            </>
          )}
        </>
      );
    }
  }
}
