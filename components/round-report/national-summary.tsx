import { getTranslations } from 'next-intl/server';
import { NoBreakDates } from '@/components/no-break-dates';
import { COVERAGE_THRESHOLD, type NationalSharePoint, type NationalStaffingPoint } from '@/lib/domain/national';
import type { SubmissionTiming } from '@/lib/domain/rounds';
import { formatNumber, formatShare } from '@/lib/i18n/format';

/**
 * Riket for the round's reference date with what it covers (how many regions, what share of the
 * residents; partial said in words), and how the regions reported: the report's opening summary.
 */
export async function NationalSummary({
  staffing,
  share,
  isExample,
  timings,
  closesOn,
  locale,
}: {
  staffing: NationalStaffingPoint;
  share: NationalSharePoint;
  isExample: boolean;
  timings: readonly SubmissionTiming[];
  closesOn: string;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: 'roundReport' });
  const badge = await getTranslations({ locale, namespace: 'exampleData' });
  const number = (value: number, digits = 0) => formatNumber(value, locale, digits);
  const { coverage } = staffing;
  const counted = { count: coverage.regions.length, total: coverage.totalRegions, share: formatShare(coverage.populationShare, locale), date: staffing.date };
  const count = (kind: SubmissionTiming['kind']) => timings.filter((timing) => timing.kind === kind).length;
  const threshold = formatShare(COVERAGE_THRESHOLD, locale);

  let figure: string;
  if (coverage.regions.length === 0) figure = t('nationalNone', { date: staffing.date });
  else if (staffing.residentsPerDoctor.kind === 'value') figure = t('national', { ...counted, value: number(staffing.residentsPerDoctor.value) });
  else figure = t('nationalNoValue', counted);
  const gap = staffing.gapTo1100;
  const needed = staffing.fteNeededFor1100;

  return (
    <div className="lead" data-testid="report-national">
      <p>
        <strong data-testid="report-national-figure">
          <NoBreakDates text={figure} />
        </strong>
        {isExample && <span className="example-badge">{badge('badge')}</span>}
      </p>
      {coverage.regions.length > 0 && !coverage.complete && <p className="notice">{t('nationalPartial', { threshold })}</p>}
      {gap.kind === 'value' && needed.kind === 'value' && (
        <p>
          {t(gap.value > 0 ? 'nationalGap' : 'nationalSurplus', {
            needed: number(needed.value, 1),
            capacity: number(staffing.capacity, 1),
            gap: number(Math.abs(gap.value), 1),
          })}
        </p>
      )}
      {share.shareWithNamedContact.kind === 'value' && (
        <p>
          {t('nationalShare', {
            share: formatShare(share.shareWithNamedContact.value, locale),
            count: share.coverage.regions.length,
            total: share.coverage.totalRegions,
            coverage: formatShare(share.coverage.populationShare, locale),
          })}
        </p>
      )}
      <p data-testid="report-reporting-summary">
        <NoBreakDates
          text={t('reportingSummary', {
            onTime: count('on_time'),
            total: timings.length,
            closesOn,
            late: count('late'),
            unknown: count('date_unknown'),
            notSent: count('not_sent_in'),
          })}
        />
      </p>
    </div>
  );
}
