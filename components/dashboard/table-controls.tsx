'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { DECISION_FILTERS, isDecisionFilter, TABLE_COLUMN_IDS } from '@/lib/dashboard/table-rows';
import { MAX_QUERY_LENGTH, type TableViewState } from '@/lib/dashboard/url-state';
import styles from './table-view.module.css';

/** Every column but the name can be hidden. */
const HIDEABLE_COLUMNS = TABLE_COLUMN_IDS.filter((columnId) => columnId !== 'name');

/**
 * The table view's controls: the search by name, the filter by kind of decision and the choice of
 * columns. They read and write the view in the address, as the table itself does.
 */
export function TableControls({
  view,
  onViewChange,
}: {
  view: TableViewState;
  onViewChange: (patch: Partial<TableViewState>, mode: 'push' | 'replace') => void;
}) {
  const t = useTranslations('tableView');
  const id = useId();
  const nameQuery = view.q;
  const kind = view.kind;
  return (
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
        {HIDEABLE_COLUMNS.map((columnId) => (
          <label key={columnId}>
            <input
              type="checkbox"
              checked={view.columns.includes(columnId)}
              onChange={(event) => {
                const shown = event.target.checked;
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
            {t(`columns.${columnId}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
