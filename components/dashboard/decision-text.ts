import type { DecisionKind } from '@/lib/domain/decisions';
import type { MissingReason } from '@/lib/domain/metrics';
import { formatNumber } from '@/lib/i18n/format';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "Beslut: 1 500 som steg mot 1 100" and the like, from the common decisionKind texts. */
export function decisionText(
  decision: { kind: DecisionKind; targetFigure: number | null; targetType: 'interim' | 'final' | null } | null,
  t: Translate,
  locale: string,
): string {
  if (!decision) return t('table.noDecision');
  const figure = decision.targetFigure === null ? '' : formatNumber(decision.targetFigure, locale);
  if (decision.kind === 'decided_figure' && decision.targetType === 'interim') return t('decisionKind.decided_figure_interim', { figure });
  return t(`decisionKind.${decision.kind}`, { figure });
}

export function missingText(reason: MissingReason, t: Translate): string {
  return t(`missing.${reason}`);
}
