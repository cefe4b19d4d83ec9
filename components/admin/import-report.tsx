'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { ScrollTable } from '@/components/scroll-table';
import type { ImportReport } from '@/lib/data/import';
import { regionRows } from '@/lib/domain/regions';
import type { ImportIssue } from '@/lib/import/table-file';
import type { PlanRow } from '@/lib/import/plan';

/** New figures, changed figures and new sources are all written; unchanged rows are not. */
export const rowsToWrite = ({ counts }: Pick<ImportReport, 'counts'>) => counts.insert + counts.change + counts.source_only;

/**
 * A dry run's or an import's outcome: the counts, every error by row and column, and the rows planned
 * — the figures that move (now and after), apart from those whose figures stay and only the source or
 * text changes, apart from those left as they are.
 */
export function ImportReportView({ report, reviewHref }: { report: ImportReport; reviewHref: string }) {
  const t = useTranslations('admin.import');
  const warningText = useTranslations('entry.warnings');
  // A template cell is checked by the staffing form's own rules, so its errors read as the form's.
  const fieldErrorText = useTranslations('entry.errors');
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE');
  const regionName = (code: string) => {
    const region = regionRows.find((r) => r.code === code);
    return region ? (locale === 'en' ? region.nameEn : region.nameSv) : code;
  };
  const { counts } = report;
  const written = rowsToWrite(report);
  const rowsOf = (...actions: PlanRow['action'][]) => report.rows.filter((row) => actions.includes(row.action));
  const moving = rowsOf('insert', 'change');
  const sourceOnly = rowsOf('source_only');
  const unchanged = rowsOf('unchanged');

  const issueText = (issue: ImportIssue) => {
    const values = { ...issue.values };
    if (issue.code === 'needs_explanation' && typeof values.value === 'string') {
      values.value = values.value
        .split(', ')
        .map((code) => (warningText.has(code) ? warningText(code) : code))
        .join(' ');
    }
    if (issue.code === 'region_record_in_progress' && typeof values.status === 'string') values.status = t.has(`status.${values.status}`) ? t(`status.${values.status}`) : values.status;
    if (t.has(`errors.${issue.code}`)) return t(`errors.${issue.code}`, values);
    return fieldErrorText.has(issue.code) ? fieldErrorText(issue.code, values) : fieldErrorText('invalid');
  };

  const figures = (values: PlanRow['before']) => {
    if (!values) return t('figures.none');
    if ('residents' in values) return t('figures.residents', { residents: number.format(Number(values.residents)) });
    const staffing = t('figures.staffing', {
      specialistsFte: number.format(Number(values.specialistsFte)),
      specialistsHeadcount: number.format(Number(values.specialistsHeadcount)),
      traineesFte: number.format(Number(values.traineesFte)),
      traineesHeadcount: number.format(Number(values.traineesHeadcount)),
    });
    if (values.residentsWithNamedContact === null) return staffing;
    return `${staffing}, ${t('figures.namedContact', { residents: number.format(Number(values.residentsWithNamedContact)) })}`;
  };
  // Only the texts that differ, each named: "Source: … · Source status: verified".
  const texts = (values: PlanRow['before'], other: PlanRow['before']) =>
    Object.entries(values ?? {})
      .filter(([key, value]) => t.has(`texts.${key}`) && value !== other?.[key])
      .map(([key, value]) => {
        const text = value === null ? t('figures.none') : key === 'sourceStatus' && t.has(`sourceStatus.${value}`) ? t(`sourceStatus.${value}`) : String(value);
        return t(`texts.${key}`, { text });
      })
      .join(' · ');
  const more = (shown: number, total: number) => total > shown && <p>{t('shownFirst', { shown: number.format(shown), total: number.format(total) })}</p>;

  const heading =
    report.mode === 'preview' ? t('summaryPreview', { file: report.fileName }) : written > 0 ? t('summaryCommitted', { file: report.fileName }) : t('summaryNothing', { file: report.fileName });

  return (
    <section aria-labelledby="import-summary">
      <h2 id="import-summary">{heading}</h2>
      <p>
        {t('counts', {
          insert: number.format(counts.insert),
          change: number.format(counts.change),
          sourceOnly: number.format(counts.source_only),
          unchanged: number.format(counts.unchanged),
          leftAlone: number.format(counts.leftAlone),
        })}
      </p>
      {report.mode === 'commit' && written > 0 && (
        <p className="notice">
          {report.kind === 'population' ? (
            t('publishedNow')
          ) : (
            <>
              {t('toReview')} <Link href={reviewHref}>{t('reviewLink')}</Link>
            </>
          )}
        </p>
      )}

      {counts.issues > 0 && (
        <>
          <h3 className="form-error">{t('issuesHeading', { count: counts.issues })}</h3>
          <p>{t('issuesIntro')}</p>
          <ScrollTable captionId="import-issues-caption" caption={t('issuesHeading', { count: counts.issues })}>
            <thead>
              <tr>
                <th scope="col">{t('columns.row')}</th>
                <th scope="col">{t('columns.column')}</th>
                <th scope="col">{t('columns.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {report.issues.map((issue, index) => (
                <tr key={index}>
                  <th scope="row">{issue.row ?? t('noLocation')}</th>
                  <td>{issue.column ?? ''}</td>
                  <td>{issueText(issue)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {more(report.issues.length, counts.issues)}
        </>
      )}

      {moving.length > 0 && (
        <>
          <h3>{t('movingHeading')}</h3>
          <ScrollTable captionId="import-moving-caption" caption={t('movingHeading')}>
            <thead>
              <tr>
                <th scope="col">{t('columns.row')}</th>
                <th scope="col">{t('columns.action')}</th>
                <th scope="col">{t('columns.region')}</th>
                <th scope="col">{t('columns.period')}</th>
                <th scope="col">{t('columns.before')}</th>
                <th scope="col">{t('columns.after')}</th>
              </tr>
            </thead>
            <tbody>
              {moving.map((row) => (
                <tr key={`${row.regionCode}:${row.period}`}>
                  <th scope="row">{row.row ?? row.column}</th>
                  <td>{t(`actions.${row.action}`)}</td>
                  <td>{regionName(row.regionCode)}</td>
                  <td>{row.period}</td>
                  <td>{figures(row.before)}</td>
                  <td>{figures(row.after)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {more(moving.length, counts.insert + counts.change)}
        </>
      )}

      {sourceOnly.length > 0 && (
        <>
          <h3>{t('sourceOnlyHeading')}</h3>
          <p>{t('sourceOnlyIntro')}</p>
          <ScrollTable captionId="import-source-only-caption" caption={t('sourceOnlyHeading')}>
            <thead>
              <tr>
                <th scope="col">{t('columns.row')}</th>
                <th scope="col">{t('columns.region')}</th>
                <th scope="col">{t('columns.period')}</th>
                <th scope="col">{t('columns.figures')}</th>
                <th scope="col">{t('columns.before')}</th>
                <th scope="col">{t('columns.after')}</th>
              </tr>
            </thead>
            <tbody>
              {sourceOnly.map((row) => (
                <tr key={`${row.regionCode}:${row.period}`}>
                  <th scope="row">{row.row ?? row.column}</th>
                  <td>{regionName(row.regionCode)}</td>
                  <td>{row.period}</td>
                  <td>{figures(row.after)}</td>
                  <td>{texts(row.before, row.after)}</td>
                  <td>{texts(row.after, row.before)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {more(sourceOnly.length, counts.source_only)}
        </>
      )}

      {unchanged.length > 0 && (
        <>
          <h3>{t('unchangedHeading')}</h3>
          <ScrollTable captionId="import-unchanged-caption" caption={t('unchangedHeading')}>
            <thead>
              <tr>
                <th scope="col">{t('columns.row')}</th>
                <th scope="col">{t('columns.region')}</th>
                <th scope="col">{t('columns.period')}</th>
                <th scope="col">{t('columns.figures')}</th>
              </tr>
            </thead>
            <tbody>
              {unchanged.map((row) => (
                <tr key={`${row.regionCode}:${row.period}`}>
                  <th scope="row">{row.row ?? row.column}</th>
                  <td>{regionName(row.regionCode)}</td>
                  <td>{row.period}</td>
                  <td>{figures(row.after)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {more(unchanged.length, counts.unchanged)}
        </>
      )}

      {report.leftAlone.length > 0 && (
        <>
          <h3>{t('leftAloneHeading')}</h3>
          <ScrollTable captionId="import-left-caption" caption={t('leftAloneHeading')}>
            <thead>
              <tr>
                <th scope="col">{t('columns.row')}</th>
                <th scope="col">{t('columns.what')}</th>
                <th scope="col">{t('columns.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.leftAlone.map((row, index) => (
                <tr key={index}>
                  <th scope="row">{row.row ?? row.column}</th>
                  <td>{row.label}</td>
                  <td>{t(`reasons.${row.reason}`)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {more(report.leftAlone.length, counts.leftAlone)}
        </>
      )}
    </section>
  );
}
