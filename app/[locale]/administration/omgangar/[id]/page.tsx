import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EntryForm, type FieldSpec } from '@/components/entry/entry-form';
import { getRound } from '@/lib/data/round-admin';
import { idFromPath } from '@/lib/entry/fields';
import { todayInSweden } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { adminFormTexts } from '../../form-texts';
import { changeRoundAction } from '../actions';
import { adminMetadata, refusedPage } from '../../page-guard';

export const dynamic = 'force-dynamic';

export const generateMetadata = adminMetadata('rounds.title');

/** One round's name and dates, to change from the version shown. */
export default async function RoundPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const round = await getRound(idFromPath(id) ?? Number.NaN);
  if ('kind' in round) {
    if (round.kind === 'not_found') notFound();
    return refusedPage(round, locale, `/omgangar/${id}`, 'rounds.title');
  }
  const t = await getTranslations({ locale, namespace: 'admin' });
  const fields: FieldSpec[] = [
    { name: 'name', label: t('rounds.name'), required: true, control: { kind: 'input' } },
    { name: 'opensOn', label: t('rounds.opensOn'), required: true, control: { kind: 'input' } },
    { name: 'closesOn', label: t('rounds.closesOn'), required: true, control: { kind: 'input' } },
  ];
  return (
    <>
      <p>
        <Link href="/administration/omgangar">{t('rounds.back')}</Link>
      </p>
      <h1>{t('rounds.changeTitle', { name: round.name })}</h1>
      <p>{t('rounds.changeIntro')}</p>
      <dl>
        <dt>{t('rounds.columns.referenceDate')}</dt>
        <dd>{round.referenceDate}</dd>
      </dl>
      <EntryForm
        schema="roundChange"
        today={todayInSweden()}
        action={changeRoundAction}
        fields={fields}
        initial={{ name: round.name, opensOn: round.opensOn, closesOn: round.closesOn }}
        hidden={{ locale, id: String(round.id), version: String(round.version) }}
        texts={await adminFormTexts(locale, t('rounds.save'))}
      />
    </>
  );
}
