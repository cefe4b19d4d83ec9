import { randomBytes } from 'node:crypto';

/**
 * One-time sign-in tickets: once the data-access layer has checked a password (with its rate limits
 * and audit), it hands Auth.js a ticket instead of the password, and Auth.js turns it into a session.
 * A ticket is 256 random bits, lives 30 seconds and works once.
 */
const LIFETIME_MS = 30_000;

export interface TicketHolder {
  userId: string;
  /** The user's session version when the password was checked: the session is bound to it. */
  sessionVersion: number;
  /** The session recorded for this sign-in (lib/data/internal/sessions.ts). */
  sessionId: string;
}

const globalForTickets = globalThis as typeof globalThis & { signInTickets?: Map<string, TicketHolder & { expires: number }> };
const tickets = (globalForTickets.signInTickets ??= new Map());

export function issueTicket(holder: TicketHolder, now = Date.now()): string {
  for (const [key, ticket] of tickets) if (ticket.expires <= now) tickets.delete(key);
  const ticket = randomBytes(32).toString('base64url');
  tickets.set(ticket, { ...holder, expires: now + LIFETIME_MS });
  return ticket;
}

/** Whom the ticket was issued for, or null when it is unknown, used or expired. */
export function redeemTicket(ticket: unknown, now = Date.now()): TicketHolder | null {
  if (typeof ticket !== 'string') return null;
  const found = tickets.get(ticket);
  tickets.delete(ticket);
  return found && found.expires > now ? { userId: found.userId, sessionVersion: found.sessionVersion, sessionId: found.sessionId } : null;
}
