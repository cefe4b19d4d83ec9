import { getTranslations, setRequestLocale } from 'next-intl/server';
import { decisionText } from '@/components/dashboard/decision-text';
import { NoBreakDates } from '@/components/no-break-dates';
import { ScrollTable } from '@/components/scroll-table';
import { listForReview, type ReviewItem } from '@/lib/data/review';
import type { Decision, StaffingReport } from '@/lib/data/entry';
import { formatDateTime, formatNumber, formatPartialDate } from '@/lib/i18n/format';
import { publishAction, reopenAction, reviewAction } from './actions';
import { adminMetadata, refusedPage } from '../page-guard';

export const dynamic = 'force-dynamic';

export const generateMetadata = adminMetadata('review.title');

const DONE = ['approve', 'return', 'publish', 'reopen'] as const;
const FAILED = ['choose_items', 'reason_required', 'stale', 'invalid', 'unauthenticated', 'forbidden'] as const;

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
  const entry = await getTranslations({ locale, namespace: 'entry' });
  const query = await searchParams;
  const done = DONE.find((key) => key === query.done);
  const failed = FAILED.find((key) => key === query.failed);
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

  const regionName = (item: ReviewItem) => (locale === 'en' ? item.regionName.en : item.regionName.sv);
  const decisionLabel = (d: Decision) =>
    t('review.decision', {
      date: formatPartialDate({ date: d.decidedOn, precision: d.decidedOnPrecision, isUpperBound: d.decidedOnIsUpperBound }, locale, common('dates.by')),
      text: decisionText(d, common, locale),
    });
  const perDoctor = (measure: NonNullable<ReviewItem['residentsPerDoctor']>['record']) => (measure.kind === 'value' ? formatNumber(measure.value, locale) : common(`missing.${measure.reason}`));
  const reportFigures = (r: StaffingReport, measure: NonNullable<ReviewItem['residentsPerDoctor']>['record']) =>
    t('review.reportFigures', {
      specialists: formatNumber(r.specialistsFte, locale, 2),
      specialistsHeadcount: formatNumber(r.specialistsHeadcount, locale),
      trainees: formatNumber(r.traineesFte, locale, 2),
      traineesHeadcount: formatNumber(r.traineesHeadcount, locale),
      perDoctor: perDoctor(measure),
    });
  const what = (item: ReviewItem) => (item.entity === 'decision' ? decisionLabel(item.record as Decision) : t('review.report', { date: (item.record as StaffingReport).referenceDate }));
  const figures = (item: ReviewItem, row: Decision | StaffingReport | null, which: 'record' | 'published') => {
    if (!row) return t('review.noPublished');
    if (item.entity === 'decision') return decisionLabel(row as Decision);
    return reportFigures(row as StaffingReport, item.residentsPerDoctor![which]);
  };

  const table = (items: ReviewItem[], id: string, heading: string, withReopen: boolean) => (
    <ScrollTable captionId={id} caption={heading} testId={id}>
      <thead>
        <tr>
          {(['choose', 'region', 'what', 'submitted', 'figures', 'published', 'warnings'] as const).map((column) => (
            <th key={column} scope="col">
              {t(`review.columns.${column}`)}
            </th>
          ))}
          {withReopen && <th scope="col">{t('review.reopen')}</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.ref}>
            <td>
              <input type="checkbox" name="items" value={item.ref} form={`${id}-form`} aria-label={t('review.choose', { what: what(item), region: regionName(item) })} />
            </td>
            <th scope="row">{regionName(item)}</th>
            <td>
              <NoBreakDates text={what(item)} />
            </td>
            <td>
              {item.submittedAt ? <span className="nowrap">{formatDateTime(item.submittedAt)}</span> : '–'}
              {item.daysLate !== null && (
                <>
                  {' '}
                  <strong className="late">{t('review.late', { days: item.daysLate })}</strong>
                </>
              )}
            </td>
            <td>
              <NoBreakDates text={figures(item, item.record, 'record')} />
            </td>
            <td>
              <NoBreakDates text={figures(item, item.published, 'published')} />
            </td>
            <td>
              {item.record.plausibilityWarnings.length === 0
                ? t('review.noWarnings')
                : `${item.record.plausibilityWarnings.map((w) => entry(`warnings.${w}` as 'warnings.fte_above_headcount')).join(' ')} ${item.record.plausibilityExplanation ?? ''}`}
            </td>
            {withReopen && (
              <td>
                <form action={reopenAction} className="inline-reopen">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="item" value={item.ref} />
                  <label htmlFor={`reopen-${item.ref}`}>{t('review.reopenReason')}</label>
                  <input id={`reopen-${item.ref}`} name="comment" required />
                  <button type="submit" className="link-button-inline">
                    {t('review.reopen')}
                  </button>
                </form>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );

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
          {table(queue.submitted, 'review-submitted', t('review.submittedHeading'), false)}
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
          {chooseApproved && fieldError(chooseApproved, 'review-approved-error')}
          {table(queue.approved, 'review-approved', t('review.approvedHeading'), true)}
          <form id="review-approved-form" action={publishAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="primary-button">
              {t('review.publish')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
