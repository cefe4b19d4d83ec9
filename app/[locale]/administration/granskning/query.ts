import { isRecordRef } from '@/lib/review/review-input';

/**
 * The review screen's address carries what the administrator chose when an action was refused or is
 * waiting for confirmation (the chosen records, the comment), so nothing is lost without JavaScript.
 * Only well-formed record names are kept, and no more than a screen can hold.
 */

const MAX_ITEMS = 500;
const MAX_COMMENT = 2000;

const wellFormed = (items: string[]) => items.filter(isRecordRef).slice(0, MAX_ITEMS);

export function reviewPageQuery(state: { failed?: string; form?: string; step?: string; items: string[]; comment?: string }): string {
  const query = new URLSearchParams();
  if (state.step) query.set('step', state.step);
  if (state.failed) query.set('failed', state.failed);
  if (state.form) query.set('form', state.form);
  for (const item of wellFormed(state.items)) query.append('items', item);
  if (state.comment) query.set('comment', state.comment.slice(0, MAX_COMMENT));
  return query.toString();
}

/** The chosen records and the comment a refused action brought back (or a confirmation step names). */
export function keptChoice(query: Record<string, string | string[] | undefined>): { items: Set<string>; comment: string } {
  const items = query.items === undefined ? [] : [query.items].flat();
  const comment = typeof query.comment === 'string' ? query.comment.slice(0, MAX_COMMENT) : '';
  return { items: new Set(wellFormed(items)), comment };
}
