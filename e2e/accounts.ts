/** Accounts the public server of the end-to-end tests is given (see playwright.config.ts). */
export const E2E_PASSWORD = 'ett långt lösenord för testerna';

export const E2E_ACCOUNTS = {
  gotland: { email: 'redaktor.gotland@region.example', name: 'Greta Gotländing', role: 'editor', region: '09' },
  norrbotten: { email: 'editor.norrbotten@region.example', name: 'Nils Norrbottning', role: 'editor', region: '25' },
  admin: { email: 'admin@socialstyrelsen.example', name: 'Ada Administratör', role: 'admin', region: null },
  varmland: { email: 'rapportor.varmland@region.example', name: 'Vera Värmlänning', role: 'editor', region: '17' },
  jamtland: { email: 'rapportor.jamtland@region.example', name: 'Jonas Jämte', role: 'editor', region: '23' },
  // Signs out through Auth.js in e2e/sessions.spec.ts, which ends all its sessions: used by no other test.
  kalmar: { email: 'sessioner.kalmar@region.example', name: 'Kim Kalmarbo', role: 'editor', region: '08' },
  // Corrects forms by keyboard in e2e/guided-forms.spec.ts: used by no other test.
  vasternorrland: { email: 'formular.vasternorrland@region.example', name: 'Vilma Västernorrländing', role: 'editor', region: '22' },
} as const;

/**
 * Added to every port the end-to-end tests use, so that two checkouts on one machine can run their
 * tests at once (E2E_PORT_OFFSET=100 moves 3100 to 3200, …).
 */
export const E2E_PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);

/** The identity provider the public server trusts in the tests (e2e/support/oidc-provider.mjs). */
export const E2E_OIDC = {
  port: 3102 + E2E_PORT_OFFSET,
  issuer: `http://127.0.0.1:${3102 + E2E_PORT_OFFSET}`,
  clientId: 'fast-lakarkontakt-e2e',
  clientSecret: 'a-client-secret-for-the-end-to-end-tests-only',
  name: 'Testorganisationens inloggning',
  /** Subject of the one account linked to the provider. */
  linkedSubject: 'olle-halland',
} as const;

/** A provider that forges ID tokens (e2e/support/forged-idp.mjs), trusted by a server of its own. */
export const E2E_FORGED = {
  port: 3104 + E2E_PORT_OFFSET,
  issuer: `http://127.0.0.1:${3104 + E2E_PORT_OFFSET}`,
  clientId: 'fast-lakarkontakt-forged',
  clientSecret: 'another-client-secret-for-the-end-to-end-tests',
  name: 'Förfalskad inloggning',
  subject: 'forged-subject',
} as const;

/**
 * Accounts of the two servers the role × action matrix runs against (e2e/action-matrix.spec.ts):
 * region A's editor, region B's editor, an editor of region A who is deactivated during the run, an
 * administrator, and an account for the administrator to change.
 */
export const MATRIX_ACCOUNTS = {
  editorA: { email: 'matris.a@region.example', name: 'Alva Skåning', role: 'editor', region: '12' },
  editorB: { email: 'matris.b@region.example', name: 'Bo Västerbottning', role: 'editor', region: '24' },
  deactivated: { email: 'matris.d@region.example', name: 'Dag Avstängd', role: 'editor', region: '12' },
  admin: { email: 'matris.admin@socialstyrelsen.example', name: 'Maja Matrisadministratör', role: 'admin', region: null },
  spare: { email: 'matris.c@region.example', name: 'Cilla Uppsalabo', role: 'editor', region: '03' },
} as const;

/** Accounts of the server the HTTP fuzz suite runs against (e2e/http-fuzz.spec.ts). */
export const FUZZ_ACCOUNTS = {
  editor: { email: 'fuzz.redaktor@region.example', name: 'Fia Dalkulla', role: 'editor', region: '20' },
  admin: { email: 'fuzz.admin@socialstyrelsen.example', name: 'Frans Fuzzadministratör', role: 'admin', region: null },
  spare: { email: 'fuzz.extra@region.example', name: 'Sam Extrakonto', role: 'editor', region: '03' },
} as const;

export type AccountSpec = { email: string; name: string; role: string; region: string | null; oidcIssuer?: string; oidcSubject?: string };

/** Shell commands that create the accounts (the password goes on standard input, as in production). */
export function createAccountsCommand(accounts: Record<string, AccountSpec>): string {
  return Object.values(accounts)
    .map(
      (a) =>
        `printf '%s\\n' '${E2E_PASSWORD}' | npm run --silent user:create -- --email ${a.email} --name '${a.name}' --role ${a.role}${a.region ? ` --region ${a.region}` : ''}`,
    )
    .join(' && ');
}

/**
 * Each end-to-end server's accounts, made by e2e/support/prepare-server.ts: accounts with a password
 * sign in with E2E_PASSWORD; those naming an identity at a provider sign in only there.
 */
export const SERVER_ACCOUNTS = {
  // Those above, and one linked to the test identity provider.
  public: [
    ...Object.values(E2E_ACCOUNTS),
    { email: 'oidc.halland@region.example', name: 'Olle Hallänning', role: 'editor', region: '13', oidcIssuer: E2E_OIDC.issuer, oidcSubject: E2E_OIDC.linkedSubject },
  ],
  example: [],
  // The one account of the server that trusts the forging provider, linked to its subject.
  forged: [{ email: 'forged.linked@region.example', name: 'Frida Förfalskningsprov', role: 'editor', region: '21', oidcIssuer: E2E_FORGED.issuer, oidcSubject: E2E_FORGED.subject }],
  matrix: Object.values(MATRIX_ACCOUNTS),
  hardening: [E2E_ACCOUNTS.admin],
  fuzz: Object.values(FUZZ_ACCOUNTS),
} satisfies Record<string, AccountSpec[]>;
export type ServerName = keyof typeof SERVER_ACCOUNTS;
