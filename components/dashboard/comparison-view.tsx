'use client';

import { useMemo } from 'react';
import { snapshotRows } from '@/lib/charts/common';
import type { DashboardData } from '@/lib/dashboard/types';
import { rankingAsOf } from '@/lib/domain/ranking';
import { RankingFigure } from './ranking-figure';

/** The dashboard's comparison view: every region against 1 100 on the slider's day. */
export function ComparisonView({ data, asOf, locale }: { data: DashboardData; asOf: string; locale: 'sv' | 'en' }) {
  const ranking = useMemo(() => rankingAsOf(snapshotRows(data), asOf), [data, asOf]);
  return <RankingFigure ranking={ranking} regions={data.regions} locale={locale} today={data.today} containsExampleData={data.containsExampleData} />;
}
