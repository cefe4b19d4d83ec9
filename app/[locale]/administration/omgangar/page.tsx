import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EntryForm, type FieldSpec } from '@/components/entry/entry-form';
import { NoBreakDates } from '@/components/no-break-dates';
import { ScrollTable } from '@/components/scroll-table';
import { listRounds } from '@/lib/data/round-admin';
import { todayInSweden } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { adminFormTexts } from '../form-texts';
import { createRoundAction } from './actions';
import { adminMetadata, refusedPage } from '../page-guard';

export const dynamic = 'force-dynamic';

export const generateMetadata = adminMetadata('rounds.title');

export default async function RoundsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const rounds = await listRounds();
  if (!Array.isArray(rounds)) return refusedPage(rounds, locale, '/omgangar', 'rounds.title');
  const t = await getTranslations({ locale, namespace: 'admin' });
  const done = (await searchParams).done;
  const notice = done === 'created' ? t('rounds.created') : done === 'changed' ? t('rounds.changed') : null;
  const fields: FieldSpec[] = [
    { name: 'name', label: t('rounds.name'), hint: t('rounds.nameHint'), required: true, control: { kind: 'input' } },
    { name: 'referenceDate', label: t('rounds.referenceDate'), hint: t('rounds.referenceDateHint'), required: true, control: { kind: 'input' } },
    { name: 'opensOn', label: t('rounds.opensOn'), required: true, control: { kind: 'input' } },
    { name: 'closesOn', label: t('rounds.closesOn'), required: true, control: { kind: 'input' } },
  ];
  const columns = ['name', 'referenceDate', 'opensOn', 'closesOn', 'change'] as const;
  return (
    <>
      <h1>{t('rounds.title')}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <p>{t('rounds.intro')}</p>
      {rounds.length === 0 ? (
        <p>{t('rounds.none')}</p>
      ) : (
        <ScrollTable captionId="rounds-caption" caption={t('rounds.caption')}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`rounds.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rounds.map((round) => (
              <tr key={round.id}>
                <th scope="row">
                  <NoBreakDates text={round.name} />
                </th>
                <td className="nowrap">{round.referenceDate}</td>
                <td className="nowrap">{round.opensOn}</td>
                <td className="nowrap">{round.closesOn}</td>
                <td>
                  <Link href={`/administration/omgangar/${round.id}`} aria-label={t('rounds.changeLabel', { name: round.name })}>
                    {t('rounds.change')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <h2>{t('rounds.newTitle')}</h2>
      <EntryForm
        schema="newRound"
        today={todayInSweden()}
        action={createRoundAction}
        fields={fields}
        initial={{}}
        hidden={{ locale }}
        texts={await adminFormTexts(locale, t('rounds.create'))}
      />
    </>
  );
}
