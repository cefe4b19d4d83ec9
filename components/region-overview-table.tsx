import { getTranslations } from 'next-intl/server';
import type { DecisionDto, PublicOverviewDto, RegionOverviewDto } from '@/lib/data/public-overview';
import type { Measure } from '@/lib/domain/metrics';
import { formatNumber, formatPartialDate } from '@/lib/i18n/format';
import { ExampleDataBadge } from './example-data-banner';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function decisionLabel(decision: DecisionDto, t: Translate, locale: string): string {
  const figure = decision.targetFigure === null ? '' : formatNumber(decision.targetFigure, locale);
  if (decision.kind === 'decided_figure' && decision.targetType === 'interim') {
    return t('decisionKind.decided_figure_interim', { figure });
  }
  return t(`decisionKind.${decision.kind}`, { figure });
}

function MeasureCell({ measure, t, locale }: { measure: Measure; t: Translate; locale: string }) {
  if (measure.kind === 'value') return <>{formatNumber(measure.value, locale)}</>;
  return <span className="missing">{t(`missing.${measure.reason}`)}</span>;
}

function SourceCell({ decision, t }: { decision: DecisionDto; t: Translate }) {
  const title = decision.sourceTitle ?? decision.sourceUrl;
  if (!title) return <span className="missing">{t('table.noSource')}</span>;
  return (
    <>
      {decision.sourceUrl ? (
        <a href={decision.sourceUrl} rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        title
      )}{' '}
      <span className={`source-status source-status--${decision.sourceStatus}`}>({t(`sourceStatus.${decision.sourceStatus}`)})</span>
    </>
  );
}

function Row({ region, locale, t }: { region: RegionOverviewDto; locale: string; t: Translate }) {
  const { decision, population, staffing } = region;
  return (
    <tr data-region={region.code}>
      <th scope="row">{locale === 'en' ? region.nameEn : region.nameSv}</th>
      <td className="numeric">
        {population ? (
          <>
            {formatNumber(population.residents, locale)}
            <span className="sub">{t('table.populationYear', { year: population.year })}</span>
          </>
        ) : (
          <span className="missing">{t('missing.population')}</span>
        )}
      </td>
      <td>{decision ? decisionLabel(decision, t, locale) : <span className="missing">{t('table.noDecision')}</span>}</td>
      <td>{decision ? formatPartialDate(decision.decidedOn, locale, t('dates.by')) : <span className="missing">–</span>}</td>
      <td className="source">{decision ? <SourceCell decision={decision} t={t} /> : <span className="missing">–</span>}</td>
      <td className="numeric">
        {staffing ? (
          <>
            <MeasureCell measure={staffing.residentsPerDoctor} t={t} locale={locale} />
            <span className="sub">
              {staffing.populationYear === null
                ? t('table.reportedOn', { date: staffing.referenceDate })
                : t('table.reportedOnWithPopulation', { date: staffing.referenceDate, year: staffing.populationYear })}
            </span>
            {staffing.isExample && <ExampleDataBadge />}
          </>
        ) : (
          <span className="missing">{t('missing.not_reported')}</span>
        )}
      </td>
    </tr>
  );
}

/** All regions with population, the decision in force and its source, and the latest staffing figure. */
export async function RegionOverviewTable({ overview, locale }: { overview: PublicOverviewDto; locale: string }) {
  const t = await getTranslations();
  return (
    <div className="table-scroll" role="region" aria-labelledby="overview-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="overview-caption">{t('home.tableCaption', { asOf: overview.asOf })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.region')}</th>
            <th scope="col" className="numeric">
              {t('table.population')}
            </th>
            <th scope="col">{t('table.decision')}</th>
            <th scope="col">{t('table.decidedOn')}</th>
            <th scope="col">{t('table.source')}</th>
            <th scope="col" className="numeric">
              {t('table.residentsPerDoctor')}
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.regions.map((region) => (
            <Row key={region.code} region={region} locale={locale} t={t} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
