import { getTranslations } from 'next-intl/server';
import { decisionText } from '@/components/dashboard/decision-text';
import { ScrollTable } from '@/components/scroll-table';
import type { ChartLabels } from '@/lib/charts/labels';
import { regionName } from '@/lib/charts/common';
import type { RankingRow } from '@/lib/charts/ranking-option';
import { comparisonCells } from '@/lib/dashboard/comparison-cells';
import type { Translate } from '@/lib/dashboard/table-cells';
import type { DashboardDecision, DashboardRegion, DashboardReport } from '@/lib/domain/dashboard-data';
import type { Measure } from '@/lib/domain/metrics';
import type { NationalStaffingPoint } from '@/lib/domain/national';
import type { ReportingState, SubmissionTiming } from '@/lib/domain/rounds';
import type { RegionSnapshot } from '@/lib/domain/snapshot';
import { formatNumber, formatPartialDate, formatShare } from '@/lib/i18n/format';

type Snapshot = RegionSnapshot<DashboardRegion, { regionCode: string; year: number; residents: number }, DashboardDecision, DashboardReport>;

/** The ranked comparison as a table, in the chart's order: ranked regions, then the groups without a figure. */
export async function RankingTable({ rows, date, labels, locale }: { rows: RankingRow[]; date: string; labels: ChartLabels; locale: string }) {
  const t = await getTranslations({ locale });
  const translate = t as unknown as Translate;
  return (
    <ScrollTable captionId="report-ranking-caption" caption={t('roundReport.rankingCaption', { date })} testId="report-ranking">
      <thead>
        <tr>
          <th scope="col" className="numeric">
            {t('roundReport.rank')}
          </th>
          <th scope="col">{t('roundReport.region')}</th>
          <th scope="col" className="numeric">
            {t('roundReport.residentsPerDoctor')}
          </th>
          <th scope="col" className="numeric">
            {t('roundReport.ownTarget')}
          </th>
          <th scope="col">{t('roundReport.decisionState')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          if (row.kind === 'group') {
            return (
              <tr key={`group:${row.state}`}>
                <th scope="rowgroup" colSpan={5}>
                  {t('roundReport.groupHeading', { state: labels.decision.states[row.state] })}
                </th>
              </tr>
            );
          }
          const cells = comparisonCells(row, translate, labels, locale);
          return (
            <tr key={row.region.code} data-code={row.region.code}>
              <td className="numeric">{cells.rank ?? ''}</td>
              <th scope="row">{cells.name}</th>
              <td className="numeric">{typeof cells.value === 'number' ? formatNumber(cells.value, locale) : <span className="missing">{cells.value}</span>}</td>
              <td className="numeric">{cells.target === null ? <span className="missing">{cells.targetText}</span> : cells.targetText}</td>
              <td>{cells.stateText}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

/**
 * Every region's staffing for the round's date and what it amounts to, in code order, with Riket and
 * its coverage last. A region without a published report for the date says so in every cell.
 */
export async function FiguresTable({
  regions,
  national,
  nationalIsExample,
  date,
  locale,
}: {
  regions: readonly Snapshot[];
  national: NationalStaffingPoint;
  nationalIsExample: boolean;
  date: string;
  locale: string;
}) {
  const t = await getTranslations({ locale });
  const number = (value: number, digits = 0) => formatNumber(value, locale, digits);
  const missing = (text: string) => <span className="missing">{text}</span>;
  const measure = (m: Measure, digits = 0) => (m.kind === 'value' ? number(m.value, digits) : missing(t(`missing.${m.reason}`)));
  const notReported = t('roundReport.notReported', { date });
  const badge = <span className="example-badge">{t('exampleData.badge')}</span>;
  return (
    <ScrollTable captionId="report-figures-caption" caption={t('roundReport.figuresCaption', { date })} testId="report-figures">
      <thead>
        <tr>
          <th scope="col">{t('roundReport.region')}</th>
          <th scope="col" className="numeric">{t('roundReport.specialistsFte')}</th>
          <th scope="col" className="numeric">{t('roundReport.traineesFte')}</th>
          <th scope="col" className="numeric">{t('roundReport.capacity')}</th>
          <th scope="col" className="numeric">{t('roundReport.population')}</th>
          <th scope="col" className="numeric">{t('roundReport.residentsPerDoctor')}</th>
          <th scope="col" className="numeric">{t('roundReport.gapTo1100')}</th>
          <th scope="col" className="numeric">{t('roundReport.shareWithNamedContact')}</th>
        </tr>
      </thead>
      <tbody>
        {regions.map((s) => {
          const share = s.shareWithNamedContact;
          return (
            <tr key={s.region.code} data-code={s.region.code}>
              <th scope="row">
                {regionName(s.region, locale)}
                {s.report?.isExample && badge}
              </th>
              {s.report ? (
                <>
                  <td className="numeric">{number(s.report.specialistsFte, 1)}</td>
                  <td className="numeric">{number(s.report.traineesFte, 1)}</td>
                  <td className="numeric" data-measure="capacity">{measure(s.capacity, 1)}</td>
                  <td className="numeric">
                    {s.reportPopulation ? (
                      <>
                        {number(s.reportPopulation.residents)}
                        <span className="sub">{s.reportPopulation.year}</span>
                      </>
                    ) : (
                      missing(t('missing.population'))
                    )}
                  </td>
                  <td className="numeric" data-measure="residentsPerDoctor">{measure(s.residentsPerDoctor)}</td>
                  <td className="numeric" data-measure="gapTo1100">{measure(s.gapTo1100, 1)}</td>
                  <td className="numeric">
                    {share.referenceDate === date && share.measure.kind === 'value' ? formatShare(share.measure.value, locale) : missing(t('missing.not_reported'))}
                  </td>
                </>
              ) : (
                <td colSpan={7} data-measure="residentsPerDoctor">
                  {missing(notReported)}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr data-code="00">
          <th scope="row">
            {t('dashboard.riket')}
            {nationalIsExample && badge}
          </th>
          <td colSpan={2}>
            {t('roundReport.coverage', {
              count: national.coverage.regions.length,
              total: national.coverage.totalRegions,
              share: formatShare(national.coverage.populationShare, locale),
            })}
          </td>
          <td className="numeric" data-measure="capacity">{national.coverage.regions.length > 0 ? number(national.capacity, 1) : missing(notReported)}</td>
          <td className="numeric">{national.coverage.regions.length > 0 ? number(national.population) : ''}</td>
          <td className="numeric" data-measure="residentsPerDoctor">{measure(national.residentsPerDoctor)}</td>
          <td className="numeric" data-measure="gapTo1100">{measure(national.gapTo1100, 1)}</td>
          <td />
        </tr>
      </tfoot>
    </ScrollTable>
  );
}

/** Each region's decision in force on the round's date, its state in the round and when it sent in. */
export async function DecisionsTable({
  regions,
  standings,
  date,
  locale,
}: {
  regions: readonly Snapshot[];
  standings: readonly { regionCode: string; state: ReportingState; timing: SubmissionTiming }[];
  date: string;
  locale: string;
}) {
  const t = await getTranslations({ locale });
  const translate = t as unknown as Translate;
  const timingText = (timing: SubmissionTiming) => {
    switch (timing.kind) {
      case 'on_time':
        return t('roundReport.timing.on_time', { date: timing.submittedOn });
      case 'late':
        return t('roundReport.timing.late', { date: timing.submittedOn, days: timing.daysLate });
      default:
        return t(`roundReport.timing.${timing.kind}`);
    }
  };
  return (
    <ScrollTable captionId="report-decisions-caption" caption={t('roundReport.decisionsCaption', { date })} testId="report-decisions">
      <thead>
        <tr>
          <th scope="col">{t('roundReport.region')}</th>
          <th scope="col">{t('roundReport.decision')}</th>
          <th scope="col">{t('roundReport.decidedOn')}</th>
          <th scope="col">{t('roundReport.state')}</th>
          <th scope="col">{t('roundReport.submitted')}</th>
        </tr>
      </thead>
      <tbody>
        {regions.map((s) => {
          const standing = standings.find((x) => x.regionCode === s.region.code);
          return (
            <tr key={s.region.code} data-code={s.region.code} data-timing={standing?.timing.kind}>
              <th scope="row">{regionName(s.region, locale)}</th>
              <td>{decisionText(s.decision, translate, locale)}</td>
              <td className="nowrap">{s.decision ? formatPartialDate(s.decision.decidedOn, locale, t('dates.by')) : ''}</td>
              <td>{standing ? t(`statusBoard.states.${standing.state}`) : ''}</td>
              <td className="nowrap">{standing ? timingText(standing.timing) : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
