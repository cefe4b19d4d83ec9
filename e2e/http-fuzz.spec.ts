import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import fc from 'fast-check';
import { FUZZ_ACCOUNTS } from './accounts';
import { captureAction, replay, signInAt, test, type CapturedAction } from './support/matrix';
import { fillRoundForm } from './support/rounds';
import { fillStaffingForm } from './support/staffing';
import { FUZZ_SEED, hostileValue, NASTY_STRINGS, writeFuzzCounts, type FuzzCounts } from '../tests/support/fuzz-inputs';

/*
 * Thousands of generated requests against a running server of its own: every server action (captured
 * from the page that sends it) replayed with hostile fields, malformed bodies, oversized bodies, a
 * forged origin and made-up action ids; every route handler with hostile query strings, methods and
 * uploads; pages with hostile addresses. Whatever comes in, no answer is 5xx; the hostile action
 * inputs are all refused, and the audit trail (which every write appends to, in the same transaction)
 * is the same before and after them.
 */

test.setTimeout(3_600_000);

const counts: FuzzCounts = { suite: 'http', inputs: 0, refused: 0, accepted: 0, serverErrors: 0, writesOnRefusal: 0 };
test.afterAll(() => writeFuzzCounts(counts));

/** Values every field but a password refuses, wherever they land: control and bidirectional characters, overlong text. */
const REFUSED_EVERYWHERE = ['a\u0000b', '\u0000', 'x\u202Ey', '\u2066z\u2069', 'bell\u0007', 'å'.repeat(70_000)];

const sample = <T,>(arbitrary: fc.Arbitrary<T>, numRuns: number, salt: number): T[] => fc.sample(arbitrary, { seed: FUZZ_SEED + salt, numRuns });
const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

interface Sent {
  label: string;
  status: number;
}

/** Sends requests a few at a time and records every 5xx; returns every answer. */
async function sendAll(requests: (() => Promise<Sent>)[], parallel = 4): Promise<Sent[]> {
  const answers: Sent[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!;
      const answer = await request();
      counts.inputs += 1;
      if (answer.status >= 500) counts.serverErrors += 1;
      answers.push(answer);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return answers;
}

/** A path segment; a lone half of a surrogate pair becomes the bytes it would be, which are not UTF-8. */
function pathSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return `%ED%A0%80${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ''))}`;
  }
}

const serverErrors = (answers: Sent[]) => answers.filter((answer) => answer.status >= 500).map((answer) => `${answer.status} ${answer.label}`.slice(0, 300));

test('thousands of hostile requests: never a 5xx, and hostile action inputs are refused and write nothing', async ({ browser, playwright, baseURL }) => {
  const editor = await (await browser.newContext({ baseURL })).newPage();
  const admin = await (await browser.newContext({ baseURL })).newPage();
  await signInAt(editor, '', FUZZ_ACCOUNTS.editor.email);
  await signInAt(admin, '', FUZZ_ACCOUNTS.admin.email);
  const anonymous = await playwright.request.newContext({ baseURL });
  const callers: APIRequestContext[] = [editor.request, admin.request, anonymous];

  /** The audit trail's rows, without sign-ins (every sign-in is audited, refused or not). */
  const auditRows = async () => (await (await admin.request.get('/api/audit')).text()).split('\r\n').filter((line) => !line.includes(',session,')).length;

  // A round, a draft decision and a submitted report, so that every action has a real record to aim at.
  await admin.goto('/administration/omgangar');
  await fillRoundForm(admin, { name: 'Fuzzomgången', referenceDate: '2024-12-31', opensOn: '2024-01-01', closesOn: '2099-12-31' });
  const openRound = await captureAction(admin, admin.getByRole('button', { name: 'Öppna omgången' }));
  expect((await replay(admin.request, openRound)).redirect).toMatch(/done=created/);

  const actions: Record<string, CapturedAction> = { openRound };
  const capture = async (name: string, page: Page, button: Locator) => {
    actions[name] = await captureAction(page, button);
  };

  await editor.goto('/rapportera/beslut/ny');
  await editor.getByLabel('Vad beslutades?').selectOption({ label: 'Beslut om en annan siffra' });
  await editor.getByLabel('Antal invånare per fast läkarkontakt').fill('1 234');
  await editor.getByLabel('Beslutsdatum', { exact: true }).fill('2023-03');
  await editor.getByLabel('Beslutande organ').fill('Regionstyrelsen');
  await capture('saveDecision', editor, editor.getByRole('button', { name: 'Spara utkast' }));
  expect((await replay(editor.request, actions.saveDecision!)).redirect).toMatch(/done=/);
  await editor.goto('/rapportera');
  await expect(editor.getByRole('row', { name: /mars 2023/ })).toContainText('Utkast');
  await capture('submitDecision', editor, editor.getByRole('row', { name: /mars 2023/ }).getByRole('button', { name: 'Skicka in' }));
  await editor.goto('/rapportera');
  // Deleting asks first; the confirmation step's button is the action.
  await editor.getByRole('row', { name: /mars 2023/ }).getByRole('button', { name: 'Ta bort' }).click();
  await capture('deleteDecision', editor, editor.getByRole('button', { name: 'Ja, ta bort utkastet' }));

  await editor.goto('/rapportera/bemanning/ny');
  await fillStaffingForm(editor, { referenceDate: '2024-12-31', specialistsHeadcount: '70', specialistsFte: '64,5', traineesHeadcount: '25', traineesFte: '23', source: 'Personalsystemet' });
  await capture('saveStaffingReport', editor, editor.getByRole('button', { name: 'Spara utkast' }));
  expect((await replay(editor.request, actions.saveStaffingReport!)).redirect).toMatch(/done=/);
  await editor.goto('/rapportera');
  await editor.getByRole('row', { name: /2024-12-31/ }).getByRole('button', { name: 'Skicka in' }).click();
  await expect(editor.getByRole('row', { name: /2024-12-31/ })).toContainText('Inskickad');

  await admin.goto('/administration/granskning');
  await admin.getByRole('checkbox', { name: /Bemanning 2024-12-31/ }).check();
  await admin.getByLabel('Kommentar till regionen').fill('Ange uttagsdatum.');
  await capture('review', admin, admin.getByRole('button', { name: 'Skicka tillbaka valda' }));
  await admin.goto('/administration/granskning');
  await admin.getByRole('checkbox', { name: /Bemanning 2024-12-31/ }).check();
  await admin.getByRole('button', { name: 'Godkänn valda' }).click();
  await expect(admin).toHaveURL(/done=approve/);
  await admin.goto('/administration/granskning');
  const approved = admin.getByTestId('review-approved').getByRole('row', { name: /2024-12-31/ });
  await approved.getByLabel('Varför öppnas den igen?').fill('Fel datum.');
  await capture('reopen', admin, approved.getByRole('button', { name: 'Öppna igen för regionen' }));
  await admin.goto('/administration/granskning');
  await admin.getByTestId('review-approved').getByRole('checkbox', { name: /Bemanning 2024-12-31/ }).check();
  await admin.getByRole('button', { name: 'Publicera valda' }).click();
  await capture('publish', admin, admin.getByRole('button', { name: 'Ja, publicera 1 uppgift' }));

  await admin.goto('/administration/omgangar');
  await admin.getByRole('link', { name: 'Ändra Fuzzomgången' }).click();
  await capture('changeRound', admin, admin.getByRole('button', { name: 'Spara ändringarna' }));
  await admin.goto('/administration/konton/ny');
  await admin.getByLabel('E-postadress').fill('fuzz.ny@region.example');
  await admin.getByLabel('Namn').fill('Nils Nyanställd');
  await admin.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Dalarna' });
  await admin.getByLabel('Lösenord').fill('ett långt lösenord för fuzz-testerna');
  await capture('createAccount', admin, admin.getByRole('button', { name: 'Skapa kontot' }));
  await admin.goto('/administration/konton');
  await admin.getByRole('link', { name: FUZZ_ACCOUNTS.spare.name }).click();
  await capture('changeAccount', admin, admin.getByRole('button', { name: 'Spara ändringarna' }));

  await editor.goto('/konto');
  await editor.getByRole('radio', { name: 'Nej, ingen e-post' }).check();
  await capture('saveMailChoices', editor, editor.getByRole('button', { name: 'Spara e-postval' }));

  const signInPage = await (await browser.newContext({ baseURL })).newPage();
  await signInPage.goto('/logga-in');
  await signInPage.getByLabel('E-postadress').fill('ingen.alls@region.example');
  await signInPage.getByLabel('Lösenord').fill('fel lösenord');
  await capture('signIn', signInPage, signInPage.getByRole('button', { name: 'Logga in', exact: true }));

  /** Replays an action with these fields, as `caller`, its body built the way a browser builds it. */
  const replayWith = (action: CapturedAction, caller: APIRequestContext, fields: Record<string, string>, label: string) => async (): Promise<Sent> => {
    const form = new FormData();
    for (const [name, value] of action.fields) {
      const field = name.replace(/^_?\d+_/, '');
      form.append(name, field in fields && !field.startsWith('$') ? fields[field]! : value);
    }
    const response = await caller.post(action.url, { headers: action.headers, multipart: form, maxRedirects: 0 });
    const redirect = response.headers()['x-action-redirect'] ?? '';
    const body = await response.text();
    // Refused: a failure in the redirect, or the form answered again (with its messages) instead of a redirect.
    // (The account page answers saved e-mail choices with epost=sparad, refused ones with epost=fel.)
    const accepted = response.status() < 400 && /done=|signedOut|\/konto/.test(redirect) && !/epost=fel/.test(redirect);
    if (accepted) counts.accepted += 1;
    else counts.refused += 1;
    return { label: `${label} ${accepted ? 'ACCEPTED' : ''} ${body.slice(0, 120)}`, status: accepted ? 299 : response.status() };
  };

  await test.step('server actions with hostile fields: refused, no 5xx, nothing written', async () => {
    const before = await auditRows();
    const requests: (() => Promise<Sent>)[] = [];
    let salt = 0;
    for (const [name, action] of Object.entries(actions)) {
      const fieldNames = [...new Set(action.fields.map(([field]) => field.replace(/^_?\d+_/, '')).filter((field) => !field.startsWith('$')))];
      // One field always refused, one or two more anything hostile, sent by any caller. Not a password (any
      // character may be in one), nor the page's language or return path, which fall back to defaults.
      const refusable = fieldNames.filter((field) => !['password', 'locale', 'next'].includes(field));
      const input = fc.record({
        refused: fc.tuple(fc.constantFrom(...refusable), fc.constantFrom(...REFUSED_EVERYWHERE)),
        others: fc.array(fc.tuple(fc.constantFrom(...fieldNames), hostileValue.map(asText)), { maxLength: 2 }),
        caller: fc.integer({ min: 0, max: callers.length - 1 }),
      });
      for (const { refused, others, caller } of sample(input, 180, salt++)) {
        const fields = { ...Object.fromEntries(others), [refused[0]]: refused[1] };
        requests.push(replayWith(action, callers[caller]!, fields, `${name} ${JSON.stringify(fields).slice(0, 160)}`));
      }
    }
    const answers = await sendAll(requests);
    expect(serverErrors(answers), 'answers of 5xx').toEqual([]);
    expect(answers.filter((answer) => answer.label.includes(' ACCEPTED ')).map((answer) => answer.label.slice(0, 200)), 'hostile inputs accepted').toEqual([]);
    const after = await auditRows();
    if (after !== before) counts.writesOnRefusal += 1;
    expect(after, 'audit rows after refused actions').toBe(before);
  });

  await test.step('malformed action requests: bad bodies, oversized bodies, another origin, unknown action ids', async () => {
    const before = await auditRows();
    const requests: (() => Promise<Sent>)[] = [];
    const bodies = sample(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 500 }).map((s) => Buffer.from(s)), fc.constantFrom(Buffer.from('--x\r\nContent-Disposition: form-data; name="1_a"\r\n\r\nb'), Buffer.from('[]'), Buffer.from('{"__proto__":1}'))), 60, 100);
    const types = ['multipart/form-data; boundary=x', 'multipart/form-data', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'application/json', ''];
    const actionIds = sample(fc.oneof(fc.stringMatching(/^[0-9a-f]{40,42}$/), fc.string({ maxLength: 60 }).filter((s) => /^[\x21-\x7e]*$/.test(s))), 40, 101);
    for (const [name, action] of Object.entries(actions)) {
      const caller = name === 'signIn' ? anonymous : /Decision|Staffing|Mail/.test(name) ? editor.request : admin.request;
      const post = (label: string, headers: Record<string, string>, data: Buffer) => async (): Promise<Sent> => {
        const response = await caller.post(action.url, { headers: { ...action.headers, ...headers }, data, maxRedirects: 0 });
        return { label: `${name} ${label}`, status: response.status() };
      };
      bodies.forEach((body, i) => requests.push(post(`body ${i} as ${types[i % types.length]}`, { 'content-type': types[i % types.length]! }, Buffer.from(body))));
      actionIds.slice(0, 10).forEach((id) => requests.push(post(`action id ${JSON.stringify(id)}`, { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8' }, Buffer.from('[]'))));
      requests.push(post('from another origin', { origin: 'https://elak.example', 'content-type': 'text/plain;charset=UTF-8' }, Buffer.from('[]')));
      requests.push(post('from another origin, claiming its host', { origin: 'https://elak.example', 'x-forwarded-host': 'elak.example', 'content-type': 'text/plain;charset=UTF-8' }, Buffer.from('[]')));
      requests.push(post('2 MB body', { 'content-type': 'multipart/form-data; boundary=x' }, Buffer.alloc(2 * 1024 * 1024, 0x61)));
    }
    const big = actions.saveDecision!;
    requests.push(async () => {
      const response = await editor.request.post(big.url, { headers: { ...big.headers, 'content-type': 'multipart/form-data; boundary=x' }, data: Buffer.alloc(10 * 1024 * 1024, 0x61), maxRedirects: 0 });
      return { label: 'saveDecision 10 MB body', status: response.status() };
    });
    const answers = await sendAll(requests, 3);
    expect(serverErrors(answers), 'answers of 5xx').toEqual([]);
    expect(await auditRows(), 'audit rows after malformed actions').toBe(before);
  });

  await test.step('route handlers and pages with hostile addresses, methods and uploads: no 5xx', async () => {
    const before = await auditRows();
    const routes = [
      ['/api/v1/regions', []],
      ['/api/v1/decisions', ['region', 'asOf', 'format', 'kind']],
      ['/api/v1/measures', ['region', 'asOf', 'format', 'measure']],
      ['/api/v1/named-contact-shares', ['region', 'format']],
      ['/api/v1/national', ['asOf', 'format']],
      ['/api/v1/other-measures', ['region', 'format']],
      ['/api/v1/population', ['region', 'year', 'format']],
      ['/api/v1/rounds', ['format']],
      ['/api/v1/staffing', ['region', 'asOf', 'format']],
      ['/api/v1/bulk', ['format']],
      ['/api/v1/openapi.json', []],
      ['/api/download', ['view', 'format', 'date', 'measure', 'regions', 'q', 'sort', 'decision', 'columns', 'locale']],
      ['/api/map/sv', ['date', 'measure']],
      ['/api/feed/sv', ['region', 'format']],
      ['/api/feed/en/09', ['format']],
      ['/api/audit', ['who', 'entity', 'from', 'to', 'format']],
      ['/api/import/progress', ['token']],
      ['/api/import/template', ['format', 'date']],
      ['/api/auth/session', []],
      ['/api/auth/csrf', []],
      ['/api/auth/providers', []],
      ['/', ['view', 'date', 'measure', 'regions', 'q', 'sort', 'decision', 'columns']],
      ['/en', ['view', 'date', 'measure', 'regions']],
      ['/region/01', ['date']],
      ['/embed/sv/map', ['date', 'measure']],
      ['/rapporteringslage', []],
      ['/rapport', []],
      ['/en/rapport', []],
      ['/vad-ar-nytt', ['page']],
      ['/administration/logg', ['who', 'entity', 'page']],
      ['/administration', []],
      ['/konto', ['epost']],
      ['/logga-in', ['next', 'error']],
    ] as const;
    const pathParts = ['/region/', '/en/region/', '/rapport/', '/en/rapport/', '/rapportera/beslut/', '/rapportera/bemanning/', '/administration/omgangar/', '/administration/konton/', '/embed/sv/', '/embed/'];
    const value = hostileValue.map(asText).map((text) => text.slice(0, 3000));
    const requests: (() => Promise<Sent>)[] = [];
    let salt = 200;
    for (const [path, params] of routes) {
      const names = [...params, 'x', '__proto__'];
      const query = fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 4 });
      const method = fc.constantFrom('GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH');
      for (const [pairs, verb, caller] of sample(fc.tuple(query, method, fc.integer({ min: 0, max: 2 })), 70, salt++)) {
        const search = new URLSearchParams(pairs).toString();
        const url = `${path}${search ? `?${search}` : ''}`;
        requests.push(async () => {
          const response = await callers[caller]!.fetch(url, { method: verb, maxRedirects: 0, headers: verb === 'GET' || verb === 'HEAD' ? {} : { origin: 'https://elak.example' } });
          return { label: `${verb} ${url}`, status: response.status() };
        });
      }
    }
    for (const [part, segment, caller] of sample(fc.tuple(fc.constantFrom(...pathParts), fc.oneof(value, fc.constantFrom(...NASTY_STRINGS)), fc.integer({ min: 0, max: 2 })), 500, 300)) {
      const url = `${part}${pathSegment(segment.slice(0, 500))}`;
      requests.push(async () => ({ label: `GET ${url}`, status: (await callers[caller]!.get(url, { maxRedirects: 0 })).status() }));
    }
    // Uploads: hostile kinds, modes and files, as every caller.
    const file = fc.record({ name: fc.constantFrom('fil.csv', 'fil.xlsx', 'fil.json', '', 'a'.repeat(300)), bytes: fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ maxLength: 400 }).map((s) => new TextEncoder().encode(`regionkod;region;referensdatum\r\n${s}`))) });
    const upload = fc.record({ kind: value, mode: fc.constantFrom('preview', 'commit', 'x'), file, digest: value, caller: fc.integer({ min: 0, max: 2 }) });
    for (const { kind, mode, file: { name, bytes }, digest, caller } of sample(upload, 250, 400)) {
      requests.push(async () => {
        const form = new FormData();
        for (const [field, text] of Object.entries({ kind, mode, digest, fingerprint: digest })) form.append(field, text);
        form.append('file', new Blob([bytes]), name);
        const response = await callers[caller]!.post('/api/import', { multipart: form });
        return { label: `import ${mode} ${name} ${kind.slice(0, 40)}`, status: response.status() };
      });
    }
    const answers = await sendAll(requests);
    expect(serverErrors(answers), 'answers of 5xx').toEqual([]);
    expect(await auditRows(), 'audit rows after hostile routes').toBe(before);
  });

  console.log(`[fuzz] http: ${counts.inputs} requests (${counts.refused} hostile action inputs refused, ${counts.accepted} accepted); ${counts.serverErrors} answers of 5xx`);
});
