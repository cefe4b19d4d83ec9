import { createTranslator } from 'next-intl';
import { regionRows } from '@/lib/domain/regions';
import en from '@/messages/en/mail.json';
import sv from '@/messages/sv/mail.json';
import type { MailKind } from '@/lib/db/schema/mail';

export type MailLocale = 'sv' | 'en';

/** A record a message is about: its kind and the date that names it on the editor's list. */
export interface MailRecord {
  kind: 'staffing' | 'decision';
  date: string;
}

/** What each kind of message needs to be written, and nothing more. */
export interface MailParams {
  round_opened: { round: string; referenceDate: string; opensOn: string; closesOn: string; regionCode: string };
  round_closing: { round: string; referenceDate: string; closesOn: string; regionCode: string };
  record_returned: { record: MailRecord; reason: string; regionCode: string };
  record_published: { records: MailRecord[]; regionCode: string };
}

export interface WrittenMail {
  subject: string;
  text: string;
}

const catalogues = { sv, en } as const;

/** A page of the site in the reader's language: Swedish at its path, English under /en. */
function pageAddress(siteUrl: string, locale: MailLocale, path: string): string {
  return `${siteUrl}${locale === 'en' ? '/en' : ''}${path}`;
}

function regionName(code: string, locale: MailLocale): string {
  const region = regionRows.find((r) => r.code === code);
  return region ? (locale === 'en' ? region.nameEn : region.nameSv) : code;
}

/** The subject and plain text of one message, in the reader's language. */
export function writeMail<K extends MailKind>(kind: K, params: MailParams[K], locale: MailLocale, siteUrl: string): WrittenMail {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'Mail' });
  const region = regionName(params.regionCode, locale);
  const record = (r: MailRecord) => t(`recordKinds.${r.kind}`, { date: r.date });
  const footer = t('footer', { link: pageAddress(siteUrl, locale, '/konto') });
  let subject: string;
  let body: string;
  switch (kind) {
    case 'round_opened': {
      const p = params as MailParams['round_opened'];
      const values = { round: p.round, referenceDate: p.referenceDate, opensOn: p.opensOn, closesOn: p.closesOn, region, link: pageAddress(siteUrl, locale, '/rapportera') };
      subject = t('round_opened.subject', values);
      body = t('round_opened.body', values);
      break;
    }
    case 'round_closing': {
      const p = params as MailParams['round_closing'];
      const values = { round: p.round, referenceDate: p.referenceDate, closesOn: p.closesOn, region, link: pageAddress(siteUrl, locale, '/rapportera') };
      subject = t('round_closing.subject', values);
      body = t('round_closing.body', values);
      break;
    }
    case 'record_returned': {
      const p = params as MailParams['record_returned'];
      subject = t('record_returned.subject', { record: t(`recordKindsTitle.${p.record.kind}`, { date: p.record.date }) });
      body = t('record_returned.body', { record: record(p.record), region, reason: p.reason, link: pageAddress(siteUrl, locale, '/rapportera') });
      break;
    }
    case 'record_published': {
      const p = params as MailParams['record_published'];
      const values = { count: p.records.length, region, records: p.records.map(record).join(', '), link: pageAddress(siteUrl, locale, `/region/${p.regionCode}`) };
      subject = t('record_published.subject', values);
      body = t('record_published.body', values);
      break;
    }
    default:
      throw new Error(`No text for the message kind ${String(kind)}`);
  }
  return { subject, text: `${t('greeting')}\n\n${body}\n\n-- \n${footer}\n` };
}
