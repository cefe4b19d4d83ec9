import type { DecisionKind } from '@/lib/domain/decisions';
import type { MissingReason } from '@/lib/domain/metrics';
import { tableDecisionText, type Translate } from '@/lib/dashboard/table-cells';

/** "Beslut: 1 500 som steg mot 1 100" and the like, from the common decisionKind texts (as the table says it). */
export function decisionText(
  decision: { kind: DecisionKind; targetFigure: number | null; targetType: 'interim' | 'final' | null } | null,
  t: Translate,
  locale: string,
): string {
  if (!decision) return t('table.noDecision');
  return tableDecisionText({ kind: decision.kind, figure: decision.targetFigure, interim: decision.targetType === 'interim' }, t, locale);
}

export function missingText(reason: MissingReason, t: Translate): string {
  return t(`missing.${reason}`);
}
