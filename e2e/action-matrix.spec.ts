import { expect, type APIRequestContext, type Browser, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { E2E_OIDC, E2E_PASSWORD, MATRIX_ACCOUNTS } from './accounts';
import { captureAction, replay, signInAt, test, type ActionOutcome, type CapturedAction } from './support/matrix';
import { fillRoundForm } from './support/rounds';

/*
 * The role × action matrix over HTTP. Every server action is captured from the page that really sends
 * it (and stopped there), then replayed byte for byte as anonymous, region A's editor, region B's
 * editor, a deactivated editor of region A (whose cookie was valid before) and an administrator; every
 * route handler is called the same way. Refused cells must answer with the action's typed refusal (or
 * 401/403/405) and leave the database as it was: the audit trail, which every write appends to in its
 * own transaction, and region A's list of records are compared before and after. The suite runs twice,
 * behind the proxy and with it switched off (project matrix-without-proxy), which shows that no
 * decision about who may do what is taken there.
 *
 * Each test has a server of its own (e2e/support/matrix.ts), so the tests run side by side. Every cell
 * is a step named "<role> → <action>" whose checks are soft: a wrong cell is reported by its name and
 * the rest of the matrix still runs.
 */

/** A response as content: a workbook's files without the time it was made (which differs by the second). */
function comparable(route: string, body: Buffer): string {
  if (!route.includes('format=xlsx')) return body.toString('base64');
  const files = unzipSync(new Uint8Array(body));
  return Object.keys(files)
    .filter((name) => name !== 'docProps/core.xml')
    .sort()
    .map((name) => `${name}\n${strFromU8(files[name]!)}`)
    .join('\n');
}

type Role = 'anonymous' | 'editorA' | 'editorB' | 'deactivated' | 'admin';
type SignedIn = Exclude<Role, 'anonymous'>;
type Outcome = 'ok' | 'unauthenticated' | 'forbidden' | 'not_found' | 'refused';

// Values that only ever exist in drafts: no public response may contain them.
const DRAFT_REFERENCE = 'MATRIS-DNR-77';
const DRAFT_SOURCE = 'Matrisprovets utkastkälla';

/** What an action's answer says, whether it redirected (…?done= / …?failed=) or answered its form. */
function outcomeOf(result: ActionOutcome): Outcome | string {
  if (result.redirect) {
    const failed = /failed=([a-z_]+)/.exec(result.redirect)?.[1];
    if (failed) return failed;
    if (/done=|signedOut/.test(result.redirect)) return 'ok';
    return `redirect ${result.redirect}`;
  }
  const messages: [string, Outcome][] = [
    ['Du är inte inloggad längre', 'unauthenticated'],
    ['Ditt konto får inte ändra regionens uppgifter', 'forbidden'],
    ['Det här får bara Socialstyrelsens administratörer göra', 'forbidden'],
    ['Uppgiften finns inte, eller hör inte till din region', 'not_found'],
    ['Fel e-postadress eller lösenord', 'refused'],
  ];
  return messages.find(([text]) => result.body.includes(text))?.[1] ?? `status ${result.status}: ${result.body.slice(0, 600)}`;
}

const EDITOR_ACTION: Record<Role, Outcome> = { anonymous: 'unauthenticated', deactivated: 'unauthenticated', admin: 'forbidden', editorB: 'not_found', editorA: 'ok' };
const ADMIN_ACTION: Record<Role, Outcome> = { anonymous: 'unauthenticated', deactivated: 'unauthenticated', editorA: 'forbidden', editorB: 'forbidden', admin: 'ok' };
/** The refused roles first, the one allowed last (its success shows the captured request was a real one). */
const ORDER: Role[] = ['anonymous', 'deactivated', 'editorB', 'admin', 'editorA'];
const ADMIN_ORDER: Role[] = ['anonymous', 'deactivated', 'editorA', 'editorB', 'admin'];

/** The new-account form filled in for an editor of Region Dalarna, whose name no public answer may hold. */
async function fillNewAccount(admin: Page, at: (path: string) => string) {
  await admin.goto(at('/administration/konton/ny'));
  await admin.getByLabel('E-postadress').fill('matris.ny@region.example');
  await admin.getByLabel('Namn').fill('Nils Nyanställd');
  await admin.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Dalarna' });
  await admin.getByLabel('Lösenord').fill(E2E_PASSWORD);
}

// Hundreds of replayed calls, each with a fingerprint of the database before and after: the time it takes
// is the machine's, so the limit only catches a hang.
test.setTimeout(2_700_000);

/** Signs everyone in on the test's server (region A's second editor, then deactivated), with the tools every test uses. */
async function matrixFor({ browser, playwright, matrixServer: baseURL, pagePrefix }: { browser: Browser; playwright: PlaywrightWorkerArgs['playwright']; matrixServer: string; pagePrefix: string }) {
  const at = (path: string) => `${pagePrefix}${path}`;
  const pages = {} as Record<SignedIn, Page>;
  for (const role of ['editorA', 'editorB', 'deactivated', 'admin'] as const) {
    pages[role] = await (await browser.newContext({ baseURL })).newPage();
    await signInAt(pages[role], pagePrefix, MATRIX_ACCOUNTS[role].email);
  }
  const anonymous = await playwright.request.newContext({ baseURL });
  // Without the proxy nothing routes an address without a language to Swedish: proof that it is off.
  expect((await anonymous.get('/logga-in')).status(), 'the proxy routes /logga-in').toBe(pagePrefix ? 404 : 200);
  const requestOf = (role: Role): APIRequestContext => (role === 'anonymous' ? anonymous : pages[role].request);
  const { editorA: A, admin } = pages;

  /** The page's address for a link the page rendered (links carry no /sv; pages without the proxy need it). */
  const hrefOf = async (page: Page, name: string | RegExp) => at((await page.getByRole('link', { name }).first().getAttribute('href'))!);
  await admin.goto(at('/administration/konton'));
  const accountPages = {
    deactivated: await hrefOf(admin, MATRIX_ACCOUNTS.deactivated.name),
    spare: await hrefOf(admin, MATRIX_ACCOUNTS.spare.name),
  };

  // The deactivated editor signed in while active; now an administrator switches the account off.
  await admin.goto(accountPages.deactivated);
  await admin.getByLabel('Status').selectOption({ label: 'Avstängt – kan inte logga in' });
  await admin.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(admin).toHaveURL(/done=saved/);

  /** Everything a refused call must leave as it was. */
  async function fingerprint() {
    const audit = await admin.request.get('/api/audit');
    expect(audit.status()).toBe(200);
    const rows = (await audit.text()).split('\r\n').filter((line) => !line.includes(',session,'));
    await A.goto(at('/rapportera'));
    return { audit: rows, regionA: await A.locator('main').innerText() };
  }

  /** Runs one action for every role, in `order`; refused cells must change nothing. */
  async function cell(name: string, action: CapturedAction, expected: Record<Role, Outcome>, order: Role[], changes: Partial<Record<Role, Record<string, string>>> = {}) {
    for (const role of order) {
      await test.step(`${role} → ${name}`, async () => {
        const before = await fingerprint();
        const outcome = outcomeOf(await replay(requestOf(role), action, changes[role]));
        expect.soft(outcome, `${role} → ${name}`).toBe(expected[role]);
        const after = await fingerprint();
        if (expected[role] === 'ok') expect.soft(after, `${role} → ${name} did nothing`).not.toEqual(before);
        else expect.soft(after, `${role} → ${name} changed the database`).toEqual(before);
      });
    }
  }

  /** A row of region A's list, found by its link to the record. */
  const rowOf = (page: Page, kind: 'beslut' | 'bemanning', id: string) => page.locator(`tr:has(a[href$="/rapportera/${kind}/${id}"])`);
  /** Ids of the region's records in rows whose text matches `row` (the region also has published ones). */
  const idsOf = async (page: Page, kind: 'beslut' | 'bemanning', row: RegExp) => {
    await page.goto(at('/rapportera'));
    const hrefs = await page
      .getByRole('row', { name: row })
      .locator(`a[href*="/rapportera/${kind}/"]`)
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    return hrefs.map((href) => href.split('/').pop()!).filter((id) => /^\d+$/.test(id)).sort((x, y) => Number(x) - Number(y));
  };

  /** The account behind a role's cookie right now, as the session endpoint tells it. */
  async function sessions(role: Role): Promise<string | null> {
    return ((await (await requestOf(role).get('/api/auth/session')).json()) as { userId?: string } | null)?.userId ?? null;
  }

  return { baseURL, at, pages, anonymous, requestOf, A, admin, hrefOf, accountPages, fingerprint, cell, rowOf, idsOf, sessions };
}

test('decisions, staffing reports, what the public sees of them, and their review and publication', async ({ browser, playwright, matrixServer, pagePrefix }) => {
  const { at, pages, anonymous, requestOf, A, admin, fingerprint, cell, rowOf, idsOf } = await matrixFor({ browser, playwright, matrixServer, pagePrefix });
  await test.step('decisions: create, edit, submit, delete', async () => {
    await A.goto(at('/rapportera/beslut/ny'));
    await A.getByLabel('Vad beslutades?').selectOption({ label: 'Beslut om en annan siffra' });
    await A.getByLabel('Antal invånare per fast läkarkontakt').fill('1 234');
    await A.getByLabel('Beslutsdatum', { exact: true }).fill('2023-03');
    await A.getByLabel('Diarienummer eller protokoll').fill(DRAFT_REFERENCE);
    const create = await captureAction(A, A.getByRole('button', { name: 'Spara utkast' }));

    // Region B's editor may create, but only in region B: region A's list stays as it was.
    const before = await fingerprint();
    expect.soft(outcomeOf(await replay(requestOf('editorB'), create))).toBe('ok');
    expect.soft((await fingerprint()).regionA).toBe(before.regionA);
    await pages.editorB.goto(at('/rapportera'));
    await expect(pages.editorB.getByRole('heading', { level: 1 })).toHaveText('Rapportera för Region Västerbotten');
    await expect(pages.editorB.getByRole('row', { name: /mars 2023/ })).toHaveCount(1);
    await cell('create a decision', create, EDITOR_ACTION, ORDER.filter((role) => role !== 'editorB'));

    // Two drafts of region A: one to edit and submit, one to delete.
    expect.soft(outcomeOf(await replay(requestOf('editorA'), create))).toBe('ok');
    const [first, second] = await idsOf(A, 'beslut', /mars 2023/);
    expect(first && second).toBeTruthy();

    await A.goto(at(`/rapportera/beslut/${first}`));
    await A.getByLabel('Anteckning').fill('ändrad i matrisen');
    const edit = await captureAction(A, A.getByRole('button', { name: 'Spara utkast' }));
    await cell('edit a decision', edit, EDITOR_ACTION, ORDER);

    await A.goto(at('/rapportera'));
    const submit = await captureAction(A, rowOf(A, 'beslut', first!).getByRole('button', { name: 'Skicka in' }));
    await cell('submit a decision', submit, EDITOR_ACTION, ORDER);

    await A.goto(at('/rapportera'));
    // Deleting asks first; the confirmation step's button is the action.
    await rowOf(A, 'beslut', second!).getByRole('button', { name: 'Ta bort' }).click();
    const remove = await captureAction(A, A.getByRole('button', { name: 'Ja, ta bort utkastet' }));
    await cell('delete a decision', remove, EDITOR_ACTION, ORDER);
  });

  await test.step('staffing reports: create, edit, submit, delete', async () => {
    // Reports go in within a follow-up round for their date; an administrator opens one.
    await admin.goto(at('/administration/omgangar'));
    await fillRoundForm(admin, { name: 'Matrisomgången', referenceDate: '2024-06-30', opensOn: '2024-07-01', closesOn: '2099-12-31' });
    await admin.getByRole('button', { name: 'Öppna omgången' }).click();
    await expect(admin).toHaveURL(/done=created/);

    await A.goto(at('/rapportera/bemanning/ny'));
    await A.getByLabel('Referensdatum (ÅÅÅÅ-MM-DD)').fill('2024-06-30');
    await A.getByLabel('Specialister i allmänmedicin som är fast läkarkontakt (antal personer)').fill('900');
    await A.getByLabel('Specialister (heltidsekvivalenter)').fill('850');
    await A.getByLabel('ST-läkare i allmänmedicin som är fast läkarkontakt (antal personer)').fill('300');
    await A.getByLabel('ST-läkare (heltidsekvivalenter)').fill('290');
    await A.getByLabel('Källa för uppgifterna').fill(DRAFT_SOURCE);
    const create = await captureAction(A, A.getByRole('button', { name: 'Spara utkast' }));
    const before = await fingerprint();
    expect.soft(outcomeOf(await replay(requestOf('editorB'), create))).toBe('ok');
    expect.soft((await fingerprint()).regionA).toBe(before.regionA);
    await cell('create a staffing report', create, EDITOR_ACTION, ORDER.filter((role) => role !== 'editorB'));
    expect.soft(outcomeOf(await replay(requestOf('editorA'), create, { referenceDate: '2024-09-30' }))).toBe('ok');
    const [first, second] = await idsOf(A, 'bemanning', /2024-0[69]-30/);
    expect(first && second).toBeTruthy();

    await A.goto(at(`/rapportera/bemanning/${first}`));
    await A.getByLabel('Kommentar').fill('ändrad i matrisen');
    const edit = await captureAction(A, A.getByRole('button', { name: 'Spara utkast' }));
    await cell('edit a staffing report', edit, EDITOR_ACTION, ORDER);

    await A.goto(at('/rapportera'));
    const submit = await captureAction(A, rowOf(A, 'bemanning', first!).getByRole('button', { name: 'Skicka in' }));
    await cell('submit a staffing report', submit, EDITOR_ACTION, ORDER);

    await A.goto(at('/rapportera'));
    // Deleting asks first; the confirmation step's button is the action.
    await rowOf(A, 'bemanning', second!).getByRole('button', { name: 'Ta bort' }).click();
    const remove = await captureAction(A, A.getByRole('button', { name: 'Ja, ta bort utkastet' }));
    await cell('delete a staffing report', remove, EDITOR_ACTION, ORDER);
  });

  await test.step('an account for the administrator to create, whose name no public answer may hold', async () => {
    await fillNewAccount(admin, at);
    await admin.getByRole('button', { name: 'Skapa kontot' }).click();
    await expect(admin).toHaveURL(/done=/);
  });

  await test.step('route handlers: the same public answer for everyone, nothing unpublished, no writes', async () => {
    const publicRoutes = [
      '/api/health',
      '/api/v1/regions',
      '/api/v1/population',
      '/api/v1/decisions',
      '/api/v1/staffing',
      '/api/v1/measures',
      '/api/v1/national',
      '/api/v1/named-contact-shares',
      '/api/v1/other-measures',
      '/api/v1/rounds',
      '/api/v1/openapi.json',
      '/api/v1/bulk',
      '/api/map/sv',
      '/api/map/en',
      '/api/download?view=table&format=csv',
      '/api/download?view=chart&format=xlsx',
      '/api/download?view=chart&measure=decisionsOverTime&format=csv',
      '/api/import/template?format=csv&lang=sv',
      '/api/import/template?format=xlsx&lang=en',
    ];
    const before = await fingerprint();
    for (const route of publicRoutes) {
      const bodies = new Map<Role, Buffer>();
      for (const role of ORDER) {
        const response = await requestOf(role).get(route);
        expect.soft(response.status(), `${role} GET ${route}`).toBe(200);
        bodies.set(role, await response.body());
      }
      const anonymousBody = bodies.get('anonymous')!;
      for (const [role, body] of bodies) expect.soft(comparable(route, body), `${role} GET ${route} differs from the signed-out answer`).toBe(comparable(route, anonymousBody));
      const text = route.includes('xlsx') ? comparable(route, anonymousBody) : anonymousBody.toString('utf8');
      for (const marker of [DRAFT_REFERENCE, DRAFT_SOURCE, 'ändrad i matrisen', 'Nils Nyanställd']) expect.soft(text, `${route} holds ${marker}`).not.toContain(marker);
      // Other methods: 405, except that a file served from the cache (the map) is served as it is.
      for (const method of ['post', 'put', 'delete', 'patch'] as const) {
        for (const role of ['anonymous', 'editorA', 'admin'] as const) {
          const response = await requestOf(role)[method](route, { data: { regionCode: '12', status: 'published' } });
          if (response.status() !== 405) expect.soft((await response.body()).equals(anonymousBody), `${role} ${method} ${route}: ${response.status()}`).toBe(true);
        }
      }
    }

    // Staffing reports for 2024-06-30 and 2024-09-30 exist only as drafts and submitted records: no
    // published report and no national point (Riket, its coverage) may come from them.
    for (const route of ['/api/v1/staffing', '/api/v1/national']) {
      const { data } = (await (await anonymous.get(route)).json()) as { data: { referenceDate: string }[] };
      for (const row of data) expect.soft(['2024-06-30', '2024-09-30'], `${route} has a point for an unpublished report's date`).not.toContain(row.referenceDate);
    }

    // Public pages, as HTML and as the React server payload a client navigation fetches, for every
    // role: drafts and submitted records of both regions exist now, and none of their values show.
    const publicPages = [...['/', '/region/12', '/region/24', '/vad-ar-nytt', '/rapporteringslage', '/oppna-data'].map(at), '/en', '/en/region/12', '/en/vad-ar-nytt', '/en/rapporteringslage'];
    for (const path of publicPages) {
      for (const role of ORDER) {
        for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
          const response = await requestOf(role).get(path, { headers });
          expect.soft(response.status(), `${role} GET ${path} ${JSON.stringify(headers)}`).toBe(200);
          const text = await response.text();
          for (const marker of [DRAFT_REFERENCE, DRAFT_SOURCE, 'ändrad i matrisen', 'Nils Nyanställd']) expect.soft(text, `${role} GET ${path} holds ${marker}`).not.toContain(marker);
        }
      }
    }

    const audit: Record<Role, number> = { anonymous: 401, deactivated: 401, editorA: 403, editorB: 403, admin: 200 };
    for (const role of ORDER) {
      expect.soft((await requestOf(role).get('/api/audit')).status(), `${role} GET /api/audit`).toBe(audit[role]);
      expect.soft((await requestOf(role).post('/api/audit')).status(), `${role} POST /api/audit`).toBe(405);
    }

    // Each session endpoint answers for its own holder only; a deactivated account's reads as none.
    const sessions = new Map<Role, string | null>();
    for (const role of ORDER) sessions.set(role, ((await (await requestOf(role).get('/api/auth/session')).json()) as { userId?: string } | null)?.userId ?? null);
    expect.soft(sessions.get('anonymous')).toBeNull();
    expect.soft(sessions.get('deactivated')).toBeNull();
    expect.soft(new Set(['editorA', 'editorB', 'admin'].map((role) => sessions.get(role as Role))).size).toBe(3);

    // A made-up sign-in ticket signs nobody in, whoever sends it.
    for (const role of ORDER) {
      const csrf = ((await (await requestOf(role).get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
      await requestOf(role).post('/api/auth/callback/ticket', { form: { ticket: 'a-ticket-nobody-issued', csrfToken: csrf }, maxRedirects: 0 });
      const now = ((await (await requestOf(role).get('/api/auth/session')).json()) as { userId?: string } | null)?.userId ?? null;
      expect.soft(now, `${role}'s session after a made-up ticket`).toBe(sessions.get(role));
    }
    expect.soft(await fingerprint()).toEqual(before);
  });

  await test.step('review and publication: approve, reopen, return and publish, each replayed by every role', async () => {
    const chooseAndCapture = async (item: RegExp, button: string, comment?: string) => {
      await admin.goto(at('/administration/granskning'));
      await admin.getByRole('checkbox', { name: item }).check();
      if (comment) await admin.getByLabel('Kommentar till regionen').fill(comment);
      return captureAction(admin, admin.getByRole('button', { name: button }));
    };
    const approve = await chooseAndCapture(/Bemanning 2024-06-30 från Region Skåne/, 'Godkänn valda');
    await cell('approve a submitted report', approve, ADMIN_ACTION, ADMIN_ORDER);

    await admin.goto(at('/administration/granskning'));
    const approved = admin.getByTestId('review-approved').getByRole('row', { name: /Region Skåne/ });
    await approved.getByLabel('Varför öppnas den igen?').fill('Fel uttagsdatum i matrisen');
    const reopen = await captureAction(admin, approved.getByRole('button', { name: 'Öppna igen för regionen' }));
    await cell('reopen an approved report', reopen, ADMIN_ACTION, ADMIN_ORDER);

    const giveBack = await chooseAndCapture(/Beslut .* från Region Skåne/, 'Skicka tillbaka valda', 'Ange diarienumret i matrisen');
    await cell('return a submitted decision', giveBack, ADMIN_ACTION, ADMIN_ORDER);

    // The region sends the report in again and it is approved, so that there is something to publish.
    // (Without the proxy an action's redirect lands on an address without /sv: the page is loaded again here.)
    await A.goto(at('/rapportera'));
    await A.getByRole('row', { name: /2024-06-30/ }).getByRole('button', { name: 'Skicka in' }).click();
    await expect(A).toHaveURL(/done=/);
    await A.goto(at('/rapportera'));
    await expect(A.getByRole('row', { name: /2024-06-30/ })).toContainText('Inskickad');
    await admin.goto(at('/administration/granskning'));
    await admin.getByRole('checkbox', { name: /Bemanning 2024-06-30 från Region Skåne/ }).check();
    await admin.getByRole('button', { name: 'Godkänn valda' }).click();
    await expect(admin).toHaveURL(/done=approve/);
    await admin.goto(at('/administration/granskning'));
    await admin.getByTestId('review-approved').getByRole('checkbox', { name: /Bemanning 2024-06-30 från Region Skåne/ }).check();
    // Publishing asks first; the confirmation step's button is the action.
    await admin.getByRole('button', { name: 'Publicera valda' }).click();
    const publish = await captureAction(admin, admin.getByRole('button', { name: 'Ja, publicera 1 uppgift' }));
    await cell('publish an approved report', publish, ADMIN_ACTION, ADMIN_ORDER);
  });
});

test('accounts, follow-up rounds and the bulk import', async ({ browser, playwright, matrixServer, pagePrefix }) => {
  const { at, requestOf, admin, hrefOf, accountPages, fingerprint, cell } = await matrixFor({ browser, playwright, matrixServer, pagePrefix });
  await test.step('accounts and rounds: create and change an account, open and change a round', async () => {
    await fillNewAccount(admin, at);
    const create = await captureAction(admin, admin.getByRole('button', { name: 'Skapa kontot' }));
    await cell('create an account', create, ADMIN_ACTION, ADMIN_ORDER);

    await admin.goto(accountPages.spare);
    await admin.getByLabel('Namn').fill('Cilla Omdöpt');
    await admin.getByLabel('Behörighet').selectOption({ label: 'Administratör' });
    await admin.getByLabel('Region', { exact: true }).selectOption({ label: 'Ingen region (administratör)' });
    const change = await captureAction(admin, admin.getByRole('button', { name: 'Spara ändringarna' }));
    await cell('change an account (make it an administrator)', change, ADMIN_ACTION, ADMIN_ORDER);

    await admin.goto(at('/administration/omgangar'));
    await fillRoundForm(admin, { name: 'Omgång i matrisen', referenceDate: '2024-12-31', opensOn: '2025-01-15', closesOn: '2025-03-31' });
    const openRound = await captureAction(admin, admin.getByRole('button', { name: 'Öppna omgången' }));
    await cell('open a follow-up round', openRound, ADMIN_ACTION, ADMIN_ORDER);

    await admin.goto(at('/administration/omgangar'));
    await admin.goto(await hrefOf(admin, 'Ändra Omgång i matrisen'));
    await admin.getByLabel('Sista dag att rapportera (ÅÅÅÅ-MM-DD)').fill('2025-04-30');
    const changeRound = await captureAction(admin, admin.getByRole('button', { name: 'Spara ändringarna' }));
    await cell('change a round’s dates', changeRound, ADMIN_ACTION, ADMIN_ORDER);
  });

  await test.step('bulk import over HTTP: dry run, import and progress are for administrators only; refused calls write nothing', async () => {
    const header = 'regionkod;region;referensdatum;specialister_antal;specialister_heltider;st_lakare_antal;st_lakare_heltider;invanare_med_namngiven_lakare;kalla;kommentar;forklaring';
    const file = { name: 'matris.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\r\n20;Region Dalarna;2024-12-31;70;64,5;25;23;;Matrisens importfil;;\r\n`, 'utf8') };
    const expected: Record<Role, number> = { anonymous: 401, deactivated: 401, editorA: 403, editorB: 403, admin: 200 };
    const preview = await requestOf('admin').post('/api/import', { multipart: { kind: 'staffing', mode: 'preview', file } });
    expect(preview.status()).toBe(200);
    const { report } = (await preview.json()) as { report: { digest: string; fingerprint: string; counts: { insert: number } } };
    expect(report.counts.insert).toBe(1);
    const token = '7d3f0c2a-9b1e-4f6d-8a5c-3e2b1d0f9a87';
    for (const role of ADMIN_ORDER) {
      const before = await fingerprint();
      expect.soft((await requestOf(role).post('/api/import', { multipart: { kind: 'staffing', mode: 'preview', file } })).status(), `${role} dry run`).toBe(expected[role]);
      const commit = await requestOf(role).post('/api/import', { multipart: { kind: 'staffing', mode: 'commit', file, digest: report.digest, fingerprint: report.fingerprint, progressToken: token } });
      expect.soft(commit.status(), `${role} import`).toBe(expected[role]);
      const progress = await requestOf(role).get(`/api/import/progress?token=${token}`);
      expect.soft(progress.status(), `${role} progress`).toBe(expected[role]);
      const after = await fingerprint();
      if (role === 'admin') {
        expect.soft(after, 'the administrator’s import did nothing').not.toEqual(before);
        expect.soft(((await progress.json()) as { progress: { phase: string; done: number } }).progress).toEqual({ phase: 'writing', done: 1, total: 1 });
      } else {
        expect.soft(after, `${role}'s import changed the database`).toEqual(before);
      }
    }
    // From another site, even an administrator's cookie imports nothing.
    const before = await fingerprint();
    const foreign = await requestOf('admin').post('/api/import', { headers: { Origin: 'https://elak.example' }, multipart: { kind: 'staffing', mode: 'preview', file } });
    expect.soft(foreign.status()).toBe(403);
    expect.soft(await fingerprint()).toEqual(before);
  });
});

test('signing in, e-mail choices and signing out', async ({ browser, playwright, matrixServer, pagePrefix }) => {
  const { at, pages, requestOf, A, fingerprint, sessions, baseURL } = await matrixFor({ browser, playwright, matrixServer, pagePrefix });
  await test.step('signing in: the same request with other credentials, from every role; a deactivated account is refused', async () => {
    const page = await (await browser.newContext({ baseURL })).newPage();
    await page.goto(at('/logga-in'));
    await page.getByLabel('E-postadress').fill(MATRIX_ACCOUNTS.editorA.email);
    await page.getByLabel('Lösenord').fill(E2E_PASSWORD);
    const signIn = await captureAction(page, page.getByRole('button', { name: 'Logga in', exact: true }));
    const before = await fingerprint();
    for (const role of ORDER) {
      const held = sessions(role);
      const outcome = outcomeOf(await replay(requestOf(role), signIn, { email: MATRIX_ACCOUNTS.deactivated.email }));
      expect.soft(outcome, `${role} signing in as the deactivated account`).toBe('refused');
      expect.soft(await held, `${role}'s session after a refused sign-in`).toBe(await sessions(role));
    }
    const fresh = await playwright.request.newContext({ baseURL });
    expect.soft(outcomeOf(await replay(fresh, signIn, { password: 'inte rätt lösenord alls' }))).toBe('refused');
    expect.soft(outcomeOf(await replay(fresh, signIn))).toMatch(/^redirect (http:\/\/[^/]+)?\/konto\b/);
    expect.soft(((await (await fresh.get('/api/auth/session')).json()) as { userId: string }).userId).toBe(await sessions('editorA'));
    expect.soft(await fingerprint()).toEqual(before);

    // Sign-in through the identity provider starts the same way for everyone and writes nothing.
    await page.goto(at('/logga-in'));
    const oidc = await captureAction(page, page.getByRole('button', { name: `Logga in med ${E2E_OIDC.name}` }));
    for (const role of ORDER) expect.soft(outcomeOf(await replay(requestOf(role), oidc)), role).toMatch(new RegExp(`^redirect ${E2E_OIDC.issuer}/`));
    expect.soft(await fingerprint()).toEqual(before);
  });

  await test.step('e-mail choices: an editor saves their own and nobody else’s; every other caller is refused and changes nothing', async () => {
    /** Whether the page's own account has chosen no e-mail, as its account page shows it. */
    const mailOff = async (page: Page) => {
      await page.goto(at('/konto'));
      return page.getByRole('radio', { name: 'Nej, ingen e-post' }).isChecked();
    };
    await A.goto(at('/konto'));
    await A.getByRole('radio', { name: 'Nej, ingen e-post' }).check();
    const save = await captureAction(A, A.getByRole('button', { name: 'Spara e-postval' }));
    const expected: Record<Role, string> = { anonymous: 'fel', deactivated: 'fel', admin: 'fel', editorB: 'sparad', editorA: 'sparad' };
    for (const role of ['anonymous', 'deactivated', 'admin', 'editorB', 'editorA'] as const) {
      await test.step(`${role} → save e-mail choices`, async () => {
        const before = { A: await mailOff(A), B: await mailOff(pages.editorB) };
        const { redirect } = await replay(requestOf(role), save);
        expect.soft(/epost=(\w+)/.exec(redirect ?? '')?.[1], `${role} → save e-mail choices`).toBe(expected[role]);
        // The captured form names no account: an editor's call changes that editor's own choices only.
        const after = { A: await mailOff(A), B: await mailOff(pages.editorB) };
        expect.soft(after, `${role} → whose e-mail choices changed`).toEqual({ A: before.A || role === 'editorA', B: before.B || role === 'editorB' });
      });
    }
  });

  await test.step('signing out ends the sessions of whoever sends it, and nobody else’s', async () => {
    await A.goto(at('/konto'));
    const signOut = await captureAction(A, A.getByRole('button', { name: 'Logga ut' }));
    // Each replay runs from a copy of the role's cookies, so the server's answer decides, not a cleared cookie.
    const copies = new Map<Role, APIRequestContext>();
    for (const role of ['editorA', 'editorB', 'admin'] as const) {
      copies.set(role, await playwright.request.newContext({ baseURL, storageState: { cookies: await pages[role].context().cookies(), origins: [] } }));
    }
    const stillSignedIn = async () => Object.fromEntries(await Promise.all([...copies].map(async ([role, context]) => [role, ((await (await context.get('/api/auth/session')).json()) as unknown) !== null])));

    for (const role of ['anonymous', 'deactivated'] as const) {
      expect.soft(outcomeOf(await replay(requestOf(role), signOut)), role).toBe('ok');
      expect.soft(await stillSignedIn(), `after ${role} signed out`).toEqual({ editorA: true, editorB: true, admin: true });
    }
    expect.soft(outcomeOf(await replay(requestOf('editorB'), signOut))).toBe('ok');
    expect.soft(await stillSignedIn()).toEqual({ editorA: true, editorB: false, admin: true });
    expect.soft(outcomeOf(await replay(requestOf('admin'), signOut))).toBe('ok');
    expect.soft(await stillSignedIn()).toEqual({ editorA: true, editorB: false, admin: false });
    expect.soft(outcomeOf(await replay(requestOf('editorA'), signOut))).toBe('ok');
    expect.soft(await stillSignedIn()).toEqual({ editorA: false, editorB: false, admin: false });
  });
});
