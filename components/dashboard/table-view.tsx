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
import { NoBreakDates } from '@/components/no-break-dates';
import { tableCell, type TableCell } from '@/lib/dashboard/table-cells';
import type { DashboardData } from '@/lib/domain/dashboard-data';
import { MAX_QUERY_LENGTH, type TableViewState } from '@/lib/dashboard/url-state';
import { formatNumber } from '@/lib/i18n/format';
import { DataDownloads } from './downloads';
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
  rowPinning: { top: [], bottom: [NATIONAL_ROW_CODE] },
};

const resolve = <T,>(updater: Updater<T>, old: T): T => (typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater);

function columnIdOf(id: string): TableColumnId {
  const found = TABLE_COLUMN_IDS.find((columnId) => columnId === id);
  if (!found) throw new Error(`unknown table column ${id}`);
  return found;
}

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
  const kind: DecisionFilter = view.kind;

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
      <div className={styles.controls}>
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>{t('filterName')}</label>
          <input
            id={`${id}-name`}
            type="search"
            autoComplete="off"
            maxLength={MAX_QUERY_LENGTH}
            value={nameQuery}
            // Starting a search is a step back can undo; the letters typed after it are not.
            onChange={(event) => onViewChange({ q: event.target.value.slice(0, MAX_QUERY_LENGTH) }, nameQuery === '' ? 'push' : 'replace')}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-kind`}>{t('filterKind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => {
              const value = event.target.value;
              onViewChange({ kind: isDecisionFilter(value) ? value : 'all' }, 'push');
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
                    const shown = event.target.checked;
                    const columnId = columnIdOf(column.id);
                    onViewChange(
                      {
                        columns: TABLE_COLUMN_IDS.filter((other) => (other === columnId ? shown : view.columns.includes(other))),
                        // A hidden column does not keep ordering the rows out of sight.
                        ...(!shown && view.sort?.id === columnId ? { sort: null } : {}),
                      },
                      'push',
                    );
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
      // Sources' titles are quoted in Swedish: marked so on the English page.
      const lang = column === 'source' && locale === 'en' ? 'sv' : undefined;
      const text = cell.href ? (
        <a href={cell.href} rel="noopener noreferrer" lang={lang}>
          <NoBreakDates text={cell.text} />
        </a>
      ) : lang ? (
        <span lang={lang}>
          <NoBreakDates text={cell.text} />
        </span>
      ) : (
        <NoBreakDates text={cell.text} />
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
