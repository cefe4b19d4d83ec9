import type { SessionClaim } from './session';

/**
 * What Auth.js asks of the accounts, passed in by the data-access layer (which sits above lib/auth and
 * provides them when it loads, lib/data/internal/viewer.ts): linking an identity-provider sign-in to
 * its account, and ending an account's sessions when Auth.js's own sign-out is used.
 */
export interface IdentityLinks {
  /** The session for the account linked to this issuer and subject, or null (audited either way). */
  linkOidcIdentity(identity: { issuer: string; subject: string }, address: string): Promise<SessionClaim | null>;
  /** Ends every session of the account the claim names, if that session is still valid. */
  endClaimedSessions(claim: SessionClaim): Promise<void>;
}

let provided: IdentityLinks | null = null;

export function provideIdentityLinks(links: IdentityLinks): void {
  provided = links;
}

export function identityLinks(): IdentityLinks {
  if (!provided) throw new Error('The accounts were not connected to Auth.js: import the data-access layer (lib/data/internal/viewer.ts) first');
  return provided;
}
