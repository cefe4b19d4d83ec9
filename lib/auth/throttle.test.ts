import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './throttle';

describe('the sign-in throttle', () => {
  it('lets a key fail up to the limit, then refuses it until the oldest failure leaves the window', () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle({ maxFailures: 3, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 3; i += 1) {
      expect(throttle.retryAfterMs('anna')).toBe(0);
      throttle.recordFailure('anna');
      now += 1_000;
    }
    // Failures at 0, 1 and 2 s; now 3 s: locked until the first is 60 s old.
    expect(throttle.retryAfterMs('anna')).toBe(57_000);
    expect(throttle.retryAfterMs('bertil')).toBe(0);
    now += 57_000;
    expect(throttle.retryAfterMs('anna')).toBe(0);
  });

  it('forgets a key when told to (a correct password clears the account)', () => {
    const throttle = new SignInThrottle({ maxFailures: 1, windowMs: 60_000 });
    throttle.recordFailure('anna');
    expect(throttle.retryAfterMs('anna')).toBeGreaterThan(0);
    throttle.clear('anna');
    expect(throttle.retryAfterMs('anna')).toBe(0);
  });

  it('keeps its memory bounded under a flood of new keys', () => {
    const throttle = new SignInThrottle({ maxFailures: 1, windowMs: 60_000 }, Date.now, 10);
    for (let i = 0; i < 100; i += 1) throttle.recordFailure(`key-${i}`);
    expect(throttle.retryAfterMs('key-99')).toBeGreaterThan(0);
    expect(throttle.retryAfterMs('key-0')).toBe(0);
  });
});
