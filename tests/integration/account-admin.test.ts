import { and, asc, eq, inArray, not } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeAccount, createAccountAsAdmin, getAccount, listAccounts, type AccountResult } from '@/lib/data/account-admin';
import { createAccount, viewerForSession } from '@/lib/data/internal/accounts';
import { exportAuditTrail, searchAuditTrail } from '@/lib/data/audit-trail';
import { startSession } from '@/lib/data/internal/sessions';
import { runWithTestSession } from '@/tests/support/session';
import type { Database } from '@/lib/db/client';
import { auditLog, users } from '@/lib/db/schema';
import { readFieldError } from '@/lib/entry/field-error';
import admin from '@/messages/sv/admin.json';
import entry from '@/messages/sv/entry.json';
import { preparedDatabase } from '../support/database';

/** The error messages the account forms put into words (app/[locale]/administration/form-state.ts). */
const ACCOUNT_FORM_ERRORS = [...Object.keys(entry.entry.errors), ...Object.keys(admin.admin.errors)];

const PASSWORD = 'ett långt lösenord för testerna';
const TOOL = { id: null, label: 'test' };

let db: Database;
const people = { admin: '', secondAdmin: '', editor: '', deactivated: '' };
type Who = keyof typeof people | 'anonymous';

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  const make = async (key: keyof typeof people, role: 'admin' | 'editor', regionCode: string | null) => {
    people[key] = (await createAccount(db, { email: `${key}@admin-test.example`, name: `Namn ${key}`, role, regionCode, password: PASSWORD }, TOOL)).id;
  };
  await make('admin', 'admin', null);
  await make('secondAdmin', 'admin', null);
  await make('editor', 'editor', '09');
  await make('deactivated', 'editor', '09');
  await db.update(users).set({ active: false }).where(eq(users.id, people.deactivated));
});

/** The cookie a sign-in of the account would give now: its current session version and a new session. */
async function sessionOf(id: string) {
  const [row] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, id));
  return { userId: id, sessionVersion: row?.sessionVersion ?? 0, sessionId: await startSession(db, id) };
}

const as = async <T,>(who: Who, fn: () => Promise<T>) => runWithTestSession(who === 'anonymous' ? null : await sessionOf(people[who]), fn);

/** Everything an account change could touch, to show that a refused call changed nothing. */
async function state() {
  return JSON.stringify([await db.select().from(users).orderBy(asc(users.id)), (await db.select({ id: auditLog.id }).from(auditLog)).length]);
}

async function versionOf(id: string) {
  const [row] = await db.select({ version: users.version }).from(users).where(eq(users.id, id));
  return String(row?.version);
}

let counter = 0;
const newEditor = () => {
  counter += 1;
  return { email: `ny${counter}@region.example`, name: `Ny rapportör ${counter}`, role: 'editor', regionCode: '17', password: PASSWORD };
};

function ok(result: AccountResult): string {
  expect(result).toMatchObject({ ok: true });
  if (!result.ok) throw new Error('refused');
  return result.id;
}

const failureOf = (result: AccountResult) => (result.ok ? 'ok' : result.failure.kind);

describe(`account administration and the audit trail (${process.env.TEST_DATABASE})`, () => {
  describe('who may do what (role × action)', () => {
    const actions: Record<string, () => Promise<unknown>> = {
      'list accounts': () => listAccounts(),
      'read an account': () => getAccount(people.editor),
      'create an account': () => createAccountAsAdmin(newEditor()),
      'change an account': async () => changeAccount({ id: people.editor, version: await versionOf(people.editor), name: 'Omdöpt', role: 'editor', regionCode: '09', active: 'true' }),
      'search the audit trail': () => searchAuditTrail({}),
      'export the audit trail': () => exportAuditTrail({}),
    };
    const kindOf = (result: unknown) => {
      if (Array.isArray(result)) return 'listed';
      const value = result as { ok?: boolean; failure?: { kind: string }; kind?: string };
      if (value.failure) return value.failure.kind;
      return value.kind ?? 'ok';
    };
    const denied = { anonymous: 'unauthenticated', deactivated: 'unauthenticated', editor: 'forbidden' } as const;

    for (const [name, action] of Object.entries(actions)) {
      it(`${name}: refused to the signed-out, a deactivated account and an editor, changing nothing; allowed to an administrator`, async () => {
        for (const who of ['anonymous', 'deactivated', 'editor'] as const) {
          const before = await state();
          expect(kindOf(await as(who, action)), `${who} → ${name}`).toBe(denied[who]);
          expect(await state(), `${who} → ${name} changed the database`).toBe(before);
        }
        expect(['ok', 'listed']).toContain(kindOf(await as('admin', action)));
      });
    }
  });

  it('creates an editor who can sign in at once, recorded in the audit trail as done by the administrator, without the password', async () => {
    const input = newEditor();
    const id = ok(await as('admin', () => createAccountAsAdmin(input)));
    const viewer = await viewerForSession(db, await sessionOf(id));
    expect(viewer).toMatchObject({ role: 'editor', regionCode: '17', email: input.email });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, id)));
    expect(entry).toMatchObject({ action: 'create', actorId: people.admin, actorLabel: 'admin@admin-test.example' });
    expect(JSON.stringify(entry)).not.toContain(PASSWORD);
  });

  it('answers bad account input field by field and writes nothing', async () => {
    const taken = { ...newEditor(), email: 'EDITOR@admin-test.example' };
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [taken, { email: 'email_taken' }],
      [{ ...newEditor(), regionCode: '' }, { regionCode: 'editor_needs_region' }],
      [{ ...newEditor(), role: 'admin' }, { regionCode: 'admin_has_no_region' }],
      [{ ...newEditor(), password: '' }, { password: 'password_or_identity_needed' }],
      [{ ...newEditor(), password: 'kort' }, { password: 'password_too_short' }],
      [{ ...newEditor(), oidcIssuer: 'https://idp.example' }, { oidcSubject: 'oidc_pair' }],
      [{ ...newEditor(), email: 'inte en adress' }, { email: 'email_invalid' }],
      [{ ...newEditor(), regionCode: '99' }, { regionCode: 'choose_one' }],
      [{ ...newEditor(), active: 'true' }, { _form: 'unknown_field' }],
    ];
    for (const [input, fields] of cases) {
      const before = await state();
      const result = await as('admin', () => createAccountAsAdmin(input));
      expect(result, JSON.stringify(input)).toEqual({ ok: false, failure: { kind: 'invalid', fields: expect.objectContaining(fields) } });
      expect(await state()).toBe(before);
    }
  });

  it('a second account for an identity already linked is refused at the identity field', async () => {
    const identity = { oidcIssuer: 'https://login.region.example', oidcSubject: `sub-${process.env.TEST_DATABASE}` };
    ok(await as('admin', () => createAccountAsAdmin({ ...newEditor(), password: '', ...identity })));
    const again = await as('admin', () => createAccountAsAdmin({ ...newEditor(), password: '', ...identity }));
    expect(again).toEqual({ ok: false, failure: { kind: 'invalid', fields: { oidcSubject: 'identity_taken' } } });
  });

  it('a region or role change applies to the account’s next request, and is audited with the old and new values', async () => {
    const id = ok(await as('admin', () => createAccountAsAdmin(newEditor())));
    const session = await sessionOf(id);
    ok(await as('admin', async () => changeAccount({ id, version: await versionOf(id), name: 'Flyttad', role: 'editor', regionCode: '25', active: 'true' })));
    expect(await viewerForSession(db, session)).toMatchObject({ regionCode: '25', name: 'Flyttad' });
    ok(await as('admin', async () => changeAccount({ id, version: await versionOf(id), name: 'Flyttad', role: 'admin', regionCode: '', active: 'true' })));
    expect(await viewerForSession(db, session)).toMatchObject({ role: 'admin', regionCode: null });

    const trail = await db.select().from(auditLog).where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, id))).orderBy(asc(auditLog.id));
    expect(trail.map((entry) => [entry.action, entry.actorId, entry.oldValue, entry.newValue])).toEqual([
      ['create', people.admin, null, expect.objectContaining({ regionCode: '17' })],
      ['update', people.admin, { name: expect.any(String), regionCode: '17' }, { name: 'Flyttad', regionCode: '25' }],
      ['update', people.admin, { role: 'editor', regionCode: '25' }, { role: 'admin', regionCode: null }],
    ]);
  });

  it('deactivating ends the account’s sessions at once, and reactivating does not revive them', async () => {
    const id = ok(await as('admin', () => createAccountAsAdmin(newEditor())));
    const session = await sessionOf(id);
    expect(await viewerForSession(db, session)).not.toBeNull();
    const change = async (active: 'true' | 'false') =>
      ok(await as('admin', async () => changeAccount({ id, version: await versionOf(id), name: 'Tillfällig', role: 'editor', regionCode: '17', active })));
    await change('false');
    expect(await viewerForSession(db, session)).toBeNull();
    await change('true');
    expect(await viewerForSession(db, session)).toBeNull();
    expect(await viewerForSession(db, await sessionOf(id))).not.toBeNull();
    const actions = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, id))).orderBy(asc(auditLog.id));
    expect(actions.map((a) => a.action)).toEqual(['create', 'deactivate', 'reactivate']);
  });

  it('a change based on an old version is refused with the current values and who changed them', async () => {
    const id = ok(await as('admin', () => createAccountAsAdmin(newEditor())));
    const seen = await versionOf(id);
    ok(await as('secondAdmin', () => changeAccount({ id, version: seen, name: 'Först', role: 'editor', regionCode: '17', active: 'true' })));
    const before = await state();
    const late = await as('admin', () => changeAccount({ id, version: seen, name: 'Sist', role: 'editor', regionCode: '20', active: 'true' }));
    expect(late).toEqual({
      ok: false,
      failure: { kind: 'conflict', current: { name: 'Först', role: 'editor', regionCode: '17', active: true }, changedBy: 'secondadmin@admin-test.example', changedAt: expect.any(String) },
    });
    expect(await state()).toBe(before);
  });

  describe('the last active administrator', () => {
    it('cannot be demoted or deactivated; with two, one may go', async () => {
      // Only this test's two administrators are active.
      await db.update(users).set({ active: false }).where(and(eq(users.role, 'admin'), not(inArray(users.id, [people.admin, people.secondAdmin]))));
      await db.update(users).set({ active: true }).where(inArray(users.id, [people.admin, people.secondAdmin]));
      const demote = (who: 'admin' | 'secondAdmin', target: string, active: 'true' | 'false', role = 'admin') =>
        as(who, async () => changeAccount({ id: target, version: await versionOf(target), name: 'Administratör', role, regionCode: role === 'admin' ? '' : '09', active }));

      ok(await demote('admin', people.secondAdmin, 'true', 'editor'));
      for (const [active, role] of [['false', 'admin'], ['true', 'editor']] as const) {
        const before = await state();
        expect(failureOf(await demote('admin', people.admin, active, role))).toBe('last_admin');
        expect(await state()).toBe(before);
      }
      // Restore the second administrator.
      ok(await demote('admin', people.secondAdmin, 'true', 'admin'));
    });

    it('two administrators demoting each other at the same moment: exactly one succeeds, 20 times over', async () => {
      for (let round = 0; round < 20; round += 1) {
        await db.update(users).set({ role: 'admin', regionCode: null, active: true }).where(inArray(users.id, [people.admin, people.secondAdmin]));
        const [first, second] = await Promise.all([
          as('admin', async () => changeAccount({ id: people.secondAdmin, version: await versionOf(people.secondAdmin), name: 'B', role: 'admin', regionCode: '', active: 'false' })),
          as('secondAdmin', async () => changeAccount({ id: people.admin, version: await versionOf(people.admin), name: 'A', role: 'admin', regionCode: '', active: 'false' })),
        ]);
        const outcomes = [failureOf(first!), failureOf(second!)];
        // The loser is either told it is the last administrator or, having been deactivated first, signed out.
        expect(outcomes.filter((outcome) => outcome === 'ok'), `round ${round}: ${outcomes.join(', ')}`).toHaveLength(1);
        expect(['last_admin', 'unauthenticated'], `round ${round}`).toContain(outcomes.find((outcome) => outcome !== 'ok'));
        const active = await db.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true)));
        expect(active).toHaveLength(1);
      }
      await db.update(users).set({ role: 'admin', regionCode: null, active: true }).where(inArray(users.id, [people.admin, people.secondAdmin]));
    });
  });

  it('the audit trail filters by person, region, kind of record and Swedish day, a page at a time', async () => {
    const all = await as('admin', () => searchAuditTrail({}));
    if ('kind' in all) throw new Error(all.kind);
    expect(all.total).toBeGreaterThan(0);
    expect(all.entries.map((e) => e.id)).toEqual([...all.entries.map((e) => e.id)].sort((a, b) => b - a));

    const bySecond = await as('admin', () => searchAuditTrail({ who: 'SECONDADMIN@' }));
    if ('kind' in bySecond) throw new Error(bySecond.kind);
    expect(bySecond.total).toBeGreaterThan(0);
    for (const entry of bySecond.entries) expect(entry.who).toBe('secondadmin@admin-test.example');

    // A % typed into the person filter is a character, not "anything".
    const literal = await as('admin', () => searchAuditTrail({ who: '%' }));
    expect('total' in literal && literal.total).toBe(0);

    const region = await as('admin', () => searchAuditTrail({ region: '17', entity: 'user' }));
    if ('kind' in region) throw new Error(region.kind);
    expect(region.total).toBeGreaterThan(0);
    for (const entry of region.entries) expect([entry.regionCode, entry.entity]).toEqual(['17', 'user']);

    // An entry at 23:30 UTC on 31 December belongs to 1 January in Sweden.
    await db.insert(auditLog).values({ at: new Date('2025-12-31T23:30:00Z'), actorLabel: 'nyårsprov', action: 'update', entity: 'decision', entityId: '1', regionCode: '09' });
    const day = (from: string, to: string) => as('admin', () => searchAuditTrail({ who: 'nyårsprov', from, to }));
    expect(await day('2026-01-01', '2026-01-01')).toMatchObject({ total: 1 });
    expect(await day('2025-12-31', '2025-12-31')).toMatchObject({ total: 0 });

    expect(await as('admin', () => searchAuditTrail({ from: '2025-02-30', region: '99', sort: 'x' }))).toEqual({
      kind: 'invalid',
      fields: expect.objectContaining({ from: 'date_invalid', region: 'choose_one', _form: 'unknown_field' }),
    });

    const exported = await as('admin', () => exportAuditTrail({ entity: 'user' }));
    if ('kind' in exported) throw new Error(exported.kind);
    const counted = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.entity, 'user'));
    expect(exported.entries).toHaveLength(counted.length);
  });

  it('never answers bad account input with an exception or a partial write (1 000 generated cases per form)', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 16 }),
      fc.constantFrom('', ' ', 'editor', 'admin', '09', '99', 'true', 'false', 'a@b', 'https://idp.example', 'x'.repeat(300), "' or 1=1", '<script>'),
    );
    const newFields = fc.dictionary(fc.constantFrom('email', 'name', 'role', 'regionCode', 'password', 'oidcIssuer', 'oidcSubject', 'active', 'id'), text);
    const changeFields = fc.record(
      {
        id: fc.oneof(text, fc.constant(people.editor)),
        version: text,
        name: text,
        role: text,
        regionCode: text,
        active: text,
        email: text,
      },
      { requiredKeys: [] },
    );
    for (const [write, fields] of [
      [createAccountAsAdmin, newFields],
      [changeAccount, changeFields],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(fields, async (input) => {
          const before = await state();
          const result = await as('admin', () => write(input));
          if (result.ok) return;
          expect(['invalid', 'not_found', 'conflict', 'last_admin']).toContain(result.failure.kind);
          if (result.failure.kind === 'invalid') {
            expect(Object.keys(result.failure.fields).length).toBeGreaterThan(0);
            // Each field's error is a message the account form has, with the values it names, never a library's sentence.
            for (const error of Object.values(result.failure.fields)) expect(ACCOUNT_FORM_ERRORS).toContain(readFieldError(error).code);
          }
          expect(await state()).toBe(before);
        }),
        { numRuns: 1000 },
      );
    }
  }, 300_000);
});
