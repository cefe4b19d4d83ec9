'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { NoBreakDates } from '@/components/no-break-dates';
import { tableCell, type TableCell as CellModel } from '@/lib/dashboard/table-cells';
import { NUMERIC_COLUMNS, TABLE_COLUMN_IDS, type TableColumnId, type TableRow } from '@/lib/dashboard/table-rows';
import { formatNumber } from '@/lib/i18n/format';
import styles from './table-view.module.css';

type Locale = 'sv' | 'en';
type TableTexts = ReturnType<typeof useTranslations<'tableView'>>;

export function columnIdOf(id: string): TableColumnId {
  const found = TABLE_COLUMN_IDS.find((columnId) => columnId === id);
  if (!found) throw new Error(`unknown table column ${id}`);
  return found;
}

/** One cell of the table view: the region's name (a row header, with Riket's coverage) or a figure or text. */
export function TableCell({ row, column, locale }: { row: TableRow; column: TableColumnId; locale: Locale }) {
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
  return (
    <div className={styles.coverage}>
      <span className="sub">{t('nationalBasis', { included: coverage.included.length, total: coverage.totalRegions })}</span>
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
function cellContent(cell: CellModel, column: TableColumnId, locale: Locale, t: TableTexts): ReactNode {
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
