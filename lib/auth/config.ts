import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { Provider } from 'next-auth/providers';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/client-address';
import { env } from '@/lib/env';
import { identityLinks } from './identity-links';
import { resolveAuthSecret } from './secret';
import { redeemTicket } from './tickets';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
    sessionId?: string;
  }
  interface Session {
    userId: string;
    sessionVersion: number;
    sessionId: string;
  }
}

const providers: Provider[] = [
  Credentials({
    id: 'ticket',
    credentials: { ticket: {} },
    // Passwords are checked by the data-access layer, which then issues a one-time ticket.
    authorize: (credentials) => {
      const holder = redeemTicket(credentials?.ticket);
      return holder ? { id: holder.userId, sessionVersion: holder.sessionVersion, sessionId: holder.sessionId } : null;
    },
  }),
];
// The organisation's identity provider, when configured: code flow with PKCE, state and nonce.
if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_CLIENT_ID && env.AUTH_OIDC_CLIENT_SECRET) {
  providers.push({
    id: 'oidc',
    name: env.AUTH_OIDC_NAME,
    type: 'oidc',
    issuer: env.AUTH_OIDC_ISSUER,
    clientId: env.AUTH_OIDC_CLIENT_ID,
    clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
    checks: ['pkce', 'state', 'nonce'],
    authorization: { params: { scope: 'openid' } },
  });
}

/**
 * Auth.js issues and reads the session cookie and runs the provider's code flow; it decides nothing
 * else. The token carries only the user's id and session version: role, region and the active flag
 * are read from the database on every request (lib/data/internal/viewer.ts), so a change there takes effect at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: resolveAuthSecret(),
  // Requests are accepted whatever their Host: every address is made from AUTH_URL, which lib/env.ts
  // sets from SITE_URL.
  trustHost: true,
  session: { strategy: 'jwt', maxAge: Math.round(env.SESSION_HOURS * 3600), updateAge: 0 },
  pages: { signIn: '/logga-in', error: '/logga-in' },
  providers,
  callbacks: {
    // An identity from the provider signs in only as the account linked to it (issuer and subject).
    async signIn({ user, account }) {
      if (account?.provider !== 'oidc') return true;
      const linked = await identityLinks().linkOidcIdentity(
        { issuer: env.AUTH_OIDC_ISSUER ?? '', subject: account.providerAccountId },
        clientAddress(await headers()),
      );
      if (!linked) return false;
      // From here on the session is about our account, not the provider's subject.
      user.id = linked.userId;
      user.sessionVersion = linked.sessionVersion;
      user.sessionId = linked.sessionId;
      return true;
    },
    jwt({ token, user }) {
      // Keep nothing but who it is (sub), which session version it was issued for and which session
      // (sid) it is. Auth.js re-issues the cookie with a later expiry, but the session's lifetime and
      // idle time are kept on the server (lib/data/internal/sessions.ts), so that extends nothing.
      const sub = user?.id ?? token.sub;
      const sv = user?.sessionVersion ?? (typeof token.sv === 'number' ? token.sv : undefined);
      const sid = user?.sessionId ?? (typeof token.sid === 'string' ? token.sid : undefined);
      return { sub, sv, sid };
    },
    session({ session, token }) {
      const sessionVersion = typeof token.sv === 'number' ? token.sv : -1;
      const sessionId = typeof token.sid === 'string' ? token.sid : '';
      return { expires: session.expires, userId: token.sub ?? '', sessionVersion, sessionId, user: { id: token.sub ?? '' } };
    },
  },
  events: {
    // Auth.js's own sign-out (/api/auth/signout) clears only this browser's cookie; end the account's
    // sessions too, so that copies of the cookie stop working, as with the product's sign-out.
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (!token?.sub || typeof token.sv !== 'number' || typeof token.sid !== 'string') return;
      await identityLinks().endClaimedSessions({ userId: token.sub, sessionVersion: token.sv, sessionId: token.sid });
    },
  },
  logger: {
    // Refused credentials and unlinked identities are expected outcomes (and audited), not errors with
    // stack traces in the log. Class names are minified in the build: the error's type names it.
    error(error) {
      const type = (error as Error & { type?: string }).type ?? error.name;
      if (type === 'CredentialsSignin' || type === 'AccessDenied') return;
      const cause = (error as Error & { cause?: { err?: unknown } }).cause?.err;
      console.error(`[auth] ${type}${cause instanceof Error ? `: ${cause.message}` : ''}`);
    },
    warn() {},
    debug() {},
  },
});
