import { changeArrow, shownNational, type RankingRow } from '@/lib/charts/ranking-option';
import { coverageText } from '@/lib/charts/common';
import type { ChartLabels } from '@/lib/charts/labels';
import { targetAgainstGuideline, type Ranking } from '@/lib/domain/ranking';
import { formatNumber } from '@/lib/i18n/format';
import { tableDecisionText, type Translate } from './table-cells';
import type { DashboardDecision } from '@/lib/domain/dashboard-data';

/**
 * The words and numbers of one row of the comparison, as the page's table and the downloaded file both
 * show them (numbers as numbers for the file, printed for the page); missing is said, never 0.
 */

export interface ComparisonCells {
  rank: number | null;
  name: string;
  /** Residents per fast läkarkontakt, or why there is none. */
  value: number | string;
  referenceDate: string | null;
  previousDate: string | null;
  /** Signed change since the previous reference date (whole residents), null without one. */
  change: number | null;
  /** "↓ 250 (sedan 2023-12-31)", "ingen tidigare rapport", or "" where there is no figure. */
  changeText: string;
  target: number | null;
  targetText: string;
  /** The own target against 1 100, in words. */
  versusText: string;
  stateText: string;
  decisionText: string;
}

export function comparisonCells(row: Exclude<RankingRow, { kind: 'group' }>, t: Translate, labels: ChartLabels, locale: string): ComparisonCells {
  const { region } = row;
  const decision = region.decision
    ? tableDecisionText({ kind: region.decision.kind, figure: region.decision.targetFigure, interim: region.decision.targetType === 'interim' }, t, locale)
    : t('table.noDecision');
  const target = region.target;
  const difference = target === null ? null : targetAgainstGuideline(target);
  const versusText =
    difference === null
      ? ''
      : difference === 0
        ? t('comparison.versus.equal')
        : t(difference < 0 ? 'comparison.versus.below' : 'comparison.versus.above', { value: formatNumber(Math.abs(difference), locale) });
  const common = {
    name: row.name,
    target,
    targetText: target === null ? t('comparison.noTarget') : formatNumber(target, locale),
    versusText,
    stateText: labels.decision.states[region.state],
    decisionText: decision,
  };
  if (row.kind === 'unranked') {
    return { ...common, rank: null, value: labels.missing[row.region.reason], referenceDate: null, previousDate: null, change: null, changeText: '' };
  }
  const { change, previous } = row.region;
  const arrow = change === null ? '' : changeArrow(change, locale);
  const changeText =
    change === null || previous === null
      ? t('comparison.noPrevious')
      : arrow === ''
        ? t('comparison.unchanged', { date: previous.referenceDate })
        : t('comparison.change', { arrow: arrow.split(' ')[0] ?? '', value: arrow.slice(2), date: previous.referenceDate });
  return {
    ...common,
    rank: row.region.rank,
    value: row.region.residentsPerDoctor,
    referenceDate: row.region.referenceDate,
    previousDate: previous?.referenceDate ?? null,
    change: change === null ? null : Math.round(change),
    changeText,
  };
}

/** Riket as the comparison shows it: figure, date and coverage ("delvis" below the threshold). */
export function comparisonNational(
  ranking: Pick<Ranking<DashboardDecision>, 'national'>,
  t: Translate,
  labels: ChartLabels,
  locale: string,
): { value: number; date: string; coverage: string } | null {
  const national = shownNational(ranking);
  if (!national) return null;
  const { coverage } = national.point;
  return {
    value: national.value,
    date: national.point.date,
    coverage: `${coverageText(coverage, labels, locale)}${coverage.complete ? '' : `; ${t('comparison.riketPartial')}`}`,
  };
}
