import { decisionText } from '@/components/dashboard/decision-text';
import type { Translate } from '@/lib/dashboard/table-cells';
import type { ChangeLogEntry } from '@/lib/data/change-log';
import type { DecisionKind } from '@/lib/domain/decisions';
import type { DatePrecision } from '@/lib/domain/partial-date';
import { formatNumber, formatPartialDate } from '@/lib/i18n/format';

type Item = ChangeLogEntry['items'][number];

/**
 * One published item as the change log and its feeds say it: "Region Gotland: bemanning 2026-09-30:
 * 31 heltider specialister och 9 heltider ST-läkare (ny)". `t` reads the changeLog texts, `common` the
 * whole catalogue (for dates and decision texts).
 */
export function describeChange(item: Item, locale: string, t: Translate, common: Translate): string {
  const region = locale === 'en' ? item.regionName.en : item.regionName.sv;
  const d = item.details;
  const text =
    item.entity === 'staffing_report'
      ? t('staffing', { region, date: String(d.referenceDate), specialists: formatNumber(Number(d.specialistsFte), locale, 2), trainees: formatNumber(Number(d.traineesFte), locale, 2) })
      : t('decision', {
          region,
          date: formatPartialDate({ date: String(d.decidedOn), precision: d.decidedOnPrecision as DatePrecision, isUpperBound: false }, locale, common('dates.by')),
          text: decisionText(
            { kind: d.kind as DecisionKind, targetFigure: (d.targetFigure as number | null) ?? null, targetType: (d.targetType as 'interim' | 'final' | null) ?? null },
            common,
            locale,
          ),
        });
  return `${text} (${t(item.change)})`;
}
