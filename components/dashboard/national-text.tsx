'use client';

import { useTranslations } from 'next-intl';
import { nationalShown, type NationalStaffingPoint, type NationalStanding } from '@/lib/domain/national';
import { formatNumber } from '@/lib/i18n/format';

const percent = (share: number, locale: string) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { style: 'percent', maximumFractionDigits: 0 }).format(share);

/**
 * Riket in words, always with what it covers: the latest complete figure (or, without one, the latest
 * partial one, said to be partial), and a later partial point named apart, never as a change.
 */
export function NationalText({ standing, locale }: { standing: NationalStanding<NationalStaffingPoint>; locale: 'sv' | 'en' }) {
  const t = useTranslations('dashboard');
  const { shown, laterPartial: later } = nationalShown(standing);
  if (!shown) return <>{t('nationalMissing')}</>;
  const coverage = (point: NationalStaffingPoint) => ({
    count: point.coverage.regions.length,
    total: point.coverage.totalRegions,
    share: percent(point.coverage.populationShare, locale),
    date: point.date,
  });
  return (
    <>
      {shown.residentsPerDoctor.kind === 'value'
        ? t('national', { value: formatNumber(shown.residentsPerDoctor.value, locale), ...coverage(shown) })
        : t('nationalNoValue', coverage(shown))}
      {!shown.coverage.complete && <> {t('nationalPartial')}</>}
      {later && <> {t('nationalLaterPartial', coverage(later))}</>}
    </>
  );
}
