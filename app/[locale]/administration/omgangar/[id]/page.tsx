import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { EntryForm, type FieldSpec } from '@/components/entry/entry-form';
import { signInPath } from '@/lib/auth/return-path';
import { getRound } from '@/lib/data/round-admin';
import { todayInSweden } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { adminFormTexts } from '../../form-texts';
import { NotAdmin } from '../../not-admin';
import { adminPath } from '../../paths';
import { changeRoundAction } from '../actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin' });
  return { title: t('rounds.title'), robots: { index: false } };
}

/** One round's name and dates, to change from the version shown. */
export default async function RoundPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const round = await getRound(/^\d{1,9}$/.test(id) ? Number(id) : Number.NaN);
  if ('kind' in round) {
    if (round.kind === 'unauthenticated') redirect(signInPath(locale, adminPath(locale, `/omgangar/${id}`)));
    if (round.kind === 'forbidden') return <NotAdmin locale={locale} title="rounds.title" />;
    notFound();
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
