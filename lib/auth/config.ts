import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { resolveAuthSecret } from './secret';
import { redeemTicket } from './tickets';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    userId: string;
    sessionVersion: number;
  }
}

/**
 * Auth.js issues and reads the session cookie; it decides nothing else. The token carries only the
 * user's id and session version: role, region and the active flag are read from the database on every
 * request (lib/data/viewer.ts), so a change there takes effect at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: resolveAuthSecret(),
  // The app runs behind a reverse proxy that sets Host; URLs are built from it.
  trustHost: true,
  session: { strategy: 'jwt', maxAge: Math.round(env.SESSION_HOURS * 3600), updateAge: 0 },
  pages: { signIn: '/logga-in', error: '/logga-in' },
  providers: [
    Credentials({
      id: 'ticket',
      credentials: { ticket: {} },
      // Passwords are checked by the data-access layer, which then issues a one-time ticket.
      authorize: (credentials) => {
        const holder = redeemTicket(credentials?.ticket);
        return holder ? { id: holder.userId, sessionVersion: holder.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Keep nothing but who it is (sub) and which session version it was issued for.
      const sub = user?.id ?? token.sub;
      const sv = user?.sessionVersion ?? (typeof token.sv === 'number' ? token.sv : undefined);
      return { sub, sv };
    },
    session({ session, token }) {
      const sessionVersion = typeof token.sv === 'number' ? token.sv : -1;
      return { expires: session.expires, userId: token.sub ?? '', sessionVersion, user: { id: token.sub ?? '' } };
    },
  },
  logger: {
    // A refused ticket is an expected outcome, not an error with a stack trace in the log.
    error(error) {
      if (error.name === 'CredentialsSignin') return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
    warn() {},
    debug() {},
  },
});
