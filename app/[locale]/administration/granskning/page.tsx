import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ConfirmationStep } from '@/components/confirmation-step';
import { listForReview } from '@/lib/data/review';
import { publishAction, reviewAction } from './actions';
import { keptChoice, reviewPageQuery } from './query';
import { recordName, regionNameOf, ReviewTables } from './review-tables';
import { adminMetadata, refusedPage } from '../page-guard';

export const dynamic = 'force-dynamic';

export const generateMetadata = adminMetadata('review.title');

const DONE = ['approve', 'return', 'publish', 'reopen'] as const;
const FAILED = ['choose_items', 'reason_required', 'confirm_required', 'stale', 'invalid', 'unauthenticated', 'forbidden'] as const;

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const queue = await listForReview();
  if ('kind' in queue) return refusedPage(queue, locale, '/granskning', 'review.title');
  const t = await getTranslations({ locale, namespace: 'admin' });
  const common = await getTranslations({ locale });
  const query = await searchParams;
  const done = DONE.find((key) => key === query.done);
  const failed = FAILED.find((key) => key === query.failed);
  const kept = keptChoice(query);
  // Which form failed decides where its error stands: at the records to choose, at the comment, or on top.
  const failedForm = query.form === 'review' || query.form === 'publish' ? query.form : null;
  const errorAt = (form: 'review' | 'publish', codes: readonly (typeof FAILED)[number][]) => (failed && failedForm === form && codes.includes(failed) ? failed : null);
  const chooseSubmitted = errorAt('review', ['choose_items']);
  const commentError = errorAt('review', ['reason_required']);
  const chooseApproved = errorAt('publish', ['choose_items']);
  const fieldError = (code: string, id: string) => (
    <p className="field-error" id={id} role="alert" data-testid="review-error">
      {t(`review.failed.${code}` as 'review.failed.invalid')}
    </p>
  );

  // The confirmation step before publishing: the approved records chosen, named with their regions.
  const toPublish = queue.approved.filter((item) => kept.items.has(item.ref));
  if (query.step === 'publish' && toPublish.length > 0) {
    const regions = new Set(toPublish.map((item) => item.regionCode)).size;
    return (
      <>
        <h1>{t('review.title')}</h1>
        <ConfirmationStep
          id="publish-confirmation"
          question={t('review.confirmPublish.question', { count: toPublish.length, regions })}
          consequence={t('review.confirmPublish.consequence')}
          records={toPublish.map((item) => t('review.confirmPublish.record', { what: recordName(item, common, locale), region: regionNameOf(item, locale) }))}
          action={publishAction}
          hidden={[['locale', locale], ...toPublish.map((item): [string, string] => ['items', item.ref])]}
          confirmLabel={t('review.confirmPublish.confirm', { count: toPublish.length })}
          cancel={{ href: `/administration/granskning?${reviewPageQuery({ items: toPublish.map((item) => item.ref) })}`, label: t('review.confirmPublish.cancel') }}
          error={failed === 'confirm_required' ? t('review.failed.confirm_required') : undefined}
        />
      </>
    );
  }
  const publishNothing = query.step === 'publish' ? 'choose_items' : null;

  return (
    <>
      <h1>{t('review.title')}</h1>
      {done && (
        <p className="notice" role="status">
          {t(`review.done.${done}`)}
        </p>
      )}
      {failed && !chooseSubmitted && !commentError && !chooseApproved && (
        <p className="form-error" role="alert" data-testid="review-error">
          {t(`review.failed.${failed}`)}
        </p>
      )}
      <p>{t('review.intro')}</p>

      <h2>{t('review.submittedHeading')}</h2>
      {queue.submitted.length === 0 ? (
        <p>{t('review.noneSubmitted')}</p>
      ) : (
        <>
          {chooseSubmitted && fieldError(chooseSubmitted, 'review-submitted-error')}
          <ReviewTables items={queue.submitted} id="review-submitted" heading={t('review.submittedHeading')} formId="review-submitted-form" chosen={kept.items} withReopen={false} locale={locale} />
          <form id="review-submitted-form" action={reviewAction} className="form">
            <input type="hidden" name="locale" value={locale} />
            <div className="field">
              <label htmlFor="comment">{t('review.comment')}</label>
              <p className="field-hint" id="comment-hint">
                {t('review.commentHint')}
              </p>
              <textarea
                id="comment"
                name="comment"
                rows={3}
                defaultValue={kept.comment}
                aria-describedby={commentError ? 'comment-hint comment-error' : 'comment-hint'}
                aria-invalid={commentError ? true : undefined}
                autoFocus={Boolean(commentError)}
              />
              {commentError && fieldError(commentError, 'comment-error')}
            </div>
            <p>
              <button type="submit" name="decision" value="approve" className="primary-button">
                {t('review.approve')}
              </button>{' '}
              <button type="submit" name="decision" value="return" className="primary-button">
                {t('review.return')}
              </button>
            </p>
          </form>
        </>
      )}

      <h2>{t('review.approvedHeading')}</h2>
      {queue.approved.length === 0 ? (
        <p>{t('review.noneApproved')}</p>
      ) : (
        <>
          {(chooseApproved ?? publishNothing) && fieldError((chooseApproved ?? publishNothing)!, 'review-approved-error')}
          <ReviewTables items={queue.approved} id="review-approved" heading={t('review.approvedHeading')} formId="review-approved-form" chosen={kept.items} withReopen locale={locale} />
          {/* Publishing asks first: this form only opens the confirmation step for the chosen records. */}
          <form id="review-approved-form" method="get">
            <input type="hidden" name="step" value="publish" />
            <button type="submit" className="primary-button">
              {t('review.publish')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
