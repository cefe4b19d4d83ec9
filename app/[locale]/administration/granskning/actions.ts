'use server';

import { redirect } from 'next/navigation';
import { refreshPublicPages } from '@/lib/cache/refresh';
import { publishApproved, reopenRecord, reviewRecords, type ReviewResult } from '@/lib/data/review';
import { adminPath } from '../paths';
import { formLocale, formOf } from '@/lib/entry/fields';
import { reviewPageQuery } from './query';

/*
 * Thin wrappers: the data-access layer establishes the administrator, checks the choice (and, for
 * publishing, the confirmation) and acts on all chosen records or none. Publishing then refreshes every
 * cached public page and file, so the public sees the new figures on its next request rather than
 * when a timer runs out.
 */

const text = (form: FormData, name: string) => (typeof form.get(name) === 'string' ? String(form.get(name)) : undefined);

/**
 * Back to the review screen, saying what was done, or what failed and in which form (its error stands
 * at that form's field). A refused action keeps what the administrator chose and wrote: the chosen
 * records come back ticked and the comment filled in. A publication sent without its confirmation goes
 * to the confirmation step for the same records.
 */
function outcome(form: FormData, result: ReviewResult, done: string, which: 'review' | 'publish' | 'reopen'): never {
  const locale = formLocale(form.get('locale'));
  if (result.ok) redirect(adminPath(locale, `/granskning?done=${done}`));
  const failed = result.failure.kind === 'invalid' ? (Object.values(result.failure.fields)[0] ?? 'invalid') : result.failure.kind;
  const query = reviewPageQuery({
    failed,
    form: which,
    step: which === 'publish' && failed === 'confirm_required' ? 'publish' : undefined,
    items: form.getAll('items').map(String),
    comment: which === 'review' ? text(form, 'comment') : undefined,
  });
  redirect(adminPath(locale, `/granskning?${query}`));
}

export async function reviewAction(input: unknown): Promise<void> {
  const form = formOf(input);
  const decision = text(form, 'decision');
  const result = await reviewRecords({ items: form.getAll('items').map(String), decision, comment: text(form, 'comment') });
  outcome(form, result, decision === 'return' ? 'return' : 'approve', 'review');
}

export async function publishAction(input: unknown): Promise<void> {
  const form = formOf(input);
  const result = await publishApproved({ items: form.getAll('items').map(String), confirmed: text(form, 'confirmed') });
  if (result.ok) refreshPublicPages();
  outcome(form, result, 'publish', 'publish');
}

export async function reopenAction(input: unknown): Promise<void> {
  const form = formOf(input);
  const result = await reopenRecord({ item: text(form, 'item'), comment: text(form, 'comment') });
  outcome(form, result, 'reopen', 'reopen');
}
