import { beforeAll, describe, expect, it } from 'vitest';
import { getMailChoices, saveMailChoices } from '@/lib/data/mail-preferences';
import type { Database } from '@/lib/db/client';
import { mailPreferences } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';
import { actingAs, createPeople } from '../support/people';

let db: Database;
const people = { admin: '', editor: '', other: '', deactivated: '' };

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await createPeople(
    db,
    'mail-choices.example',
    { admin: { role: 'admin', region: null }, editor: { role: 'editor', region: '09' }, other: { role: 'editor', region: '12' }, deactivated: { role: 'editor', region: '09', active: false } },
    people,
  );
});

const as = actingAs(people);
const rows = () => db.select({ userId: mailPreferences.userId, optedOut: mailPreferences.optedOut, locale: mailPreferences.locale }).from(mailPreferences);

describe(`e-mail choices (${process.env.TEST_DATABASE})`, () => {
  it('are Swedish and on until an editor changes them, for themselves only', async () => {
    expect(await as('editor', () => getMailChoices())).toEqual({ optedOut: false, locale: 'sv' });
    expect(await as('editor', () => saveMailChoices({ mail: 'off', mailLocale: 'en' }))).toEqual({ ok: true });
    expect(await as('editor', () => getMailChoices())).toEqual({ optedOut: true, locale: 'en' });
    expect(await as('other', () => getMailChoices())).toEqual({ optedOut: false, locale: 'sv' });
    expect(await as('editor', () => saveMailChoices({ mail: 'on', mailLocale: 'en' }))).toEqual({ ok: true });
    expect(await rows()).toEqual([{ userId: people.editor, optedOut: false, locale: 'en' }]);
  });

  it('refuse the signed-out, the deactivated, administrators, other people’s ids and values outside the choices, writing nothing', async () => {
    const before = JSON.stringify(await rows());
    expect(await as('anonymous', () => saveMailChoices({ mail: 'off', mailLocale: 'sv' }))).toEqual({ ok: false, failure: { kind: 'unauthenticated' } });
    expect(await as('deactivated', () => saveMailChoices({ mail: 'off', mailLocale: 'sv' }))).toEqual({ ok: false, failure: { kind: 'unauthenticated' } });
    expect(await as('admin', () => saveMailChoices({ mail: 'off', mailLocale: 'sv' }))).toEqual({ ok: false, failure: { kind: 'forbidden' } });
    expect(await as('other', () => saveMailChoices({ mail: 'off', mailLocale: 'sv', userId: people.editor }))).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
    expect(await as('other', () => saveMailChoices({ mail: 'maybe', mailLocale: 'fi' }))).toEqual({ ok: false, failure: { kind: 'invalid', fields: { mail: 'choose_one', mailLocale: 'choose_one' } } });
    expect(await as('other', () => saveMailChoices(null))).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
    expect(JSON.stringify(await rows())).toBe(before);
  });
});
