import { describe, expect, it } from 'vitest';
import en from '@/messages/en/mail.json';
import sv from '@/messages/sv/mail.json';
import { writeMail } from './texts';

const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix];

describe('e-mail texts', () => {
  it('exist in Swedish and English with the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('are written whole in both languages, with the reason as given and links in the reader’s language', () => {
    for (const locale of ['sv', 'en'] as const) {
      const mail = writeMail('record_returned', { record: { kind: 'decision', date: '2026-05-12' }, reason: 'Källan saknas {inte}.', regionCode: '01' }, locale, 'https://x.example');
      expect(mail.text).toContain('Källan saknas {inte}.');
      expect(mail.text).toContain('Region Stockholm');
      expect(mail.text).toContain(locale === 'en' ? 'https://x.example/en/rapportera' : 'https://x.example/rapportera');
      // No placeholder left unfilled and no key shown instead of its text.
      expect(mail.subject + mail.text.replace('{inte}', '')).not.toMatch(/Mail\.|[{}]|undefined/);
    }
    expect(writeMail('record_published', { records: [{ kind: 'staffing', date: '2026-09-30' }], regionCode: '09' }, 'en', 'https://x.example').subject).toBe('One record for Region Gotland published');
  });
});
