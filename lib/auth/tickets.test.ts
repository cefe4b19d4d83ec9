import { describe, expect, it } from 'vitest';
import { issueTicket, redeemTicket } from './tickets';

describe('one-time sign-in tickets', () => {
  const holder = { userId: '6f1c1d2e-0000-4000-8000-000000000001', sessionVersion: 3, sessionId: '6f1c1d2e-0000-4000-8000-0000000000aa' };

  it('work once, for the account they were issued for', () => {
    const ticket = issueTicket(holder);
    expect(redeemTicket(ticket)).toEqual(holder);
    expect(redeemTicket(ticket)).toBeNull();
  });

  it('expire after 30 seconds, and unknown or malformed ones give nobody', () => {
    const now = Date.now();
    const ticket = issueTicket(holder, now);
    expect(redeemTicket(ticket, now + 30_001)).toBeNull();
    expect(redeemTicket('guessed')).toBeNull();
    expect(redeemTicket(undefined)).toBeNull();
    expect(issueTicket(holder)).not.toBe(issueTicket(holder));
  });
});
