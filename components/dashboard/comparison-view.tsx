'use client';

import { useMemo } from 'react';
import { snapshotRows } from '@/lib/charts/common';
import type { DashboardData } from '@/lib/domain/dashboard-data';
import { rankingAsOf } from '@/lib/domain/ranking';
import { RankingFigure } from './ranking-figure';
import { SharePanel } from './share-panel';

/** The dashboard's comparison view: every region against 1 100 on the slider's day. */
export function ComparisonView({
  data,
  asOf,
  locale,
  embedded = false,
}: {
  data: DashboardData;
  asOf: string;
  locale: 'sv' | 'en';
  /** In an embed: the chart first, without downloads or the share section. */
  embedded?: boolean;
}) {
  const ranking = useMemo(() => rankingAsOf(snapshotRows(data), asOf), [data, asOf]);
  const share = embedded ? null : (
    <SharePanel view="comparison" locale={locale} state={{ measure: 'decision', date: asOf === data.today ? null : asOf, regions: [] }} />
  );
  return (
    <RankingFigure
      ranking={ranking}
      regions={data.regions}
      locale={locale}
      today={data.today}
      containsExampleData={data.containsExampleData}
      share={share}
      embedded={embedded}
    />
  );
}
